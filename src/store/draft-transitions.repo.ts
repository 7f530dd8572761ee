import type { Updateable } from 'kysely';
import type { Db } from './database.ts';
import type { DraftsTable, DraftState } from './schema.ts';
import { appendAudit } from './audit.repo.ts';
import type { Compliance } from '../policies/case-decision.schemas.ts';

/**
 * Draft state changes. Each is one guarded UPDATE (`WHERE state IN (…)`), so
 * two processes cannot both move the same draft: the loser sees `false`. Each
 * change that a person or the sender makes is written to the audit log in the
 * same transaction; callers wrap these in `inTransaction`.
 */

/** Runs `fn` in a transaction, or directly when `db` already is one. */
export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}

interface Change {
  id: number;
  shopId: string;
  from: DraftState[];
  set: Updateable<DraftsTable>;
  actor: string;
  action: string;
  detail?: Record<string, unknown>;
  now: Date;
  /** Extra guard: only drafts flagged (or not) as needing confirmation. */
  needsConfirmation?: boolean;
  /** Extra guard: only this version of the text (what the merchant looked at). */
  version?: number;
}

async function change(db: Db, c: Change): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    let q = trx
      .updateTable('drafts')
      .set({ ...c.set, updated_at: c.now.toISOString() })
      .where('id', '=', c.id)
      .where('shop_id', '=', c.shopId)
      .where('state', 'in', c.from);
    if (c.needsConfirmation !== undefined) q = q.where('needs_confirmation', '=', c.needsConfirmation ? 1 : 0);
    if (c.version !== undefined) q = q.where('version', '=', c.version);
    const r = await q.executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, { shopId: c.shopId, actor: c.actor, action: c.action, entity: 'draft', entityId: c.id, detail: c.detail ?? {}, at: c.now });
    return true;
  });
}

/** Approves the version the merchant read; false if the text changed meanwhile. */
export function approveDraft(db: Db, shopId: string, id: number, version: number, actor: string, now: Date, detail: Record<string, unknown> = {}): Promise<boolean> {
  return change(db, { id, shopId, version, from: ['pending', 'edited'], set: { state: 'approved', next_attempt_at: null }, actor, action: 'draft.approved', detail, now });
}

export function rejectDraft(db: Db, shopId: string, id: number, actor: string, now: Date, reason: string): Promise<boolean> {
  return change(db, { id, shopId, from: ['pending', 'edited', 'approved', 'failed'], set: { state: 'rejected' }, actor, action: 'draft.rejected', detail: { reason }, now });
}

/** A new version of the text; the draft waits for approval again. */
export async function editDraft(
  db: Db,
  shopId: string,
  id: number,
  actor: string,
  now: Date,
  edit: { subject: string; body: string; compliance: Compliance; expectedVersion: number },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const version = edit.expectedVersion + 1;
    const complianceJson = JSON.stringify(edit.compliance);
    const r = await trx
      .updateTable('drafts')
      .set({ state: 'edited', subject: edit.subject, body: edit.body, compliance_json: complianceJson, version, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('shop_id', '=', shopId)
      .where('state', 'in', ['pending', 'edited', 'failed'])
      .where('version', '=', edit.expectedVersion)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await trx.insertInto('draft_versions').values({ draft_id: id, version, subject: edit.subject, body: edit.body, author: actor, compliance_json: complianceJson, created_at: now.toISOString() }).execute();
    await appendAudit(trx, { shopId, actor, action: 'draft.edited', entity: 'draft', entityId: id, detail: { version, compliance: edit.compliance.ok, violations: edit.compliance.violations.map((v) => v.rule) }, at: now });
    return true;
  });
}

/**
 * Takes an approved draft for delivery: `sending` is recorded (with the attempt
 * count) before any SMTP traffic, so a crash after this point is visible.
 */
export async function claimForSending(db: Db, shopId: string, id: number, actor: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const r = await trx
      .updateTable('drafts')
      .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), updated_at: now.toISOString() }))
      .where('id', '=', id)
      .where('shop_id', '=', shopId)
      .where('state', '=', 'approved')
      .where('delivery', '=', 'smtp')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, { shopId, actor, action: 'draft.sending', entity: 'draft', entityId: id, detail: {}, at: now });
    return true;
  });
}

export function recordSent(db: Db, shopId: string, id: number, actor: string, now: Date, response: string, how: string): Promise<boolean> {
  return change(db, {
    id,
    shopId,
    from: ['sending'],
    set: { state: 'sent', sent_at: now.toISOString(), sent_via: 'smtp', smtp_response: response, last_error: null, needs_confirmation: 0, sent_copy: 'pending' },
    actor,
    action: 'draft.sent',
    detail: { response, how },
    now,
  });
}

export function recordRetry(db: Db, shopId: string, id: number, actor: string, now: Date, error: string, nextAttemptAt: Date): Promise<boolean> {
  return change(db, {
    id,
    shopId,
    from: ['sending'],
    set: { state: 'approved', last_error: error, next_attempt_at: nextAttemptAt.toISOString() },
    actor,
    action: 'draft.send-deferred',
    detail: { error, nextAttemptAt: nextAttemptAt.toISOString() },
    now,
  });
}

export function recordFailed(db: Db, shopId: string, id: number, actor: string, now: Date, error: string, response: string | null): Promise<boolean> {
  return change(db, { id, shopId, from: ['sending'], set: { state: 'failed', last_error: error, smtp_response: response }, actor, action: 'draft.failed', detail: { error, response }, now });
}

/** The send outcome is unknown (crash between SMTP and the record): the merchant decides, nothing is resent blindly. */
export function flagUnconfirmed(db: Db, shopId: string, id: number, actor: string, now: Date, note: string): Promise<boolean> {
  return change(db, { id, shopId, from: ['sending'], needsConfirmation: false, set: { needs_confirmation: 1, last_error: note }, actor, action: 'draft.unconfirmed', detail: { note }, now });
}

/** The merchant says it went out: by claimdesk before a crash, or pasted by hand for a manual draft. */
export function confirmSent(db: Db, shopId: string, id: number, actor: string, now: Date, via: 'smtp' | 'manual'): Promise<boolean> {
  return via === 'smtp'
    ? change(db, { id, shopId, from: ['sending'], needsConfirmation: true, set: { state: 'sent', sent_via: 'smtp', sent_at: now.toISOString(), needs_confirmation: 0, sent_copy: 'pending' }, actor, action: 'draft.confirmed-sent', now })
    : change(db, { id, shopId, from: ['pending', 'edited'], set: { state: 'sent', sent_via: 'manual', sent_at: now.toISOString() }, actor, action: 'draft.sent-manually', now });
}

/** The merchant asks for another try (after a failure, or a crash whose send did not arrive); the Message-ID stays. */
export async function requeueDraft(db: Db, shopId: string, id: number, actor: string, now: Date): Promise<boolean> {
  const fromFailed = await change(db, { id, shopId, from: ['failed'], set: { state: 'approved', next_attempt_at: null, attempts: 0 }, actor, action: 'draft.requeued', now });
  if (fromFailed) return true;
  return change(db, { id, shopId, from: ['sending'], needsConfirmation: true, set: { state: 'approved', next_attempt_at: null, needs_confirmation: 0 }, actor, action: 'draft.requeued', detail: { after: 'unconfirmed send' }, now });
}

export async function recordSentCopy(db: Db, id: number, status: 'done' | 'failed'): Promise<void> {
  await db.updateTable('drafts').set({ sent_copy: status }).where('id', '=', id).execute();
}
