import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ImapFlow } from 'imapflow';
import { createMailUser, type MailUser } from '../setup/dovecot.ts';
import { buildMail, dbKinds, setupEnv, type TestEnv } from '../setup/harness.ts';
import { startTcpProxy, type TcpProxy } from '../setup/tcp-proxy.ts';
import { waitFor } from '../setup/free-port.ts';
import { syncMailboxOnce, watchFolder, type WatchEvent } from '../../src/mail/imap-watch.ts';
import { silentLogger } from '../../src/mail/logger.ts';
import { collectStats } from '../../src/store/stats.repo.ts';
import { getCheckpoint } from '../../src/store/checkpoints.repo.ts';
import { listAudit } from '../../src/store/audit.repo.ts';

const corpusDir = join(import.meta.dirname, '../../../shared/corpus/rakuten');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f)));

const log = silentLogger();

async function imapClient(user: MailUser): Promise<ImapFlow> {
  const dv = inject('dovecot');
  const c = new ImapFlow({ host: dv.host, port: dv.port, secure: false, auth: { user: user.user, pass: user.pass }, logger: false });
  await c.connect();
  return c;
}

async function messageCount(env: TestEnv): Promise<number> {
  return (await collectStats(env.ctx.db)).messages;
}

describe.each(dbKinds)('IMAP ingestion on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  function watch(env: TestEnv, events: WatchEvent[] = [], onStored?: () => void) {
    const ac = new AbortController();
    const done = watchFolder({
      deps: env.ctx.ingest,
      ref: env.ref(),
      settings: env.config.ingest,
      log,
      signal: ac.signal,
      onEvent: (e) => events.push(e),
      onOutcome: onStored,
    });
    const stop = async () => {
      ac.abort();
      await done;
    };
    cleanups.push(stop);
    return { events, stop };
  }

  it('backfills on start, then takes new mail pushed by IDLE, without marking anything read', async () => {
    const user = await createMailUser(inject('dovecot'));
    await user.seed(corpus.slice(0, 20));
    const env = await setupEnv(kind, { mailboxes: [{ user }] });
    cleanups.push(env.cleanup);
    const w = watch(env);
    await waitFor(async () => (await messageCount(env)) === 20, '20 backfilled messages');

    await user.deliver(corpus[20]!);
    await waitFor(async () => (await messageCount(env)) === 21, 'the delivered message', 5_000);
    expect(w.events.filter((e) => e.type === 'connected')).toHaveLength(1);

    const client = await imapClient(user);
    cleanups.push(() => client.logout());
    await client.mailboxOpen('INBOX', { readOnly: true });
    const flags = await client.fetchAll('1:*', { flags: true });
    expect(flags).toHaveLength(21);
    expect(flags.filter((m) => m.flags?.has('\\Seen'))).toHaveLength(0);
    const cp = await getCheckpoint(env.ctx.db, env.ref().mailboxId, 'INBOX');
    expect(cp?.lastUid).toBe(21);
  });

  it('marks mail read and moves it only when the mailbox is configured to, after storing it', async () => {
    const user = await createMailUser(inject('dovecot'));
    await user.seed(corpus.slice(0, 3));
    const env = await setupEnv(kind, { mailboxes: [{ user, markSeen: true, moveTo: 'Processed' }] });
    cleanups.push(env.cleanup);
    const client = await imapClient(user);
    cleanups.push(() => client.logout());
    await client.mailboxCreate('Processed');
    const [r] = await syncMailboxOnce(env.ctx.ingest, [env.ref()], env.config.ingest, log);
    expect(r).toMatchObject({ stored: 3 });
    expect(await client.status('INBOX', { messages: true })).toMatchObject({ messages: 0 });
    await client.mailboxOpen('Processed', { readOnly: true });
    const moved = await client.fetchAll('1:*', { flags: true });
    expect(moved.map((m) => m.flags?.has('\\Seen'))).toEqual([true, true, true]);
  });

  it('reconnects with backoff after the connection drops and backfills what arrived meanwhile', async () => {
    const dv = inject('dovecot');
    const user = await createMailUser(dv);
    await user.seed(corpus.slice(0, 3));
    const proxy: TcpProxy = await startTcpProxy(dv.port);
    cleanups.push(() => proxy.close());
    const env = await setupEnv(kind, { mailboxes: [{ user, port: proxy.port }] });
    cleanups.push(env.cleanup);
    const w = watch(env);
    await waitFor(async () => (await messageCount(env)) === 3, 'backfill');

    proxy.cut();
    await waitFor(() => w.events.some((e) => e.type === 'disconnected'), 'the watcher to notice the drop');
    await user.deliver(corpus[3]!);
    await user.deliver(corpus[4]!);
    // Down for a while: at least one reconnect attempt is refused.
    await waitFor(() => w.events.filter((e) => e.type === 'reconnecting').length >= 2, 'a refused reconnect');
    expect(await messageCount(env)).toBe(3);

    proxy.restore();
    await waitFor(async () => (await messageCount(env)) === 5, 'backfill after reconnect', 10_000);
    expect(w.events.filter((e) => e.type === 'connected').length).toBeGreaterThanOrEqual(2);
    const stats = await collectStats(env.ctx.db);
    expect(stats.messages).toBe(5);
  });

  it('resyncs with deduplication when UIDVALIDITY changes', async () => {
    const user = await createMailUser(inject('dovecot'));
    const env = await setupEnv(kind, { mailboxes: [{ user, folders: ['Claims'] }] });
    cleanups.push(env.cleanup);
    const client = await imapClient(user);
    cleanups.push(() => client.logout());
    await client.mailboxCreate('Claims');
    for (const raw of corpus.slice(0, 5)) await client.append('Claims', raw);

    const ref = env.ref(0, 'Claims');
    const [first] = await syncMailboxOnce(env.ctx.ingest, [ref], env.config.ingest, log);
    expect(first).toMatchObject({ stored: 5, resync: false });

    // The folder is rebuilt (restored from a backup, recreated by an admin): same mail, new UIDs, new UIDVALIDITY, one new mail.
    await client.mailboxDelete('Claims');
    await client.mailboxCreate('Claims');
    for (const raw of corpus.slice(0, 6)) await client.append('Claims', raw);

    const [second] = await syncMailboxOnce(env.ctx.ingest, [ref], env.config.ingest, log);
    expect(second).toMatchObject({ resync: true, fetched: 6, stored: 1, duplicates: 5 });
    expect(second!.uidValidity).not.toBe(first!.uidValidity);
    expect(await messageCount(env)).toBe(6);
    const cp = await getCheckpoint(env.ctx.db, ref.mailboxId, 'Claims');
    expect(cp).toEqual({ uidValidity: second!.uidValidity, lastUid: 6 });
    const audit = await listAudit(env.ctx.db, 'shop-a', { entity: 'mailbox' });
    expect(audit.map((a) => a.action)).toEqual(['mailbox.resync']);
  });

  it('stores the same mail once: in two folders, fetched twice, and imported again', async () => {
    const user = await createMailUser(inject('dovecot'));
    const mail = buildMail({ subject: 'Colis non reçu', messageId: '<dup-1@buyer.test>' });
    await user.deliver(mail, 'INBOX');
    await user.deliver(mail, 'Archive');
    const env = await setupEnv(kind, { mailboxes: [{ user, folders: ['INBOX', 'Archive'] }] });
    cleanups.push(env.cleanup);
    const refs = [env.ref(0, 'INBOX'), env.ref(0, 'Archive')];

    const results = await syncMailboxOnce(env.ctx.ingest, refs, env.config.ingest, log);
    expect(results.map((r) => [r.stored, r.duplicates])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    // Fetched twice: forget the checkpoints and sync again.
    await env.ctx.db.deleteFrom('folder_checkpoints').execute();
    const again = await syncMailboxOnce(env.ctx.ingest, refs, env.config.ingest, log);
    expect(again.map((r) => r.duplicates)).toEqual([1, 1]);

    const { ingestMessage } = await import('../../src/mail/ingest-message.ts');
    const imported = await ingestMessage(env.ctx.ingest, 'shop-a', Buffer.from(mail), { kind: 'file', path: '/tmp/x.eml' });
    expect(imported.status).toBe('duplicate');
    expect(await messageCount(env)).toBe(1);
    const sources = await env.ctx.db.selectFrom('message_sources').select(['folder', 'kind']).orderBy('id').execute();
    expect(sources).toEqual([
      { folder: 'INBOX', kind: 'imap' },
      { folder: 'Archive', kind: 'imap' },
      { folder: null, kind: 'file' },
    ]);
  });
});
