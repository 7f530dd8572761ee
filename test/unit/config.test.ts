import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, mergeOver, parseImapUrl, parseSmtpUrl } from '../../src/config.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-config-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(content: unknown): string {
  const p = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('loadConfig', () => {
  it('runs with no configuration at all: SQLite in ./data, one default shop, no mailbox', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ dialect: 'sqlite', path: './data/claimdesk.db' });
    expect(c.shops.map((s) => s.id)).toEqual(['default']);
    expect(c.mailboxes).toEqual([]);
    expect(c.triage).toEqual(defaultTriageConfig);
  });

  it('takes the database and one mailbox from the environment', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/claimdesk',
      CLAIMDESK_IMAP_URL: 'imaps://sav%40shop.fr:s%3Acret@imap.shop.fr/Claims',
      CLAIMDESK_SMTP_URL: 'smtp://sav%40shop.fr:pw@smtp.shop.fr:587',
    });
    expect(c.database).toEqual({ dialect: 'postgres', url: 'postgres://u:p@db:5432/claimdesk' });
    expect(c.mailboxes).toHaveLength(1);
    expect(c.mailboxes[0]).toMatchObject({
      id: 'env',
      shop: 'default',
      address: 'sav@shop.fr',
      folders: ['Claims'],
      markSeen: false,
      imap: { host: 'imap.shop.fr', port: 993, secure: true, user: 'sav@shop.fr', pass: 's:cret' },
      smtp: { host: 'smtp.shop.fr', port: 587, secure: false, user: 'sav@shop.fr', pass: 'pw' },
    });
  });

  it('reads shops and mailboxes from the file, secrets from named environment variables', () => {
    const path = file({
      shops: [{ id: 'hexiang', name: 'HexiangStore' }],
      mailboxes: [{ id: 'sav', shop: 'hexiang', address: 'sav@hexiang-shop.com', imap: { host: 'imap.x', user: 'sav', passEnv: 'HEXIANG_IMAP_PASS' } }],
      smtp: { host: 'smtp.x', port: 465, user: 'sav', pass: 'in-file' },
      triage: { shopDomains: ['hexiang-shop.com'], freeMailDomains: ['example.net'] },
    });
    const c = loadConfig({ CLAIMDESK_CONFIG: path, HEXIANG_IMAP_PASS: 'from-env' });
    expect(c.mailboxes[0]!.imap).toMatchObject({ port: 993, secure: true, pass: 'from-env' });
    expect(c.mailboxes[0]!.smtp).toMatchObject({ port: 465, secure: true, pass: 'in-file' });
    expect(c.triage.shopDomains).toEqual(['hexiang-shop.com']);
    // Lists add to the defaults.
    expect(c.triage.freeMailDomains).toEqual([...defaultTriageConfig.freeMailDomains, 'example.net']);
  });

  it.each([
    [{ shops: [{ id: 'Bad Id', name: 'x' }] }, 'shops.0.id'],
    [{ mailboxes: [{ id: 'sav', shop: 'nope', address: 'a@b.fr', imap: { host: 'h', user: 'u' } }] }, 'mailboxes.0.shop: unknown shop "nope"'],
    [{ mailboxes: [{ id: 'sav', shop: 'default', address: 'a@b.fr', imap: { host: 'h', user: 'u', port: 70000 } }] }, 'mailboxes.0.imap.port'],
    [{ mailboxes: [{ id: 'sav', shop: 'default', address: 'a@b.fr', imap: { host: 'h', user: 'u', passEnv: 'MISSING_PASS' } }] }, 'MISSING_PASS is not set'],
    [{ database: { url: 'mysql://x' } }, 'database.url'],
    [{ triage: { carriers: [{ name: 'X', domains: ['not a domain'] }] } }, 'triage.carriers'],
    ['{ not json', 'is not valid JSON'],
  ])('names the field and the fix: %j', (content, expected) => {
    const path = file(content);
    expect(() => loadConfig({ CLAIMDESK_CONFIG: path })).toThrow(ConfigError);
    expect(() => loadConfig({ CLAIMDESK_CONFIG: path })).toThrow(expected);
  });

  it('rejects bad environment values by name', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL');
    expect(() => loadConfig({ CLAIMDESK_IMAP_URL: 'http://x' })).toThrow('CLAIMDESK_IMAP_URL');
    expect(() => loadConfig({ CLAIMDESK_IMAP_URL: 'imap://host/INBOX' })).toThrow('missing user');
    expect(() => loadConfig({ CLAIMDESK_LOG_LEVEL: 'loud' })).toThrow('CLAIMDESK_LOG_LEVEL');
    expect(() => loadConfig({ CLAIMDESK_CONFIG: join(dir, 'absent.json') })).toThrow('cannot read');
  });
});

describe('URL and merge helpers', () => {
  it.each([
    ['imap://u:p@h/INBOX', { host: 'h', port: 143, secure: false }, 'INBOX'],
    ['imaps://u@h:1993/', { host: 'h', port: 1993, secure: true }, null],
    ['imap://u:p@127.0.0.1:14300/Sent%20Items', { port: 14300 }, 'Sent Items'],
  ])('parseImapUrl(%s)', (url, imap, folder) => {
    const r = parseImapUrl(url);
    expect(r.imap).toMatchObject(imap);
    expect(r.folder).toBe(folder);
  });
  it('parses SMTP URLs', () => {
    expect(parseSmtpUrl('smtps://h')).toMatchObject({ port: 465, secure: true, user: undefined });
    expect(parseSmtpUrl('smtp://h:2525')).toMatchObject({ port: 2525, secure: false });
  });
  it('merges objects, adds to lists, replaces values', () => {
    expect(mergeOver({ a: { b: 1, c: [1, 2] }, d: 'x' }, { a: { c: [2, 3] }, d: 'y' })).toEqual({ a: { b: 1, c: [1, 2, 3] }, d: 'y' });
  });
});
