import { readdir, readFile, rm, mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { openAppContext } from '../mail/app-context.ts';
import { createLogger } from '../mail/logger.ts';
import { ingestMessage, type IngestOutcome } from '../mail/ingest-message.ts';
import { parseMessage } from '../mail/parse-message.ts';
import { sanitizeLine } from '../mail/terminal-text.ts';
import { classifyMessage } from '../policies/classify/classify-message.ts';
import { decideCase } from '../policies/decide-case.ts';
import { formatLocal, marketZone } from '../policies/deadlines.ts';
import { renderDecision } from '../policies/drafts/render-decision.ts';
import type { CaseDecision } from '../policies/case-decision.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import { collectStats } from '../store/stats.repo.ts';

const SAMPLE_MAILBOX = resolve(import.meta.dirname, '../../samples/mailbox');
const SAMPLE_DB = 'data/sample.db';

const usage = `usage: claimdesk start [--mailbox DIR] [--db PATH] [--brief]

The main job on a mailbox folder, with the built-in defaults: every mail is
stored, triaged and drafted in a fresh SQLite database, then shown as a triage
table (sender, marketplace, category, order, deadline) and, case by case, the
drafts, actions and deadlines. Nothing is sent: drafts wait for approval.

Without options it runs on the sample mailbox that ships with claimdesk
(samples/mailbox) into ${SAMPLE_DB}, which it recreates each time. Review
those drafts afterwards with:
  DATABASE_URL=sqlite:${SAMPLE_DB} npx claimdesk review

options:
  --mailbox DIR  a folder of .eml files instead of the sample mailbox
  --db PATH      the SQLite file to (re)create (default ${SAMPLE_DB})
  --brief        the table and one line per draft, without draft bodies
  -h, --help     show this help
`;

interface Row {
  file: string;
  triage: Triage | null;
  decision: CaseDecision | null;
  outcome: IngestOutcome;
  error?: string;
}

function cell(text: string | null | undefined, width: number): string {
  const t = sanitizeLine(text ?? '–');
  return (t.length > width ? t.slice(0, width - 1) + '…' : t).padEnd(width);
}

function deadlineCell(d: CaseDecision | null, marketplace: string | null): string {
  const first = d?.deadlines.slice().sort((a, b) => a.due.localeCompare(b.due))[0];
  if (!first) return '–';
  const zone = marketZone(marketplace);
  return `${formatLocal(first.due, zone)} ${zone === 'Asia/Hong_Kong' ? 'HKT' : 'Paris'} (${first.rule})`;
}

export const startCommand: Command = {
  name: 'start',
  summary: 'run the main job on the built-in sample mailbox',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { mailbox: { type: 'string' }, db: { type: 'string' }, brief: { type: 'boolean' } });
    const mailbox = resolve(values.mailbox ?? SAMPLE_MAILBOX);
    const dbPath = values.db ?? SAMPLE_DB;
    let files: string[];
    try {
      files = (await readdir(mailbox)).filter((f) => f.toLowerCase().endsWith('.eml')).sort();
    } catch {
      throw new UsageError(`cannot read the mailbox folder ${mailbox}`);
    }
    if (files.length === 0) throw new UsageError(`no .eml files in ${mailbox}`);

    // A demo database of its own: the sample never lands in the merchant's real database.
    let config;
    try {
      config = loadConfig({ ...process.env, DATABASE_URL: `sqlite:${dbPath}` });
    } catch (err) {
      if (err instanceof ConfigError) {
        process.stderr.write(`claimdesk start: ${err.message}\n`);
        return 78;
      }
      throw err;
    }
    await mkdir(dirname(resolve(dbPath)), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) await rm(resolve(dbPath + suffix), { force: true });
    const ctx = await openAppContext(config, createLogger('warn'));
    const shop = config.shops[0]!;
    const rows: Row[] = [];
    try {
      for (const file of files) {
        const raw = await readFile(join(mailbox, file));
        const outcome = await ingestMessage(ctx.ingest, shop.id, raw, { kind: 'file', path: join(mailbox, file) });
        // The same pure core the ingestion ran, to show its reasoning next to what was stored.
        const parsed = await parseMessage(raw);
        if (!parsed.ok) {
          rows.push({ file, triage: null, decision: null, outcome, error: parsed.reason });
          continue;
        }
        const triage = classifyMessage(parsed.mail, config.triage);
        rows.push({ file, triage, decision: decideCase({ mail: parsed.mail, triage, shop }), outcome });
      }
      const stats = await collectStats(ctx.db, shop.id);
      const out: string[] = [];
      out.push(`claimdesk: ${files.length} mails from ${sanitizeLine(mailbox)}, shop "${sanitizeLine(shop.name)}", stored in ${dbPath}`, '');
      out.push(`${' #'.padEnd(3)} ${cell('sender', 9)} ${cell('marketplace', 11)} ${cell('category', 16)} ${cell('lang', 7)} ${cell('order', 22)} deadline`);
      rows.forEach((r, i) => {
        const t = r.triage;
        out.push(
          `${String(i + 1).padStart(2)}  ${cell(t?.sender ?? 'error', 9)} ${cell(t?.marketplace, 11)} ${cell(t?.category, 16)} ${cell(t?.language, 7)} ${cell(t?.order_id, 22)} ${t ? deadlineCell(r.decision, t.marketplace) : sanitizeLine(r.error ?? '')}`,
        );
      });
      rows.forEach((r, i) => {
        out.push('', `── ${i + 1}. ${sanitizeLine(basename(r.file))}${r.triage ? ` · confidence ${r.triage.confidence}` : ''}`);
        if (!r.triage || !r.decision) {
          out.push(`   stored and flagged: ${sanitizeLine(r.error ?? 'unparseable')}`);
          return;
        }
        const why = r.triage.evidence.filter((e) => e.field === 'category' || e.field === 'sender').map((e) => e.reason + (e.text ? ` (“${e.text}”)` : ''));
        out.push(`   why: ${sanitizeLine(why.join('; '))}`);
        for (const line of renderDecision(r.decision, { marketplace: r.triage.marketplace, full: !values.brief, indent: '   ' }).split('\n')) out.push(sanitizeLine(line));
      });
      const d = stats.drafts;
      out.push(
        '',
        `stored: ${stats.messages} messages, ${stats.cases} cases, ${d.total} drafts (${d.pending} waiting for approval, ${d.manual} to send by hand); nothing was sent.`,
        `next:   DATABASE_URL=sqlite:${dbPath} npx claimdesk review    # approve, edit or reject the drafts`,
      );
      process.stdout.write(out.join('\n') + '\n');
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
