import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftFile, draftRecord } from '../../src/cli/draft.command.ts';
import { renderDecision } from '../../src/policies/drafts/render-decision.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = fileURLToPath(new URL('../../../shared/corpus/rakuten/d-r002.eml', import.meta.url));
const present = existsSync(sample);

describe.skipIf(!present)('claimdesk draft', () => {
  it('prints one contract line per message on stdout, the count on stderr', async () => {
    const { stdout, stderr } = await run(process.execPath, ['bin/claimdesk.js', 'draft', '--jsonl', sample], { cwd: root });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]!);
    expect(rec).toMatchObject({ id: 'd-r002', triage: { marketplace: expect.anything() }, compliance: { ok: true } });
    for (const k of ['sender', 'marketplace', 'category', 'language', 'order_id', 'drafts', 'actions', 'deadlines', 'flags']) expect(rec).toHaveProperty(k);
    for (const d of rec.drafts) expect(Object.keys(d)).toEqual(expect.arrayContaining(['to', 'language', 'subject', 'body', 'send', 'rules']));
    expect(stderr).toContain('1 message(s), 0 compliance violation(s)');
  }, 30_000);

  it('gives an unreadable file an error line and goes on', async () => {
    const { stdout } = await run(process.execPath, ['bin/claimdesk.js', 'draft', '--jsonl', sample, `${root}/package.json`], { cwd: root });
    const [, bad] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(bad).toMatchObject({ id: 'package.json' });
    expect(bad.error ?? bad.drafts).toBeDefined();
  }, 30_000);

  it('renders a decision for the terminal', async () => {
    const r = await draftFile(sample);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rec = draftRecord(r, false);
    expect(rec).not.toHaveProperty('triage.evidence');
    const text = renderDecision(r.decision, { marketplace: r.triage.marketplace });
    expect(text).toContain('compliance: ok');
    expect(text).toMatch(/draft 1 to buyer \(fr, needs approval\)/);
  });
});
