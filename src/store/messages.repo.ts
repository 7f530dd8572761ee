import { sql, type Insertable } from 'kysely';
import type { Db } from './database.ts';
import type { MessagesTable, MessageSourcesTable } from './schema.ts';
import type { RowBuffer } from './row-buffer.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { CaseDecision } from '../policies/case-decision.schemas.ts';

export type NewMessage = Omit<Insertable<MessagesTable>, 'id'>;
export type MessageSource =
  | { kind: 'imap'; mailboxId: number; folder: string; uidValidity: string; uid: number }
  | { kind: 'file'; path: string };

export async function findMessageByDedupKey(db: Db, shopId: string, dedupKey: string): Promise<number | undefined> {
  const r = await db.selectFrom('messages').select('id').where('shop_id', '=', shopId).where('dedup_key', '=', dedupKey).executeTakeFirst();
  return r?.id;
}

/** Ids of the stored messages among these identities. */
export async function findMessagesByDedupKeys(db: Db, shopId: string, dedupKeys: string[]): Promise<Map<string, number>> {
  if (dedupKeys.length === 0) return new Map();
  const rows = await db.selectFrom('messages').select(['id', 'dedup_key']).where('shop_id', '=', shopId).where('dedup_key', 'in', dedupKeys).execute();
  return new Map(rows.map((r) => [r.dedup_key, r.id]));
}

/** Inserts unless the same mail is already stored for the shop; returns the new id, or null for a duplicate. */
export async function insertMessage(db: Db, row: NewMessage): Promise<number | null> {
  const r = await db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.columns(['shop_id', 'dedup_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Remembers where a copy was seen (folder and UID, or file); the same copy seen twice is recorded once. */
export async function addMessageSource(db: Db, shopId: string, messageId: number, source: MessageSource, now: Date, buffer?: RowBuffer): Promise<void> {
  const row: Insertable<MessageSourcesTable> =
    source.kind === 'imap'
      ? { message_id: messageId, shop_id: shopId, kind: 'imap', mailbox_id: source.mailboxId, folder: source.folder, uidvalidity: source.uidValidity, uid: source.uid, path: null, seen_at: now.toISOString() }
      : { message_id: messageId, shop_id: shopId, kind: 'file', mailbox_id: null, folder: null, uidvalidity: null, uid: null, path: source.path, seen_at: now.toISOString() };
  if (source.kind === 'imap' && buffer) {
    buffer.sources.push(row);
    return;
  }
  if (source.kind === 'file') {
    const seen = await db.selectFrom('message_sources').select('id').where('message_id', '=', messageId).where('path', '=', source.path).executeTakeFirst();
    if (seen) return;
  }
  await db
    .insertInto('message_sources')
    .values(row)
    .onConflict((oc) => oc.columns(['mailbox_id', 'folder', 'uidvalidity', 'uid']).doNothing())
    .execute();
}

/** Cases of stored messages and of our own sent replies with these Message-IDs. */
export async function caseIdsByMessageIds(db: Db, shopId: string, messageIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (messageIds.length === 0) return out;
  const rows = await db
    .selectFrom('messages')
    .select((eb) => [eb.ref('message_id').as('ref'), eb.ref('case_id').as('case_id'), sql<number>`0`.as('outbound')])
    .where('shop_id', '=', shopId)
    .where('message_id', 'in', messageIds)
    .where('case_id', 'is not', null)
    .unionAll(
      db
        .selectFrom('drafts')
        .select((eb) => [eb.ref('outgoing_message_id').as('ref'), eb.ref('case_id').as('case_id'), sql<number>`1`.as('outbound')])
        .where('shop_id', '=', shopId)
        .where('outgoing_message_id', 'in', messageIds),
    )
    .execute();
  // A received copy of our own reply and the draft agree; the received message wins when both exist.
  for (const r of rows.sort((a, b) => Number(a.outbound) - Number(b.outbound))) {
    if (r.ref && r.case_id !== null && !out.has(r.ref)) out.set(r.ref, r.case_id);
  }
  return out;
}

export interface StoredMessage {
  id: number;
  shopId: string;
  caseId: number | null;
  status: MessagesTable['status'];
  parseCode: string | null;
  parseError: string | null;
  messageId: string | null;
  subject: string;
  fromAddress: string | null;
  sentAt: string | null;
  automated: boolean;
  raw: Buffer;
  mail: MailInput | null;
  triage: Triage | null;
  decision: CaseDecision | null;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

export async function getMessage(db: Db, shopId: string, id: number): Promise<StoredMessage | undefined> {
  const r = await db.selectFrom('messages').selectAll().where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    shopId: r.shop_id,
    caseId: r.case_id,
    status: r.status,
    parseCode: r.parse_code,
    parseError: r.parse_error,
    messageId: r.message_id,
    subject: r.subject,
    fromAddress: r.from_address,
    sentAt: r.sent_at,
    automated: r.automated === 1,
    raw: Buffer.from(r.raw),
    mail: parse<MailInput>(r.mail_json),
    triage: parse<Triage>(r.triage_json),
    decision: parse<CaseDecision>(r.decision_json),
  };
}

export async function listMessageIds(db: Db, shopId: string, filter: { caseId?: number } = {}): Promise<number[]> {
  let q = db.selectFrom('messages').select('id').where('shop_id', '=', shopId);
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
  return (await q.orderBy('id').execute()).map((r) => r.id);
}
