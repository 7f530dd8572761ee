import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ImapFlow } from 'imapflow';
import { createMailUser, type MailUser } from '../setup/dovecot.ts';
import { addDraftFor, dbKinds, setupEnv, type TestEnv } from '../setup/harness.ts';
import { startSmtpSink, type SmtpSink } from '../setup/smtp-sink.ts';
import { syncMailboxOnce } from '../../src/mail/imap-watch.ts';
import { sendApprovedDrafts, type SendDeps } from '../../src/mail/send-drafts.ts';
import { approve, resolveUnconfirmed } from '../../src/mail/review-actions.ts';
import { silentLogger } from '../../src/mail/logger.ts';
import { getDraft } from '../../src/store/drafts.repo.ts';
import { listAudit } from '../../src/store/audit.repo.ts';
import { listMessageIds } from '../../src/store/messages.repo.ts';

const relayed = readFileSync(join(import.meta.dirname, '../../../shared/corpus/rakuten/d-r002.eml'));
const RELAY = 'acheteur-3308471-q7k2@fr.shopping.rakuten.com';
const ORIGINAL_ID = '<b7fd3f94-d3c7-089a-67fd-56b7c6d9a1ee@notifications.rakuten.fr>';
const log = silentLogger();

describe.each(dbKinds)('sending on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(send: Partial<TestEnv['config']['send']> = {}): Promise<{ env: TestEnv; sink: SmtpSink; user: MailUser; draftId: number }> {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.stop());
    const user = await createMailUser(inject('dovecot'));
    await user.deliver(relayed);
    const env = await setupEnv(kind, { mailboxes: [{ user }], smtpPort: sink.port, send });
    cleanups.push(env.cleanup);
    await syncMailboxOnce(env.ctx.ingest, [env.ref()], env.config.ingest, log);
    const [messageId] = await listMessageIds(env.ctx.db, 'shop-a');
    const draftId = await addDraftFor(env, 'shop-a', messageId!);
    return { env, sink, user, draftId };
  }

  const deps = (env: TestEnv, over: Partial<SendDeps> = {}): SendDeps => ({
    db: env.ctx.db,
    config: env.config,
    mailboxFor: (d) => env.ctx.mailboxFor(d.shopId, d.mailboxId),
    log,
    ...over,
  });
  const review = (env: TestEnv) => ({ db: env.ctx.db, shops: env.ctx.ingest.shops });

  async function sentFolderIds(user: MailUser): Promise<string[]> {
    const dv = inject('dovecot');
    const c = new ImapFlow({ host: dv.host, port: dv.port, secure: false, auth: { user: user.user, pass: user.pass }, logger: false });
    await c.connect();
    try {
      await c.mailboxOpen('Sent', { readOnly: true });
      if (!c.mailbox || c.mailbox.exists === 0) return [];
      return (await c.fetchAll('1:*', { envelope: true })).map((m) => m.envelope?.messageId ?? '');
    } finally {
      await c.logout();
    }
  }

  it('sends nothing that is not approved', async () => {
    const { env, sink, draftId } = await setup();
    const report = await sendApprovedDrafts(deps(env));
    expect(report.sent).toEqual([]);
    expect(sink.attempts).toBe(0);
    expect((await getDraft(env.ctx.db, 'shop-a', draftId))?.state).toBe('pending');
  });

  it('sends an approved draft once, in its thread, to the relay address, with a copy in Sent', async () => {
    const { env, sink, user, draftId } = await setup();
    expect((await approve(review(env), 'shop-a', draftId, 'alice')).ok).toBe(true);
    const draft = (await getDraft(env.ctx.db, 'shop-a', draftId))!;

    const report = await sendApprovedDrafts(deps(env));
    expect(report.sent).toEqual([draftId]);
    expect(sink.messages).toHaveLength(1);
    const m = sink.messages[0]!;
    expect(m.to).toEqual([RELAY]);
    expect(m.from).toBe(user.address);
    expect(m.messageId).toBe(draft.outgoingMessageId);
    expect(m.inReplyTo).toBe(ORIGINAL_ID);
    expect(m.references).toContain(ORIGINAL_ID);

    const sent = (await getDraft(env.ctx.db, 'shop-a', draftId))!;
    expect(sent).toMatchObject({ state: 'sent', sentVia: 'smtp', sentCopy: 'done', attempts: 1 });
    expect(sent.smtpResponse).toMatch(/^250/);
    expect(await sentFolderIds(user)).toEqual([draft.outgoingMessageId]);

    // Another run has nothing to do.
    expect((await sendApprovedDrafts(deps(env))).sent).toEqual([]);
    expect(sink.attempts).toBe(1);
    const audit = await listAudit(env.ctx.db, 'shop-a', { entity: 'draft', entityId: draftId });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['draft.created', 'test:setup'],
      ['draft.approved', 'alice'],
      ['draft.sending', 'system:send'],
      ['draft.sent', 'system:send'],
    ]);
  });

  it('retries temporary SMTP failures with backoff until the server accepts', async () => {
    const { env, sink, draftId } = await setup();
    sink.setBehaviour(({ count }) => (count <= 2 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : null));
    await approve(review(env), 'shop-a', draftId, 'alice');
    const report = await sendApprovedDrafts(deps(env), { waitForRetries: true });
    expect(report).toMatchObject({ sent: [draftId], failed: [], deferred: [] });
    expect(sink.attempts).toBe(3);
    expect(sink.messages).toHaveLength(1);
    const audit = await listAudit(env.ctx.db, 'shop-a', { entity: 'draft', entityId: draftId });
    expect(audit.filter((a) => a.action === 'draft.send-deferred')).toHaveLength(2);
    expect((await getDraft(env.ctx.db, 'shop-a', draftId))?.state).toBe('sent');
  });

  it('gives up on a temporary failure after the last attempt', async () => {
    const { env, sink, draftId } = await setup();
    sink.setBehaviour(() => ({ code: 421, message: '4.3.2 Service shutting down' }));
    await approve(review(env), 'shop-a', draftId, 'alice');
    const report = await sendApprovedDrafts(deps(env), { waitForRetries: true });
    expect(report.failed).toEqual([draftId]);
    expect(sink.attempts).toBe(3);
    const d = (await getDraft(env.ctx.db, 'shop-a', draftId))!;
    expect(d.state).toBe('failed');
    expect(d.lastError).toMatch(/421.*gave up after 3 attempts/);
  });

  it('marks a permanent failure failed at once, with the server answer', async () => {
    const { env, sink, draftId } = await setup();
    sink.setBehaviour(() => ({ code: 550, message: '5.1.1 Recipient address rejected: no such user' }));
    await approve(review(env), 'shop-a', draftId, 'alice');
    const report = await sendApprovedDrafts(deps(env), { waitForRetries: true });
    expect(report.failed).toEqual([draftId]);
    expect(sink.attempts).toBe(1);
    const d = (await getDraft(env.ctx.db, 'shop-a', draftId))!;
    expect(d).toMatchObject({ state: 'failed', attempts: 1 });
    expect(d.smtpResponse).toMatch(/^550 5\.1\.1 Recipient address rejected/);
    expect(sink.messages).toHaveLength(0);
  });

  it('does not send twice after a crash between the send and its record; the merchant confirms', async () => {
    const { env, sink, draftId } = await setup({ staleAfterMs: 0 });
    await approve(review(env), 'shop-a', draftId, 'alice');
    const crash = new Error('simulated crash after the SMTP server accepted');
    await expect(sendApprovedDrafts(deps(env, { afterAccepted: () => Promise.reject(crash) }))).rejects.toThrow(crash.message);
    expect(sink.messages).toHaveLength(1);
    expect((await getDraft(env.ctx.db, 'shop-a', draftId))?.state).toBe('sending');

    // Restarted at once: it may still be in another run's hands; nothing is done with it.
    const early = await sendApprovedDrafts(deps(env, { config: { ...env.config, send: { ...env.config.send, staleAfterMs: 60_000 } } }));
    expect(early).toMatchObject({ sent: [], unconfirmed: [], inFlight: [draftId] });
    // Restarted later: the draft is found in `sending`, not in the Sent folder, and is not resent.
    const report = await sendApprovedDrafts(deps(env));
    expect(report).toMatchObject({ sent: [], unconfirmed: [draftId] });
    expect(sink.attempts).toBe(1);
    expect((await getDraft(env.ctx.db, 'shop-a', draftId))).toMatchObject({ state: 'sending', needsConfirmation: true });
    expect((await sendApprovedDrafts(deps(env))).unconfirmed).toEqual([]);
    expect(sink.attempts).toBe(1);

    expect((await resolveUnconfirmed(review(env), 'shop-a', draftId, 'alice', true)).ok).toBe(true);
    expect(await getDraft(env.ctx.db, 'shop-a', draftId)).toMatchObject({ state: 'sent', needsConfirmation: false });
    const actions = (await listAudit(env.ctx.db, 'shop-a', { entity: 'draft', entityId: draftId })).map((a) => `${a.action}:${a.actor}`);
    expect(actions).toContain('draft.unconfirmed:system:send');
    expect(actions).toContain('draft.confirmed-sent:alice');
  });

  it('records an interrupted send as sent when the Sent folder has it (provider filed it)', async () => {
    const { env, sink, user, draftId } = await setup({ staleAfterMs: 0 });
    await approve(review(env), 'shop-a', draftId, 'alice');
    await expect(sendApprovedDrafts(deps(env, { afterAccepted: () => { throw new Error('crash'); } }))).rejects.toThrow('crash');
    // Like Gmail, the provider files what it relayed into Sent.
    await user.deliver(sink.messages[0]!.raw, 'Sent');

    const report = await sendApprovedDrafts(deps(env));
    expect(report).toMatchObject({ recovered: [draftId], unconfirmed: [], sent: [] });
    expect(sink.attempts).toBe(1);
    expect(await getDraft(env.ctx.db, 'shop-a', draftId)).toMatchObject({ state: 'sent', sentCopy: 'done' });
  });

  it('resends an interrupted draft only when the merchant says it did not go out, with the same Message-ID', async () => {
    const { env, sink, draftId } = await setup({ staleAfterMs: 0 });
    await approve(review(env), 'shop-a', draftId, 'alice');
    sink.setBehaviour(() => ({ code: 451, message: 'temporary' }));
    await expect(sendApprovedDrafts(deps(env, { afterAccepted: () => { throw new Error('crash'); } }))).resolves.toMatchObject({ deferred: [draftId] });
    sink.setBehaviour(() => null);
    // Simulate the worse case: the crash left it in `sending`.
    await env.ctx.db.updateTable('drafts').set({ state: 'sending' }).where('id', '=', draftId).execute();
    expect((await sendApprovedDrafts(deps(env))).unconfirmed).toEqual([draftId]);
    expect((await resolveUnconfirmed(review(env), 'shop-a', draftId, 'alice', false)).ok).toBe(true);
    const report = await sendApprovedDrafts(deps(env));
    expect(report.sent).toEqual([draftId]);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.messageId).toBe((await getDraft(env.ctx.db, 'shop-a', draftId))!.outgoingMessageId);
  });
});
