import { parseMessage } from './parse-message.ts';
import { computeMessageKeys, type MessageKeys } from './dedup-key.ts';
import { automatedMailReason } from './auto-reply-hygiene.ts';
import { classifyMessage } from '../policies/classify/classify-message.ts';
import { decideCase } from '../policies/decide-case.ts';
import type { TriageConfig } from '../policies/classify/triage-config.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { CaseDecision } from '../policies/case-decision.schemas.ts';

/** Everything decided about a raw message before it touches the database: plain data, so it can cross a worker boundary. */
export interface Analysed {
  keys: MessageKeys;
  parse: { ok: true } | { ok: false; code: string; reason: string };
  mail: MailInput | null;
  triage: Triage | null;
  decision: CaseDecision | null;
  /** RFC 3834 reason when the mail must never be answered by mail. */
  automatedReason: string | null;
  /** The classifier or the case decision threw: the mail is stored without them. */
  error: string | null;
}

/** The CPU part of ingestion: identity, MIME parsing, triage and case decision. Never throws for bad input. */
export async function analyseMessage(raw: Uint8Array, shop: ShopProfile, triageConfig: TriageConfig, knownKeys?: MessageKeys): Promise<Analysed> {
  const keys = knownKeys ?? computeMessageKeys(raw);
  const parsed = await parseMessage(raw);
  if (!parsed.ok) {
    return { keys, parse: { ok: false, code: parsed.code, reason: parsed.reason }, mail: null, triage: null, decision: null, automatedReason: null, error: null };
  }
  const mail = parsed.mail;
  const automatedReason = automatedMailReason(mail);
  try {
    const triage = classifyMessage(mail, triageConfig);
    const decision = decideCase({ mail, triage, shop });
    return { keys, parse: { ok: true }, mail, triage, decision, automatedReason, error: null };
  } catch (err) {
    // A classifier bug must not stop the mailbox: the caller stores the mail, flags it and logs the error.
    return { keys, parse: { ok: true }, mail, triage: null, decision: null, automatedReason, error: (err as Error).stack ?? String(err) };
  }
}
