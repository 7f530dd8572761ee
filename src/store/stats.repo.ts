import type { Db } from './database.ts';
import { draftStates, type DraftState } from './schema.ts';

export interface Stats {
  messages: number;
  unparseable: number;
  automated: number;
  cases: number;
  drafts: Record<DraftState, number> & { total: number; manual: number; unconfirmed: number };
}

function emptyDrafts(): Stats['drafts'] {
  const d = Object.fromEntries(draftStates.map((s) => [s, 0])) as Record<DraftState, number>;
  return { ...d, total: 0, manual: 0, unconfirmed: 0 };
}

/** Counts for one shop, or the whole deployment when no shop is given. */
export async function collectStats(db: Db, shopId?: string): Promise<Stats> {
  const shop = <T extends { where: (...a: any[]) => T }>(q: T): T => (shopId ? q.where('shop_id', '=', shopId) : q);
  const m = await shop(
    db.selectFrom('messages').select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'unparseable').then(1).else(0).end()).as('unparseable'),
      eb.fn.sum<number>('automated').as('automated'),
    ]),
  ).executeTakeFirstOrThrow();
  const c = await shop(db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n'))).executeTakeFirstOrThrow();
  const rows = await shop(
    db.selectFrom('drafts').select((eb) => [
      'state',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>(eb.case().when('delivery', '=', 'manual').then(1).else(0).end()).as('manual'),
      eb.fn.sum<number>('needs_confirmation').as('unconfirmed'),
    ]),
  )
    .groupBy('state')
    .execute();
  const drafts = emptyDrafts();
  for (const r of rows) {
    drafts[r.state] = Number(r.n);
    drafts.total += Number(r.n);
    drafts.manual += Number(r.manual ?? 0);
    drafts.unconfirmed += Number(r.unconfirmed ?? 0);
  }
  return {
    messages: Number(m.total),
    unparseable: Number(m.unparseable ?? 0),
    automated: Number(m.automated ?? 0),
    cases: Number(c.n),
    drafts,
  };
}
