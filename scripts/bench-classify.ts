// Whole-process classify throughput against parse-only throughput with the same parser.
// The dev corpus is replicated into a temporary folder (default 30 copies ≈ 4,000 mails);
// each command runs as its own process, timed from spawn to exit. The two commands run in
// alternating pairs and the ratio reported is the median of the pairs' ratios, so a machine
// whose speed drifts during the run (shared or virtual cores) still gives a fair comparison.
//   node scripts/bench-classify.ts [--copies N] [--runs N] [--corpus DIR]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '30' },
    runs: { type: 'string', default: '11' },
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/corpus') },
  },
});
const root = resolve(import.meta.dirname, '..');
const corpusFiles: string[] = [];
const walk = (d: string) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.name.endsWith('.eml')) corpusFiles.push(join(d, e.name));
  }
};
walk(values.corpus);
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'));
const copies = Number(values.copies);
for (let c = 0; c < copies; c++) {
  const sub = join(dir, `copy-${String(c).padStart(3, '0')}`);
  mkdirSync(sub);
  for (const f of corpusFiles) cpSync(f, join(sub, f.split('/').pop()!));
}
const total = corpusFiles.length * copies;

function timeRun(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, UV_THREADPOOL_SIZE: '1' } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const parse: number[] = [];
  const classify: number[] = [];
  timeRun(['bin/claimdesk.js', 'classify', '--jsonl', dir]); // warm the file cache
  for (let i = 0; i < runs; i++) {
    parse.push(timeRun(['scripts/parse-only.ts', dir]));
    classify.push(timeRun(['bin/claimdesk.js', 'classify', '--jsonl', dir]));
  }
  const ratios = parse.map((p, i) => classify[i]! / p);
  const row = (name: string, secs: number[]) => {
    const m = median(secs);
    return `${name.padEnd(26)} ${total} mails  median ${m.toFixed(2)} s (best ${Math.min(...secs).toFixed(2)})  ${Math.round(total / m)} msg/s`;
  };
  console.log(`classify benchmark (whole process, ${runs} alternating pairs; dev corpus × ${copies})`);
  console.log(row('parse only (postal-mime)', parse));
  console.log(row('claimdesk classify --jsonl', classify));
  console.log(`classify / parse time: median ${median(ratios).toFixed(2)}× (pairs: ${ratios.map((r) => r.toFixed(2)).join(' ')})  targets: ≥ 500 msg/s, ≤ 1.5×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
