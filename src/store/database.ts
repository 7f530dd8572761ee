import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { DatabaseTarget } from '../config.ts';
import type { Database } from './schema.ts';
import { migrationProvider, type Dialect } from './migrations.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

const INT8_OID = 20;
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; with better-sqlite3 preparing costs as much
 * as running. The same SQL text (parameters apart) reuses its statement.
 */
function withStatementCache(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        // `IN (?, ?, …)` lists make many one-off texts: start over rather than grow without bound.
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Builds the client; nothing connects until the first query. `onIdleError`
 * hears about pooled PostgreSQL connections that die while idle (server
 * restart, database dropped): the pool replaces them, the process goes on.
 */
export function createDatabase(target: DatabaseTarget, onIdleError: (err: Error) => void = reportIdleError): DatabaseHandle {
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const dialect = new SqliteDialect({
      database: async () => {
        const sqlite = new BetterSqlite3(target.path);
        // WAL: `sync` can ingest while `review` and `send` read in other processes.
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('synchronous = NORMAL');
        sqlite.pragma('busy_timeout = 15000');
        sqlite.pragma('foreign_keys = ON');
        return withStatementCache(sqlite);
      },
    });
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 8,
    // 64-bit integers (UIDs, counts) fit in a JS number here: parse them as numbers, for this pool only.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', onIdleError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

function reportIdleError(err: Error): void {
  process.stderr.write(`claimdesk: an idle database connection failed (${err.message}); it will be replaced\n`);
}

/** Brings the schema up to date; safe to run from several workers at once (Kysely takes a lock). */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`database migration failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Creates the client and migrates: what every command does at start. */
export async function openDatabase(target: DatabaseTarget, onIdleError?: (err: Error) => void): Promise<DatabaseHandle> {
  const handle = createDatabase(target, onIdleError);
  try {
    await migrateToLatest(handle);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}
