// Mailbox ingestion figures against a private Dovecot (started here, like the tests do):
//  1. backfill: N mails (default 10,000) seeded into a Maildir, fetched by `sync --once`'s code path
//     into a fresh database (connect, Dovecot indexing the folder, fetch, parse, triage, store);
//  2. IDLE latency: mails delivered one by one into the Maildir (as an MTA does) while the watcher
//     idles; time from delivery to the stored triage, p50 / p95 / max.
//   node scripts/bench-ingest.ts [--count 10000] [--idle 40] [--db sqlite|postgres|both] [--workers N] [--json]
// (--workers: analysis worker threads; default as configured: one per core beyond two.)
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDovecot, createMailUser, type DovecotServer, type MailUser } from '../test/setup/dovecot.ts';
import { createTestDatabase, resolvePostgresAdmin } from '../test/setup/postgres.ts';
import { loadConfig } from '../src/config.ts';
import { openAppContext } from '../src/mail/app-context.ts';
import { createLogger } from '../src/mail/logger.ts';
import { syncMailboxOnce, watchFolder } from '../src/mail/imap-watch.ts';
import { collectStats } from '../src/store/stats.repo.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    idle: { type: 'string', default: '40' },
    db: { type: 'string', default: 'sqlite' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus') },
  },
});
const count = Number(values.count);
const idleSamples = Number(values.idle);
const kinds = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db!];
if (!kinds.every((k) => k === 'sqlite' || k === 'postgres')) throw new Error('--db is sqlite, postgres or both');

function corpusMails(dir: string): Buffer[] {
  const out: Buffer[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.eml')) out.push(readFileSync(join(d, e.name)));
    }
  };
  walk(dir);
  return out;
}

/** The corpus mail `i mod n`, made a distinct message: its own Message-ID and subject suffix. */
function variant(templates: Buffer[], i: number, tag: string): Buffer {
  const t = templates[i % templates.length]!.toString('latin1');
  const id = `<bench-${tag}-${i}@bench.claimdesk.test>`;
  const withId = /^Message-ID:.*$/im.test(t) ? t.replace(/^Message-ID:.*$/im, `Message-ID: ${id}`) : `Message-ID: ${id}\n${t}`;
  return Buffer.from(withId.replace(/^Subject:(.*)$/im, `Subject:$1 [${tag}-${i}]`), 'latin1');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function benchOne(kind: string, dovecot: DovecotServer, templates: Buffer[]) {
  const user: MailUser = await createMailUser(dovecot);
  const t0 = performance.now();
  await user.seed(Array.from({ length: count }, (_, i) => variant(templates, i, 'seed')));
  const seedSeconds = (performance.now() - t0) / 1000;

  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const pg = kind === 'postgres' ? await createTestDatabase((await resolvePostgresAdmin(process.env.TEST_PG_ADMIN_URL)).adminUrl) : null;
  let configFile: string | undefined;
  if (values.workers !== undefined) {
    configFile = join(dir, 'bench.config.json');
    await writeFile(configFile, JSON.stringify({ ingest: { analysisWorkers: Number(values.workers) } }));
  }
  const config = loadConfig({
    ...(configFile ? { CLAIMDESK_CONFIG: configFile } : {}),
    DATABASE_URL: pg ? pg.url : `sqlite:${join(dir, 'bench.db')}`,
    CLAIMDESK_IMAP_URL: user.imapUrl(),
    CLAIMDESK_LOG_LEVEL: 'warn',
  });
  const ctx = await openAppContext(config, createLogger('warn'));
  try {
    const mailbox = config.mailboxes[0]!;
    const ref = { mailbox, mailboxId: ctx.mailboxId(mailbox), folder: 'INBOX' };
    const log = ctx.log.child({ module: 'bench' });

    const b0 = performance.now();
    const [result] = await syncMailboxOnce(ctx.ingest, [ref], config.ingest, log);
    const backfillSeconds = (performance.now() - b0) / 1000;
    const stats = await collectStats(ctx.db);
    if (result?.stored !== count || stats.messages !== count) throw new Error(`backfill stored ${result?.stored} of ${count}`);

    let resolveStored: (() => void) | null = null;
    const ac = new AbortController();
    let connected!: () => void;
    const ready = new Promise<void>((r) => (connected = r));
    const watching = watchFolder({
      deps: ctx.ingest,
      ref,
      settings: config.ingest,
      log,
      signal: ac.signal,
      onEvent: (e) => e.type === 'synced' && connected(),
      onOutcome: (o) => o.status === 'stored' && resolveStored?.(),
    });
    await ready;
    const latencies: number[] = [];
    for (let i = 0; i < idleSamples; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const stored = new Promise<void>((r) => (resolveStored = r));
      const d0 = performance.now();
      await user.deliver(variant(templates, i, 'idle'));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stored, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no mail stored within 30 s')), 30_000)))]);
      clearTimeout(timer);
      latencies.push(performance.now() - d0);
    }
    ac.abort();
    await watching;
    latencies.sort((a, b) => a - b);
    return {
      db: kind,
      analysisWorkers: config.ingest.analysisWorkers ?? 'default',
      messages: count,
      seedSeconds: +seedSeconds.toFixed(2),
      backfillSeconds: +backfillSeconds.toFixed(2),
      messagesPerSecond: Math.round(count / backfillSeconds),
      idleSamples: latencies.length,
      idleP50Ms: Math.round(percentile(latencies, 50)),
      idleP95Ms: Math.round(percentile(latencies, 95)),
      idleMaxMs: Math.round(latencies.at(-1)!),
    };
  } finally {
    await ctx.close();
    await pg?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

const templates = corpusMails(values.corpus!);
const dovecot = await startDovecot();
try {
  for (const kind of kinds) {
    const r = await benchOne(kind, dovecot, templates);
    if (values.json) {
      process.stdout.write(JSON.stringify(r) + '\n');
      continue;
    }
    process.stdout.write(
      [
        `ingest bench (${r.db}, Dovecot ${dovecot.port}, ${templates.length} corpus templates, analysis workers: ${r.analysisWorkers})`,
        `  backfill ${r.messages} mails: ${r.backfillSeconds} s (${r.messagesPerSecond} mails/s; target ≤ 30 s; seeding the Maildir took ${r.seedSeconds} s)`,
        `  IDLE new-mail-to-stored-triage latency over ${r.idleSamples} mails: p50 ${r.idleP50Ms} ms, p95 ${r.idleP95Ms} ms, max ${r.idleMaxMs} ms (target p95 ≤ 2000 ms)`,
      ].join('\n') + '\n',
    );
  }
} finally {
  await dovecot.stop();
}
