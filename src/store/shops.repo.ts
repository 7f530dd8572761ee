import type { MailboxConfig, ShopConfig } from '../config.ts';
import type { Db } from './database.ts';

/** Mailbox database id, keyed by `shop/mailbox` as in the config. */
export type MailboxIds = Map<string, number>;

export const mailboxKey = (shopId: string, mailboxName: string) => `${shopId}/${mailboxName}`;

/**
 * The config is the source of truth for shops and mailboxes; the database keeps
 * rows for them so messages, cases and checkpoints can reference them. Runs at
 * start, idempotent, safe from several workers at once.
 */
export async function syncShopsAndMailboxes(db: Db, shops: ShopConfig[], mailboxes: MailboxConfig[], now: Date): Promise<MailboxIds> {
  const at = now.toISOString();
  for (const shop of shops) {
    await db
      .insertInto('shops')
      .values({ id: shop.id, name: shop.name, profile_json: JSON.stringify(shop), updated_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: shop.name, profile_json: JSON.stringify(shop), updated_at: at }))
      .execute();
  }
  for (const m of mailboxes) {
    await db
      .insertInto('mailboxes')
      .values({ shop_id: m.shop, name: m.id, address: m.address, created_at: at })
      .onConflict((oc) => oc.columns(['shop_id', 'name']).doUpdateSet({ address: m.address }))
      .execute();
  }
  const rows = await db.selectFrom('mailboxes').select(['id', 'shop_id', 'name']).execute();
  return new Map(rows.map((r) => [mailboxKey(r.shop_id, r.name), r.id]));
}

/** Per-shop settings (key → JSON value). */
export async function getSetting<T>(db: Db, shopId: string, key: string): Promise<T | undefined> {
  const r = await db.selectFrom('settings').select('value_json').where('shop_id', '=', shopId).where('key', '=', key).executeTakeFirst();
  return r ? (JSON.parse(r.value_json) as T) : undefined;
}

export async function putSetting(db: Db, shopId: string, key: string, value: unknown, now: Date): Promise<void> {
  const value_json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ shop_id: shopId, key, value_json, updated_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['shop_id', 'key']).doUpdateSet({ value_json, updated_at: now.toISOString() }))
    .execute();
}
