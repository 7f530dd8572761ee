// `npm run bench`: every benchmark of the project, one after the other, figures on stdout.
//   classify: whole-process triage throughput against parse-only (scripts/bench-classify.ts)
//   ingest:   10,000-mail IMAP backfill and IDLE latency against a private Dovecot (scripts/bench-ingest.ts)
// Pass names to run only some: `npm run bench -- classify`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const all = ['classify', 'ingest'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  const script = join(root, 'scripts', `bench-${name}.ts`);
  if (!existsSync(script)) {
    console.error(`bench: no such benchmark "${name}" (have: ${all.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n== ${name} ==`);
  const r = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
