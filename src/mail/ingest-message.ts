import type { Logger } from 'pino';
import { computeMessageKeys } from './dedup-key.ts';
import { analyseMessage, type Analysed } from './analyse-message.ts';
import { attachToCase } from './attach-to-case.ts';
import { planDrafts } from './plan-drafts.ts';
import { normalizeMessageId } from './thread-match.ts';
import type { TriageConfig } from '../policies/classify/triage-config.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { Db } from '../store/database.ts';
import { addMessageSource, findMessageByDedupKey, findMessagesByDedupKeys, insertMessage, type MessageSource } from '../store/messages.repo.ts';
import { deleteCaseIfEmpty } from '../store/cases.repo.ts';
import { createDraft } from '../store/drafts.repo.ts';
import { RowBuffer } from '../store/row-buffer.ts';
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
  /** Analysis off the main thread (the worker pool), used for batches; single mails are analysed inline. */
  analyse?: (raw: Uint8Array, shopId: string) => Promise<Analysed>;
}

export type IngestOutcome =
  | { status: 'stored'; messageId: number; caseId: number; drafts: number; automated: boolean }
  | { status: 'duplicate'; messageId: number }
  | { status: 'unparseable'; messageId: number; code: string };

export interface IngestItem {
  raw: Buffer;
  source: MessageSource;
  /** Analysis already under way (started when the mail was fetched). */
  analysis?: Promise<Analysed>;
}

/**
 * Starts analysing a fetched mail now, in the pool when there is one, so that
 * it overlaps with storing the previous batch (on PostgreSQL the main thread
 * mostly waits for round trips). A failed worker falls back to the main thread.
 */
export function startAnalysis(deps: IngestDeps, shopId: string, raw: Buffer): Promise<Analysed> {
  if (!deps.analyse) return analyseMessage(raw, shopOf(deps, shopId), deps.triage);
  return deps.analyse(raw, shopId).catch((err: Error) => {
    deps.log.warn({ err: err.message }, 'analysis worker failed; analysing on the main thread');
    return analyseMessage(raw, shopOf(deps, shopId), deps.triage);
  });
}

const ACTOR = 'system:ingest';

/** PostgreSQL text cannot hold NUL; mail headers sometimes do. (JSON columns escape it themselves.) */
const text = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\u0000/g, ''));

function shopOf(deps: IngestDeps, shopId: string): ShopProfile {
  const shop = deps.shops.get(shopId);
  if (!shop) throw new Error(`unknown shop "${shopId}"`);
  return shop;
}

/**
 * Stores one raw message for a shop: byte for byte, deduplicated, parsed,
 * triaged, attached to its case, with the drafts, deadlines and audit entries
 * the policy core decides. Unparseable input is stored and flagged. Idempotent:
 * the same mail again (another folder, a refetch, an import) is a duplicate.
 */
export async function ingestMessage(deps: IngestDeps, shopId: string, raw: Buffer, source: MessageSource): Promise<IngestOutcome> {
  const [outcome] = await ingestBatch(deps, shopId, [{ raw, source }]);
  return outcome!;
}

/**
 * Stores several messages in one transaction (one commit instead of one per
 * mail: what makes a 10,000-mail backfill fast). Known mails are recognised
 * before they are parsed. If the batch fails, its mails are stored one by one,
 * so one bad mail does not hold back the others (its own error is thrown).
 */
export async function ingestBatch(deps: IngestDeps, shopId: string, items: IngestItem[]): Promise<IngestOutcome[]> {
  const shop = shopOf(deps, shopId);
  const now = deps.now?.() ?? new Date();
  const keys = await Promise.all(items.map(async (i) => (i.analysis ? (await i.analysis).keys : computeMessageKeys(i.raw))));
  const known = await findMessagesByDedupKeys(deps.db, shopId, [...new Set(keys.map((k) => k.dedupKey))]);
  const pooled = items.length > 1 && !!deps.analyse;
  const analysed: (Analysed | null)[] = await Promise.all(
    items.map((item, n) => {
      if (known.has(keys[n]!.dedupKey)) return null;
      if (item.analysis) return item.analysis;
      return pooled ? startAnalysis(deps, shopId, item.raw) : analyseMessage(item.raw, shop, deps.triage, keys[n]);
    }),
  );
  const run = async (db: Db, range: number[]): Promise<IngestOutcome[]> => {
    const out: IngestOutcome[] = [];
    const buffer = new RowBuffer();
    // The same mail twice in one batch (two copies in a folder) is stored once.
    const stored = new Map(known);
    for (const n of range) {
      const item = items[n]!;
      const id = stored.get(keys[n]!.dedupKey);
      const a = analysed[n];
      if (id !== undefined) {
        await addMessageSource(db, shopId, id, item.source, now, buffer);
        out.push({ status: 'duplicate', messageId: id });
      } else if (a) {
        const outcome = await storeAnalysed(db, deps, shopId, item, a, now, buffer);
        stored.set(keys[n]!.dedupKey, outcome.messageId);
        out.push(outcome);
      } else throw new Error('message neither known nor analysed');
    }
    await buffer.flush(db);
    return out;
  };
  const all = items.map((_, n) => n);
  if (items.length === 1) return inTransaction(deps.db, (db) => run(db, all));
  try {
    return await inTransaction(deps.db, (db) => run(db, all));
  } catch (err) {
    deps.log.warn({ err: (err as Error).message, count: items.length }, 'batch failed; storing its messages one by one');
    const out: IngestOutcome[] = [];
    for (const n of all) out.push(...(await inTransaction(deps.db, (db) => run(db, [n]))));
    return out;
  }
}

