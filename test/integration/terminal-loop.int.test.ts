import { readFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createMailUser } from '../setup/dovecot.ts';
import { addDraftFor, buildMail, dbKinds, setupEnv } from '../setup/harness.ts';
import { startSmtpSink } from '../setup/smtp-sink.ts';
import { driveCli, runCli } from '../setup/cli.ts';
import { listDrafts } from '../../src/store/drafts.repo.ts';
import { listAudit } from '../../src/store/audit.repo.ts';
import { listMessageIds } from '../../src/store/messages.repo.ts';
import { collectStats } from '../../src/store/stats.repo.ts';
import { waitFor } from '../setup/free-port.ts';
import { spawn } from 'node:child_process';

const relayed = readFileSync(join(import.meta.dirname, '../../../shared/corpus/rakuten/d-r002.eml'));
const RELAY = 'acheteur-3308471-q7k2@fr.shopping.rakuten.com';
const ORIGINAL_ID = '<b7fd3f94-d3c7-089a-67fd-56b7c6d9a1ee@notifications.rakuten.fr>';
const ADDED = 'Nous restons à votre disposition pour la commande 3308471.';

describe.each(dbKinds)('the terminal loop on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('mail in Dovecot → sync → draft → edit and approve in review → send once, in its thread → audit', async () => {
    const sink = await startSmtpSink();
    cleanups.push(() => sink.stop());
    const user = await createMailUser(inject('dovecot'));
    await user.deliver(relayed);
    const env = await setupEnv(kind, { mailboxes: [{ user }], smtpPort: sink.port });
    cleanups.push(env.cleanup);
    const editor = join(env.dir, 'edit.sh');
    await writeFile(editor, `#!/bin/sh\nprintf '%s\\n' '${ADDED}' >> "$1"\n`);
    await chmod(editor, 0o755);
    const cliEnv = { ...env.env, EDITOR: editor, CLAIMDESK_REVIEWER: 'alice' };

    const sync = await runCli(['sync', '--once', '--json'], cliEnv);
    expect(sync.code, sync.stderr).toBe(0);
    expect(JSON.parse(sync.stdout)).toMatchObject({ fetched: 1, stored: 1 });

    // The policy handlers' drafts when they make one for this mail; until they land, one stored the same way.
    const [messageId] = await listMessageIds(env.ctx.db, 'shop-a');
    let target = (await listDrafts(env.ctx.db, 'shop-a')).find((d) => d.delivery === 'smtp' && d.recipientRole === 'buyer');
    if (!target) {
      await addDraftFor(env, 'shop-a', messageId!);
      target = (await listDrafts(env.ctx.db, 'shop-a')).find((d) => d.delivery === 'smtp')!;
    }
    expect(target.toAddress).toBe(RELAY);

    let edited = false;
    const review = await driveCli(['review'], cliEnv, (screen) => {
      if (screen.includes('Approve anyway?')) return 'y';
      const current = /━━ Draft #(\d+)/.exec(screen)?.[1];
      if (current !== undefined && Number(current) !== target.id) return 's';
      if (!edited) {
        edited = true;
        return 'e';
      }
      return 'a';
    });
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toContain(`draft ${target.id} saved as version 2`);
    expect(review.stdout).toContain(`draft ${target.id} approved`);
    expect(review.stdout).toContain('Triage   buyer · rakuten_fr');

    const send = await runCli(['send', '--json'], cliEnv);
    expect(send.code, send.stderr).toBe(0);
    expect(JSON.parse(send.stdout).sent).toEqual([target.id]);
    expect((await runCli(['send', '--json'], cliEnv)).stdout).toContain('"sent":[]');

    expect(sink.messages).toHaveLength(1);
    const m = sink.messages[0]!;
    expect(m.to).toEqual([RELAY]);
    expect(m.inReplyTo).toBe(ORIGINAL_ID);
    expect(m.messageId).toBe(target.outgoingMessageId);
    expect(m.raw.toString('utf8')).toContain('commande 3308471');

    const shown = await runCli(['review', 'show', String(target.id), '--versions'], cliEnv);
    expect(shown.stdout).toMatch(/History .* approved by alice/);
    expect(shown.stdout).toMatch(/History .* sent by system:send/);
    expect(shown.stdout).toContain('── version 2 by alice');
    expect(shown.stdout).toContain(ADDED);

    const stats = JSON.parse((await runCli(['stats', '--json'], cliEnv)).stdout);
    expect(stats).toMatchObject({ messages: 1, cases: 1 });
    expect(stats.drafts.sent).toBe(1);
    const audit = (await listAudit(env.ctx.db, 'shop-a', { entity: 'draft', entityId: target.id })).map((a) => `${a.action} by ${a.actor}`);
    expect(audit).toEqual(expect.arrayContaining(['draft.edited by alice', 'draft.approved by alice', 'draft.sent by system:send']));
  });

  it('claimdesk sync watches with IDLE until interrupted', async () => {
    const user = await createMailUser(inject('dovecot'));
    await user.deliver(buildMail({ subject: 'first' }));
    const env = await setupEnv(kind, { mailboxes: [{ user }] });
    cleanups.push(env.cleanup);
    const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/claimdesk.js'), 'sync'], { env: { PATH: process.env.PATH ?? '', ...env.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    cleanups.push(async () => {
      child.kill('SIGKILL');
      await exited;
    });
    const count = async () => (await collectStats(env.ctx.db)).messages;
    await waitFor(async () => (await count()) === 1, 'the backfill', 15_000);
    await user.deliver(buildMail({ subject: 'second' }));
    await waitFor(async () => (await count()) === 2, 'the mail pushed by IDLE', 10_000);
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(0);
  });

  it('escapes terminal control sequences from mail text and rejects with a reason', async () => {
    const user = await createMailUser(inject('dovecot'));
    await user.deliver(
      buildMail({
        subject: 'Colis \x1b]0;pwned\x07 perdu \x1b[31mURGENT\x1b[0m',
        body: 'Bonjour\x1b[2J\x1b[H, où est mon colis ?\u202e',
      }),
    );
    const env = await setupEnv(kind, { mailboxes: [{ user }] });
    cleanups.push(env.cleanup);
    const cliEnv = { ...env.env, CLAIMDESK_REVIEWER: 'bob' };
    expect((await runCli(['sync', '--once'], cliEnv)).code).toBe(0);
    const [messageId] = await listMessageIds(env.ctx.db, 'shop-a');
    const draftId = await addDraftFor(env, 'shop-a', messageId!, { body: 'Re: \x1b[31mvotre colis\x1b[0m \u202eevil' });

    const shown = await runCli(['review', 'show', String(draftId)], cliEnv);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Colis  perdu URGENT');
    expect(shown.stdout).toContain('Summary  ');
    expect(shown.stdout).not.toMatch(/[\x1b\x07\x9b]/);
    expect(shown.stdout).toContain('<U+202E>');

    const noReason = await runCli(['review', 'reject', String(draftId)], cliEnv);
    expect(noReason.code).toBe(2);
    const rejected = await runCli(['review', 'reject', String(draftId), '--reason', 'the buyer already got an answer'], cliEnv);
    expect(rejected.code, rejected.stderr).toBe(0);
    const audit = await listAudit(env.ctx.db, 'shop-a', { entity: 'draft', entityId: draftId });
    expect(audit.at(-1)).toMatchObject({ action: 'draft.rejected', actor: 'bob', detail: { reason: 'the buyer already got an answer' } });
  });
});
