import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMail, dbKinds, setupEnv } from '../setup/harness.ts';
import { runCli } from '../setup/cli.ts';

const mimeWild = join(import.meta.dirname, '../../../shared/mime-wild');
const manifest = readFileSync(join(mimeWild, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([file, , , , sha256]) => ({ file: file!, sha256: sha256! }));

describe.each(dbKinds)('claimdesk import on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('stores all of mime-wild byte for byte, flags what cannot be parsed, and stores nothing twice', async () => {
    const env = await setupEnv(kind);
    cleanups.push(env.cleanup);
    const first = await runCli(['import', mimeWild, '--json'], env.env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ files: 315, messages: 315, duplicates: 0, unreadable: 0 });
    expect(first.stderr).toContain('imported 315 messages from 315 files');

    const rows = await env.ctx.db.selectFrom('messages').select(['raw_sha256', 'status', 'parse_code']).execute();
    expect(rows).toHaveLength(315);
    expect(new Set(rows.map((r) => r.raw_sha256))).toEqual(new Set(manifest.map((m) => m.sha256)));
    const flagged = rows.filter((r) => r.status === 'unparseable').map((r) => r.parse_code).sort();
    expect(flagged).toEqual(['MAIL.EMPTY', 'MAIL.NOT_RFC822', 'MAIL.NOT_RFC822', 'MAIL.NOT_RFC822', 'MAIL.NOT_RFC822']);

    const again = await runCli(['import', mimeWild, '--json'], env.env);
    expect(JSON.parse(again.stdout)).toMatchObject({ messages: 315, stored: 0, unparseable: 0, duplicates: 315 });
    const stats = JSON.parse((await runCli(['stats', '--json'], env.env)).stdout);
    expect(stats).toMatchObject({ messages: 315, unparseable: 5 });
  });

  it('splits mbox files and keeps each message as written', async () => {
    const env = await setupEnv(kind);
    cleanups.push(env.cleanup);
    const mails = [1, 2, 3].map((i) => buildMail({ messageId: `<mbox-${i}@buyer.test>`, subject: `Message ${i}`, body: `Body ${i}\n>From the escaped line` }));
    const mbox = mails.map((m, i) => `From buyer@example.org Tue Feb 17 09:1${i}:33 2026\n${m}`).join('\n');
    const file = join(env.dir, 'archive.mbox');
    await writeFile(file, mbox);
    const r = await runCli(['import', file, '--json'], env.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: 1, messages: 3, stored: 3 });
    const raws = await env.ctx.db.selectFrom('messages').select('raw').orderBy('id').execute();
    expect(raws.map((x) => Buffer.from(x.raw).toString())).toEqual(mails);
    const sources = await env.ctx.db.selectFrom('message_sources').select('path').orderBy('id').execute();
    expect(sources.map((s) => s.path)).toEqual([1, 2, 3].map((i) => `${file}#${i}`));
  });
});

describe('claimdesk at boot', () => {
  it('fails at boot naming the field and the fix when the config is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-config-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ mailboxes: [{ id: 'sav', shop: 'default', address: 'not-an-address', imap: { host: 'h', user: 'u', port: 'x' } }] }));
    const r = await runCli(['stats'], { CLAIMDESK_CONFIG: bad });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('mailboxes.0.address');
    expect(r.stderr).toContain('mailboxes.0.imap.port');
    const badDb = await runCli(['stats'], { DATABASE_URL: 'mysql://x' });
    expect(badDb.stderr).toContain('DATABASE_URL');
    await rm(dir, { recursive: true, force: true });
  });
});