async function storeAnalysed(db: Db, deps: IngestDeps, shopId: string, item: IngestItem, analysis: Analysed, now: Date, buffer: RowBuffer): Promise<IngestOutcome> {
  const { raw, source } = item;
  const { keys, mail } = analysis;
  const mailboxId = source.kind === 'imap' ? source.mailboxId : (deps.defaultMailbox.get(shopId) ?? null);
  if (analysis.error) deps.log.error({ messageId: mail?.messageId, err: analysis.error }, 'triage or case decision threw; message stored without them');
  const automated = !!analysis.automatedReason || !!analysis.triage?.facts.automated;
  // The case first, so the message row is written once, with its case.
  const placed = analysis.parse.ok && mail ? await attachToCase(db, shopId, mail, analysis.triage, now) : null;
  const id = await insertMessage(db, {
    shop_id: shopId,
    dedup_key: keys.dedupKey,
    raw_sha256: keys.rawSha256,
    raw,
    size: raw.length,
    message_id: text(normalizeMessageId(mail?.messageId)),
    in_reply_to: text(normalizeMessageId(mail?.inReplyTo)),
    references_json: JSON.stringify(mail?.references ?? []),
    subject: text(mail?.subject) ?? '',
    from_address: text(mail?.from?.address.toLowerCase()) || null,
    sent_at: mail?.date ?? null,
    status: analysis.parse.ok ? 'ok' : 'unparseable',
    parse_code: analysis.parse.ok ? null : analysis.parse.code,
    parse_error: analysis.parse.ok ? null : text(analysis.parse.reason),
    mail_json: mail ? JSON.stringify(mail) : null,
    triage_json: analysis.triage ? JSON.stringify(analysis.triage) : null,
    decision_json: analysis.decision ? JSON.stringify(analysis.decision) : null,
    automated: automated ? 1 : 0,
    case_id: placed?.caseId ?? null,
    created_at: now.toISOString(),
  });
  if (id === null) {
    // Another worker stored the same mail meanwhile: a case opened for it here stays empty, so it goes.
    if (placed?.via === 'new') await deleteCaseIfEmpty(db, shopId, placed.caseId);
    const winner = await findMessageByDedupKey(db, shopId, keys.dedupKey);
    if (winner === undefined) throw new Error(`message vanished after a dedup conflict (shop ${shopId})`);
    await addMessageSource(db, shopId, winner, source, now, buffer);
    return { status: 'duplicate', messageId: winner };
  }
  await addMessageSource(db, shopId, id, source, now, buffer);

  if (!placed || !mail) {
    const code = analysis.parse.ok ? 'MAIL.UNKNOWN' : analysis.parse.code;
    buffer.addAudit({ shopId, actor: ACTOR, action: 'message.unparseable', entity: 'message', entityId: id, detail: { code, size: raw.length }, at: now });
    return { status: 'unparseable', messageId: id, code };
  }

  let drafts = 0;
  if (analysis.decision && analysis.triage) {
    for (const d of analysis.decision.deadlines) {
      buffer.deadlines.push({ shop_id: shopId, case_id: placed.caseId, message_id: id, rule: d.rule, due_at: d.due, warn_at: d.warnAt ?? null, label: d.label ?? null, created_at: now.toISOString() });
    }
    const plans = planDrafts({
      mail,
      triage: analysis.triage,
      decision: analysis.decision,
      automatedReason: analysis.automatedReason,
      fromAddress: mailboxId === null ? null : (deps.mailboxAddresses.get(mailboxId) ?? null),
    });
    for (const plan of plans) {
      await createDraft(db, { ...plan, shopId, caseId: placed.caseId, messageId: id, mailboxId }, 'system:drafting', now, buffer);
    }
    drafts = plans.length;
  }
  buffer.addAudit({
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
      ...(analysis.error ? { error: analysis.error.split('\n')[0] } : {}),
    },
    at: now,
  });
  return { status: 'stored', messageId: id, caseId: placed.caseId, drafts, automated };
}
