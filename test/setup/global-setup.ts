import type { TestProject } from 'vitest/node';
import { startDovecot, type DovecotInfo } from './dovecot.ts';
import { resolvePostgresAdmin } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dovecot: DovecotInfo;
    pgAdminUrl: string;
  }
}

/**
 * Servers shared by the integration test files: one Dovecot (each test makes
 * its own user and Maildir) and a PostgreSQL to create throwaway databases in.
 * Started here because they are not already running; nothing is installed.
 */
export default async function globalSetup(project: TestProject): Promise<() => Promise<void>> {
  const dovecot = await startDovecot();
  let pg;
  try {
    pg = await resolvePostgresAdmin(process.env.TEST_PG_ADMIN_URL);
  } catch (err) {
    await dovecot.stop();
    throw err;
  }
  const { stop: _stop, ...info } = dovecot;
  project.provide('dovecot', info);
  project.provide('pgAdminUrl', pg.adminUrl);
  return async () => {
    await dovecot.stop();
    pg.cluster?.stop();
  };
}
