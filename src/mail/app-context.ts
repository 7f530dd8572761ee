import type { Logger } from 'pino';
import { ConfigError, loadConfig, type AppConfig, type MailboxConfig } from '../config.ts';
import { createLogger } from './logger.ts';
import { openDatabase, type DatabaseHandle, type Db } from '../store/database.ts';
import { mailboxKey, syncShopsAndMailboxes, type MailboxIds } from '../store/shops.repo.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { IngestDeps } from './ingest-message.ts';
import { AnalysisPool, defaultAnalysisWorkers } from './analysis-pool.ts';

/** What the mailbox commands share: the migrated database, shop and mailbox rows, ingest dependencies. */
export interface AppContext {
  config: AppConfig;
  log: Logger;
  handle: DatabaseHandle;
  db: Db;
  mailboxIds: MailboxIds;
  ingest: IngestDeps;
  mailboxId(m: MailboxConfig): number;
  /** The configured mailbox a stored mailbox id stands for, if it is still configured. */
  mailboxConfig(id: number): MailboxConfig | undefined;
  /** The mailbox a shop's reply goes out from: the one the mail came to, else the shop's first. */
  mailboxFor(shopId: string, mailboxId: number | null): MailboxConfig | undefined;
  close(): Promise<void>;
}

export async function openAppContext(config: AppConfig, log: Logger): Promise<AppContext> {
  const handle = await openDatabase(config.database, (err) => log.warn({ module: 'store', err: err.message }, 'idle database connection failed; the pool replaces it'));
  try {
    const mailboxIds = await syncShopsAndMailboxes(handle.db, config.shops, config.mailboxes, new Date());
    const mailboxId = (m: MailboxConfig) => {
      const id = mailboxIds.get(mailboxKey(m.shop, m.id));
      if (id === undefined) throw new Error(`mailbox ${m.shop}/${m.id} has no database row`);
      return id;
    };
    const byId = new Map(config.mailboxes.map((m) => [mailboxId(m), m]));
    const defaultMailbox = new Map<string, number>();
    for (const m of config.mailboxes) if (!defaultMailbox.has(m.shop)) defaultMailbox.set(m.shop, mailboxId(m));
    const shops = new Map<string, ShopProfile>(config.shops.map((s) => [s.id, s]));
    const workers = config.ingest.analysisWorkers ?? defaultAnalysisWorkers(config.database.dialect);
    const pool = workers > 0 ? new AnalysisPool({ triage: config.triage, shops: config.shops }, workers) : null;
    const ingest: IngestDeps = {
      db: handle.db,
      triage: config.triage,
      shops,
      mailboxAddresses: new Map([...byId].map(([id, m]) => [id, m.address])),
      defaultMailbox,
      log: log.child({ module: 'mail.ingest' }),
      ...(pool ? { analyse: (raw: Uint8Array, shopId: string) => pool.analyse(raw, shopId) } : {}),
    };
    return {
      config,
      log,
      handle,
      db: handle.db,
      mailboxIds,
      ingest,
      mailboxId,
      mailboxConfig: (id) => byId.get(id),
      mailboxFor: (shopId, id) => {
        const own = id === null ? undefined : byId.get(id);
        if (own) return own;
        const fallback = defaultMailbox.get(shopId);
        return fallback === undefined ? undefined : byId.get(fallback);
      },
      close: async () => {
        await pool?.close();
        await handle.close();
      },
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/**
 * Boot for a command: configuration (a bad value prints the field and the fix,
 * exit code 78, no stack trace), logger, database. `fn` returns the exit code.
 */
export async function runWithAppContext(command: string, fn: (ctx: AppContext) => Promise<number>): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`claimdesk ${command}: ${err.message}\n`);
      return 78;
    }
    throw err;
  }
  const ctx = await openAppContext(config, createLogger(config.log.level));
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
