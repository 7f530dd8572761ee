import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { freePort } from './free-port.ts';

/**
 * PostgreSQL for the tests: the machine's server (TEST_PG_ADMIN_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), or, when none answers, a
 * private cluster started with the installed initdb/pg_ctl in a temp folder.
 * Each test database is freshly created with "test" in its name and dropped
 * afterwards; nothing destructive runs against a database without that marker.
 */
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name)) throw new Error(`refusing a destructive operation on database "${name}": its name has no "test" marker`);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function findPgBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const v of readdirSync(root).sort().reverse()) {
    const p = join(root, v, 'bin', name);
    if (existsSync(p)) return p;
  }
  return null;
}

export interface PrivateCluster {
  adminUrl: string;
  stop(): void;
}

/** initdb + pg_ctl in a temp folder (as `nobody` when we are root: PostgreSQL refuses to run as root). */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const initdb = findPgBin('initdb');
  const pgCtl = findPgBin('pg_ctl');
  if (!initdb || !pgCtl) {
    throw new Error(`no PostgreSQL answers at ${DEFAULT_ADMIN_URL} and none is installed to start: install postgresql (apt-get install postgresql) or set TEST_PG_ADMIN_URL`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, 65534, 65534);
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'nobody', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  run(initdb, ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(pgCtl, ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgCtl, ['-D', join(dir, 'data'), '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The admin URL to create test databases with; starts a private cluster only when nothing answers. */
export async function resolvePostgresAdmin(envUrl: string | undefined): Promise<{ adminUrl: string; cluster: PrivateCluster | null }> {
  const url = envUrl ?? DEFAULT_ADMIN_URL;
  if (await canConnect(url)) return { adminUrl: url, cluster: null };
  if (envUrl) throw new Error(`TEST_PG_ADMIN_URL does not answer: ${envUrl.replace(/:[^:@/]*@/, ':***@')}`);
  const cluster = await startPrivateCluster();
  return { adminUrl: cluster.adminUrl, cluster };
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `claimdesk_test_${randomBytes(5).toString('hex')}`;
  assertTestDatabaseName(name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      assertTestDatabaseName(name);
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

