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

/** Builds the client; nothing connects until the first query. */
export function createDatabase(target: DatabaseTarget): DatabaseHandle {
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
        return sqlite;
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Brings the schema up to date; safe to run from several workers at once (Kysely takes a lock). */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: migrationProvider(handle.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`database migration failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Creates the client and migrates: what every command does at start. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const handle = createDatabase(target);
  try {
    await migrateToLatest(handle);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

export const nowIso = (now: Date = new Date()): string => now.toISOString();
