import type { Db } from './database.ts';
import type { CaseRef } from '../mail/thread-match.ts';

export async function findCaseByOrderKey(db: Db, shopId: string, orderKey: string): Promise<CaseRef | null> {
  const r = await db.selectFrom('cases').select(['id', 'order_key']).where('shop_id', '=', shopId).where('order_key', '=', orderKey).executeTakeFirst();
  return r ? { id: r.id, orderKey: r.order_key } : null;
}

/** The case of an order and the cases of a relay thread, in one query. */
export async function findCaseCandidates(db: Db, shopId: string, orderKey: string | null, relayAddress: string | null): Promise<{ byOrder: CaseRef | null; byRelay: CaseRef[] }> {
  if (orderKey === null && relayAddress === null) return { byOrder: null, byRelay: [] };
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'order_key', 'relay_address'])
    .where('shop_id', '=', shopId)
    .where((eb) => eb.or([...(orderKey ? [eb('order_key', '=', orderKey)] : []), ...(relayAddress ? [eb('relay_address', '=', relayAddress)] : [])]))
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
    .limit(21)
    .execute();
  const byOrder = orderKey ? rows.find((r) => r.order_key === orderKey) : undefined;
  return {
    byOrder: byOrder ? { id: byOrder.id, orderKey: byOrder.order_key } : null,
    byRelay: relayAddress ? rows.filter((r) => r.relay_address === relayAddress).map((r) => ({ id: r.id, orderKey: r.order_key })) : [],
  };
}

export async function casesByIds(db: Db, shopId: string, ids: number[]): Promise<Map<number, CaseRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('cases').select(['id', 'order_key']).where('shop_id', '=', shopId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, orderKey: r.order_key }]));
}

export interface NewCase {
  shopId: string;
  marketplace: string | null;
  orderId: string | null;
  orderKey: string | null;
  relayAddress: string | null;
  subject: string;
  category: string | null;
  at: Date;
}

/** Returns null when another writer created the case of this order first (the caller looks it up). */
export async function createCase(db: Db, c: NewCase): Promise<number | null> {
  const at = c.at.toISOString();
  const r = await db
    .insertInto('cases')
    .values({
      shop_id: c.shopId,
      marketplace: c.marketplace,
      order_id: c.orderId,
      order_key: c.orderKey,
      relay_address: c.relayAddress,
      subject: c.subject,
      category: c.category,
      status: 'open',
      created_at: at,
      updated_at: at,
      last_message_at: at,
    })
    .onConflict((oc) => oc.columns(['shop_id', 'order_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Removes a case that no message joined (it was opened for a mail another worker stored first). */
export async function deleteCaseIfEmpty(db: Db, shopId: string, caseId: number): Promise<void> {
  await db
    .deleteFrom('cases')
    .where('id', '=', caseId)
    .where('shop_id', '=', shopId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('messages').select('id').where('case_id', '=', caseId))))
    .execute();
}

/**
 * A thread without an order learns its order from a later mail. Only when it
 * has none: a case never changes order. False when the order has its own case.
 */
export async function adoptOrder(db: Db, shopId: string, caseId: number, orderKey: string, orderId: string, marketplace: string | null): Promise<boolean> {
  const taken = await findCaseByOrderKey(db, shopId, orderKey);
  if (taken) return false;
  const r = await db
    .updateTable('cases')
    .set({ order_key: orderKey, order_id: orderId, marketplace })
    .where('id', '=', caseId)
    .where('shop_id', '=', shopId)
    .where('order_key', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function touchCase(db: Db, caseId: number, at: Date, update: { relayAddress?: string | null; category?: string | null }): Promise<void> {
  await db
    .updateTable('cases')
    .set((eb) => ({
      updated_at: at.toISOString(),
      last_message_at: at.toISOString(),
      ...(update.relayAddress ? { relay_address: eb.fn.coalesce('relay_address', eb.val(update.relayAddress)) } : {}),
      ...(update.category ? { category: update.category } : {}),
    }))
    .where('id', '=', caseId)
    .execute();
}

export interface StoredCase {
  id: number;
  shopId: string;
  marketplace: string | null;
  orderId: string | null;
  relayAddress: string | null;
  subject: string;
  category: string | null;
  status: string;
  createdAt: string;
  lastMessageAt: string;
  messageCount: number;
}

export async function getCase(db: Db, shopId: string, id: number): Promise<StoredCase | undefined> {
  const r = await db.selectFrom('cases').selectAll().where('shop_id', '=', shopId).where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const n = await db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', id).executeTakeFirstOrThrow();
  return {
    id: r.id,
    shopId: r.shop_id,
    marketplace: r.marketplace,
    orderId: r.order_id,
    relayAddress: r.relay_address,
    subject: r.subject,
    category: r.category,
    status: r.status,
    createdAt: r.created_at,
    lastMessageAt: r.last_message_at,
    messageCount: Number(n.n),
  };
}

export interface StoredDeadline {
  rule: string;
  dueAt: string;
  warnAt: string | null;
  label: string | null;
  messageId: number;
}

export async function listCaseDeadlines(db: Db, shopId: string, caseId: number): Promise<StoredDeadline[]> {
  const rows = await db.selectFrom('deadlines').selectAll().where('shop_id', '=', shopId).where('case_id', '=', caseId).orderBy('due_at').execute();
  return rows.map((r) => ({ rule: r.rule, dueAt: r.due_at, warnAt: r.warn_at, label: r.label, messageId: r.message_id }));
}
