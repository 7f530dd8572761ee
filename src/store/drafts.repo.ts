import { sql, type Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { DraftsTable, DraftState } from './schema.ts';
import { appendAudit, type AuditEntry } from './audit.repo.ts';
import type { RowBuffer } from './row-buffer.ts';
import type { Compliance } from '../policies/case-decision.schemas.ts';

export interface NewDraft {
  shopId: string;
  caseId: number;
  /** Stored message the draft answers. */
  messageId: number;
  mailboxId: number | null;
  recipientRole: 'buyer' | 'platform';
  toAddress: string | null;
  delivery: 'smtp' | 'manual';
  manualReason: string | null;
  language: string;
  subject: string;
  body: string;
  sendMode: 'approval' | 'auto' | 'never';
  rules: string[];
  source: string | null;
  compliance: Compliance;
  outgoingMessageId: string;
  inReplyTo: string | null;
  references: string[];
  dueAt: string | null;
  /** `approved` only for notices the shop switched to automatic. */
  state: 'pending' | 'approved';
  purpose: string | null;
  attachments: string[];
}

/** A stored draft: what was planned, plus its life since (state, version, sending attempts, timestamps). */
export interface StoredDraft extends Omit<NewDraft, 'state'> {
  id: number;
  state: DraftState;
  version: number;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  smtpResponse: string | null;
  needsConfirmation: boolean;
  sentAt: string | null;
  sentVia: 'smtp' | 'manual' | null;
  sentCopy: DraftsTable['sent_copy'];
  createdAt: string;
  updatedAt: string;
}

function toStoredDraft(r: Selectable<DraftsTable>): StoredDraft {
  return {
    id: r.id,
    shopId: r.shop_id,
    caseId: r.case_id,
    messageId: r.message_id,
    mailboxId: r.mailbox_id,
    recipientRole: r.recipient_role,
    toAddress: r.to_address,
    delivery: r.delivery,
    manualReason: r.manual_reason,
    language: r.language,
    subject: r.subject,
    body: r.body,
    sendMode: r.send_mode,
    rules: JSON.parse(r.rules_json) as string[],
    source: r.source,
    compliance: JSON.parse(r.compliance_json) as Compliance,
    state: r.state,
    version: r.version,
    outgoingMessageId: r.outgoing_message_id,
    inReplyTo: r.in_reply_to,
    references: JSON.parse(r.references_json) as string[],
    dueAt: r.due_at,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    smtpResponse: r.smtp_response,
    needsConfirmation: r.needs_confirmation === 1,
    sentAt: r.sent_at,
    sentVia: r.sent_via,
    sentCopy: r.sent_copy,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    purpose: r.purpose,
    attachments: JSON.parse(r.attachments_json) as string[],
  };
}

/** Stores a draft with its first version and the audit entries (into `buffer` when given); run inside the ingest transaction. */
export async function createDraft(db: Db, d: NewDraft, author: string, now: Date, buffer?: RowBuffer): Promise<number> {
  const at = now.toISOString();
  const complianceJson = JSON.stringify(d.compliance);
  const { id } = await db
    .insertInto('drafts')
    .values({
      shop_id: d.shopId,
      case_id: d.caseId,
      message_id: d.messageId,
      mailbox_id: d.mailboxId,
      recipient_role: d.recipientRole,
      to_address: d.toAddress,
      delivery: d.delivery,
      manual_reason: d.manualReason,
      language: d.language,
      subject: d.subject,
      body: d.body,
      send_mode: d.sendMode,
      rules_json: JSON.stringify(d.rules),
      source: d.source,
      compliance_json: complianceJson,
      state: d.state,
      version: 1,
      outgoing_message_id: d.outgoingMessageId,
      in_reply_to: d.inReplyTo,
      references_json: JSON.stringify(d.references),
      due_at: d.dueAt,
      attempts: 0,
      next_attempt_at: null,
      last_error: null,
      smtp_response: null,
      needs_confirmation: 0,
      sent_at: null,
      sent_via: null,
      sent_copy: 'none',
      created_at: at,
      updated_at: at,
      purpose: d.purpose,
      attachments_json: JSON.stringify(d.attachments),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = { draft_id: id, version: 1, subject: d.subject, body: d.body, author, compliance_json: complianceJson, created_at: at };
  const detail = { caseId: d.caseId, messageId: d.messageId, to: d.recipientRole, delivery: d.delivery, rules: d.rules, source: d.source, compliance: d.compliance.ok };
  const audits: AuditEntry[] = [{ shopId: d.shopId, actor: author, action: 'draft.created', entity: 'draft', entityId: id, detail, at: now }];
  if (d.state === 'approved') {
    audits.push({ shopId: d.shopId, actor: 'shop-setting:auto', action: 'draft.approved', entity: 'draft', entityId: id, detail: { reason: 'notice switched to automatic by the shop (ALL-APPROVAL)' }, at: now });
  }
  if (buffer) {
    buffer.versions.push(version);
    for (const a of audits) buffer.addAudit(a);
  } else {
    await db.insertInto('draft_versions').values(version).execute();
    for (const a of audits) await appendAudit(db, a);
  }
  return id;
}

export async function getDraft(db: Db, shopId: string, id: number): Promise<StoredDraft | undefined> {
  const r = await db.selectFrom('drafts').selectAll().where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
  return r && toStoredDraft(r);
}

/** Earliest deadline first, drafts without one last. */
const byDeadline = sql<number>`case when due_at is null then 1 else 0 end`;

/** What waits for the merchant: new and edited drafts, failed ones, and sends a crash left unconfirmed. */
export async function listReviewQueue(db: Db, shopId: string): Promise<StoredDraft[]> {
  const rows = await db
    .selectFrom('drafts')
    .selectAll()
    .where('shop_id', '=', shopId)
    .where((eb) => eb.or([eb('state', 'in', ['pending', 'edited', 'failed']), eb.and([eb('state', '=', 'sending'), eb('needs_confirmation', '=', 1)])]))
    .orderBy(byDeadline)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(toStoredDraft);
}

export async function listDrafts(db: Db, shopId: string, filter: { state?: DraftState; caseId?: number } = {}): Promise<StoredDraft[]> {
  let q = db.selectFrom('drafts').selectAll().where('shop_id', '=', shopId);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
  return (await q.orderBy('id').execute()).map(toStoredDraft);
}

/** Approved drafts whose next attempt is due, across shops (each is sent with its own shop's mailbox). */
export async function listDueForSending(db: Db, now: Date, shopId?: string): Promise<StoredDraft[]> {
  let q = db
    .selectFrom('drafts')
    .selectAll()
    .where('state', '=', 'approved')
    .where('delivery', '=', 'smtp')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now.toISOString())]));
  if (shopId) q = q.where('shop_id', '=', shopId);
  return (await q.orderBy(byDeadline).orderBy('due_at').orderBy('id').execute()).map(toStoredDraft);
}

