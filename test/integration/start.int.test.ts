import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` end to end: the sample mailbox through storage, triage and drafting, in a SQLite file of its own.
describe('claimdesk start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores, triages and drafts the sample mailbox, and sends nothing', () => {
    const db = join(dir, 'sample.db');
    const r = spawnSync(process.execPath, ['bin/claimdesk.js', 'start', '--db', db], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const table = lines.filter((l) => /^\s?\d{1,2}\s{2}\w/.test(l));
    expect(table).toHaveLength(12);
    // One row per sample scenario (samples/mailbox/README.md).
    const row = (n: number) => table[n - 1]!.split(/\s{2,}|\s(?=\S)/).filter(Boolean);
    expect(row(1).slice(1, 4)).toEqual(['platform', 'rakuten_fr', 'non_recu']);
    expect(row(2).slice(1, 4)).toEqual(['buyer', 'rakuten_fr', 'withdrawal']);
    expect(row(5).slice(1, 4)).toEqual(['platform', 'rakuten_fr', 'counterfeit']);
    expect(row(10).slice(1, 4)).toEqual(['other', 'rakuten_fr', 'general']);
    expect(row(12).slice(1, 4)).toEqual(['platform', 'rakuten_fr', 'damaged']);
    expect(r.stdout).toMatch(/stored: 12 messages, \d+ cases, \d+ drafts .*nothing was sent/);
    // No draft line says "annuler" in any form (RAK-WORDS), even for the buyer who wrote it.
    const draftLines = lines.filter((l) => /^\s+\| /.test(l) || /^\s+subject: /.test(l));
    expect(draftLines.length).toBeGreaterThan(20);
    expect(draftLines.filter((l) => /annul/i.test(l))).toEqual([]);
    expect(r.stdout).not.toMatch(/compliance: \d+ violation/);

    // The drafts are in the database, all waiting for the merchant.
    const stats = spawnSync(process.execPath, ['bin/claimdesk.js', 'stats', '--json'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${db}` } });
    expect(stats.status, stats.stderr).toBe(0);
    const s = JSON.parse(stats.stdout);
    expect(s.messages).toBe(12);
    expect(s.drafts.sent).toBe(0);
    expect(s.drafts.pending).toBeGreaterThan(5);
  });

  it('runs again from scratch (the sample database is recreated)', () => {
    const db = join(dir, 'again.db');
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, ['bin/claimdesk.js', 'start', '--db', db, '--brief'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/stored: 12 messages/);
    }
  });
});
