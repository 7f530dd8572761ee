// Classifies a labelled corpus with `claimdesk classify` and prints the shared scorer's table.
//   npm run eval                     # ../shared/corpus
//   npm run eval -- test/fixtures/holdout
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus'));
const scorer = resolve(root, '../shared/eval/score.mjs');
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-eval-'));
try {
  const classify = spawnSync(process.execPath, [join(root, 'bin/claimdesk.js'), 'classify', '--jsonl', corpus], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (classify.status !== 0) process.exit(classify.status ?? 1);
  const predictions = join(dir, 'predictions.jsonl');
  writeFileSync(predictions, classify.stdout);
  const score = spawnSync(process.execPath, [scorer, corpus, predictions], { stdio: 'inherit' });
  process.exitCode = score.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