/** Drafts a crash left in `sending` that nobody has looked at yet. */
export async function listUnresolvedSending(db: Db, shopId?: string): Promise<StoredDraft[]> {
  let q = db.selectFrom('drafts').selectAll().where('state', '=', 'sending').where('needs_confirmation', '=', 0);
  if (shopId) q = q.where('shop_id', '=', shopId);
  return (await q.orderBy('id').execute()).map(toStoredDraft);
}

export async function listSentCopiesPending(db: Db): Promise<StoredDraft[]> {
  const rows = await db.selectFrom('drafts').selectAll().where('state', '=', 'sent').where('sent_copy', 'in', ['pending', 'failed']).orderBy('id').execute();
  return rows.map(toStoredDraft);
}

export interface DraftVersion {
  version: number;
  subject: string;
  body: string;
  author: string;
  compliance: Compliance;
  createdAt: string;
}

export async function listDraftVersions(db: Db, draftId: number): Promise<DraftVersion[]> {
  const rows = await db.selectFrom('draft_versions').selectAll().where('draft_id', '=', draftId).orderBy('version').execute();
  return rows.map((r) => ({ version: r.version, subject: r.subject, body: r.body, author: r.author, compliance: JSON.parse(r.compliance_json) as Compliance, createdAt: r.created_at }));
}
