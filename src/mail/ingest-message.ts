import type { Logger } from 'pino';
import { parseMessage } from './parse-message.ts';
import { computeMessageKeys } from './dedup-key.ts';
import { automatedMailReason } from './auto-reply-hygiene.ts';
import { attachToCase } from './attach-to-case.ts';
import { planDrafts } from './plan-drafts.ts';
import { normalizeMessageId } from './thread-match.ts';
import { classifyMessage } from '../policies/classify/classify-message.ts';
import { decideCase } from '../policies/decide-case.ts';
import type { TriageConfig } from '../policies/classify/triage-config.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { CaseDecision } from '../policies/case-decision.schemas.ts';
import type { Db } from '../store/database.ts';
import { addMessageSource, findMessageByDedupKey, insertMessage, setMessageCase, type MessageSource } from '../store/messages.repo.ts';
import { createDraft } from '../store/drafts.repo.ts';
import { appendAudit } from '../store/audit.repo.ts';
import { inTransaction } from '../store/draft-transitions.repo.ts';

export interface IngestDeps {
  db: Db;
  triage: TriageConfig;
  shops: ReadonlyMap<string, ShopProfile>;
  /** Mailbox address by database id: replies go out from the mailbox the mail came to. */
  mailboxAddresses: ReadonlyMap<number, string>;
  /** The mailbox a shop answers imported mail from (its first configured one), when it has one. */
  defaultMailbox: ReadonlyMap<string, number>;
  log: Logger;
  now?: () => Date;
}

export type IngestOutcome =
  | { status: 'stored'; messageId: number; caseId: number; drafts: number; automated: boolean }
  | { status: 'duplicate'; messageId: number }
  | { status: 'unparseable'; messageId: number; code: string };

const ACTOR = 'system:ingest';

interface Analysis {
  mail: MailInput;
  triage: Triage | null;
  decision: CaseDecision | null;
  automatedReason: string | null;
  error: string | null;
}

function analyse(deps: IngestDeps, shop: ShopProfile, mail: MailInput): Analysis {
  const automatedReason = automatedMailReason(mail);
  try {
    const triage = classifyMessage(mail, deps.triage);
    const decision = decideCase({ mail, triage, shop });
    return { mail, triage, decision, automatedReason, error: null };
  } catch (err) {
    // A classifier bug must not stop the mailbox: the mail is stored, flagged, and the error logged loudly.
    deps.log.error({ err, messageId: mail.messageId }, 'triage or case decision threw; message stored without triage');
    return { mail, triage: null, decision: null, automatedReason, error: (err as Error).message };
  }
}

/**
 * Stores one raw message for a shop: byte for byte, deduplicated, parsed,
 * triaged, attached to its case, with the drafts, deadlines and audit entries
 * the policy core decides. Unparseable input is stored and flagged. Idempotent:
 * the same mail again (another folder, a refetch, an import) is a duplicate.
 */
export async function ingestMessage(deps: IngestDeps, shopId: string, raw: Buffer, source: MessageSource): Promise<IngestOutcome> {
  const now = deps.now?.() ?? new Date();
  const shop = deps.shops.get(shopId);
  if (!shop) throw new Error(`unknown shop "${shopId}"`);
  const keys = computeMessageKeys(raw);

  const known = await findMessageByDedupKey(deps.db, shopId, keys.dedupKey);
  if (known !== undefined) {
    await addMessageSource(deps.db, shopId, known, source, now);
    return { status: 'duplicate', messageId: known };
  }

  const parsed = await parseMessage(raw);
  const analysis = parsed.ok ? analyse(deps, shop, parsed.mail) : null;
  const mailboxId = source.kind === 'imap' ? source.mailboxId : (deps.defaultMailbox.get(shopId) ?? null);

  return inTransaction(deps.db, async (db): Promise<IngestOutcome> => {
    const mail = analysis?.mail;
    const automated = !!analysis && (!!analysis.automatedReason || !!analysis.triage?.facts.automated);
    const id = await insertMessage(db, {
      shop_id: shopId,
      dedup_key: keys.dedupKey,
      raw_sha256: keys.rawSha256,
      raw,
      size: raw.length,
      message_id: normalizeMessageId(mail?.messageId),
      in_reply_to: normalizeMessageId(mail?.inReplyTo),
      references_json: JSON.stringify(mail?.references ?? []),
      subject: mail?.subject ?? '',
      from_address: mail?.from?.address.toLowerCase() || null,
      sent_at: mail?.date ?? null,
      status: parsed.ok ? 'ok' : 'unparseable',
      parse_code: parsed.ok ? null : parsed.code,
      parse_error: parsed.ok ? null : parsed.reason,
      mail_json: mail ? JSON.stringify(mail) : null,
      triage_json: analysis?.triage ? JSON.stringify(analysis.triage) : null,
      decision_json: analysis?.decision ? JSON.stringify(analysis.decision) : null,
      automated: automated ? 1 : 0,
      case_id: null,
      created_at: now.toISOString(),
    });
    if (id === null) {
      // Another worker stored the same mail between our lookup and this insert.
      const winner = await findMessageByDedupKey(db, shopId, keys.dedupKey);
      if (winner === undefined) throw new Error(`message vanished after a dedup conflict (shop ${shopId})`);
      await addMessageSource(db, shopId, winner, source, now);
      return { status: 'duplicate', messageId: winner };
    }
    await addMessageSource(db, shopId, id, source, now);

    if (!parsed.ok || !analysis) {
      const code = parsed.ok ? 'MAIL.UNKNOWN' : parsed.code;
      await appendAudit(db, { shopId, actor: ACTOR, action: 'message.unparseable', entity: 'message', entityId: id, detail: { code, size: raw.length }, at: now });
      return { status: 'unparseable', messageId: id, code };
    }

    const placed = await attachToCase(db, shopId, analysis.mail, analysis.triage, now);
    await setMessageCase(db, id, placed.caseId);

    let drafts = 0;
    if (analysis.decision && analysis.triage) {
      for (const d of analysis.decision.deadlines) {
        await db
          .insertInto('deadlines')
          .values({ shop_id: shopId, case_id: placed.caseId, message_id: id, rule: d.rule, due_at: d.due, warn_at: d.warnAt ?? null, label: d.label ?? null, created_at: now.toISOString() })
          .execute();
      }
      const plans = planDrafts({
        mail: analysis.mail,
        triage: analysis.triage,
        decision: analysis.decision,
        automatedReason: analysis.automatedReason,
        fromAddress: mailboxId === null ? null : (deps.mailboxAddresses.get(mailboxId) ?? null),
      });
      for (const plan of plans) {
        await createDraft(db, { ...plan, shopId, caseId: placed.caseId, messageId: id, mailboxId }, 'system:drafting', now);
      }
      drafts = plans.length;
    }
    await appendAudit(db, {
      shopId,
      actor: ACTOR,
      action: analysis.error ? 'message.triage-failed' : 'message.stored',
      entity: 'message',
      entityId: id,
      detail: {
        caseId: placed.caseId,
        case: placed.via,
        category: analysis.triage?.category ?? null,
        orderId: analysis.triage?.order_id ?? null,
        automated: analysis.automatedReason ?? (automated ? 'triage' : null),
        drafts,
        ...(analysis.error ? { error: analysis.error } : {}),
      },
      at: now,
    });
    return { status: 'stored', messageId: id, caseId: placed.caseId, drafts, automated };
  });
}
