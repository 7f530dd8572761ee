import cliProgress from 'cli-progress';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { runWithAppContext } from '../mail/app-context.ts';
import { ImportPathError, listImportFiles, readImportFile } from '../mail/import-files.ts';
import { ingestBatch, type IngestItem } from '../mail/ingest-message.ts';

/** Messages stored per transaction. */
const BATCH_SIZE = 100;

const usage = `usage: claimdesk import [--shop ID] [--json] PATH...

Store mail files in the database: .eml files, folders (searched recursively for
.eml, .msg and .mbox) and mbox files. Every message is kept byte for byte;
input that cannot be read as a mail (empty file, Outlook .msg) is stored and
flagged. The same mail imported twice, or already fetched over IMAP, is stored
once. Each new mail is triaged, attached to its case, and drafted.

A progress bar and a summary go to standard error.

options:
  --shop ID   the shop the mail belongs to (default: the first configured shop)
  --json      print the summary as one JSON object on standard output
  -h, --help  show this help

environment: DATABASE_URL (default sqlite:./data/claimdesk.db), CLAIMDESK_CONFIG
`;

export const importCommand: Command = {
  name: 'import',
  summary: 'store .eml files, folders or mbox files in the database',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { shop: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length === 0) throw new UsageError('give at least one file or directory');
    let files: string[];
    try {
      files = await listImportFiles(positionals);
    } catch (err) {
      if (err instanceof ImportPathError) throw new UsageError(err.message);
      throw err;
    }

    return runWithAppContext('import', async (ctx) => {
      const shopId = values.shop ?? ctx.config.shops[0]!.id;
      if (!ctx.ingest.shops.has(shopId)) throw new UsageError(`unknown shop "${shopId}"; configured: ${[...ctx.ingest.shops.keys()].join(', ')}`);
      const log = ctx.log.child({ module: 'cli.import' });
      const summary = { shop: shopId, files: files.length, messages: 0, stored: 0, duplicates: 0, unparseable: 0, unreadable: 0, drafts: 0 };
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'import [{bar}] {value}/{total} messages | {stored} new, {duplicates} duplicate, {unparseable} unparseable', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(files.length, 0, { stored: 0, duplicates: 0, unparseable: 0 });
      let total = files.length;
      let batch: IngestItem[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const outcomes = await ingestBatch(ctx.ingest, shopId, batch);
        outcomes.forEach((outcome, n) => {
          summary.messages++;
          if (outcome.status === 'stored') {
            summary.stored++;
            summary.drafts += outcome.drafts;
          } else if (outcome.status === 'duplicate') summary.duplicates++;
          else {
            summary.unparseable++;
            const src = batch[n]!.source;
            log.info({ file: src.kind === 'file' ? src.path : null, code: outcome.code, messageId: outcome.messageId }, 'stored and flagged unparseable');
          }
        });
        bar.increment(outcomes.length, { stored: summary.stored, duplicates: summary.duplicates, unparseable: summary.unparseable });
        batch = [];
      };
      for (const file of files) {
        let items;
        try {
          items = await readImportFile(file);
        } catch (err) {
          summary.unreadable++;
          log.warn({ file, err: (err as Error).message }, 'cannot read file; skipped');
          bar.increment(1);
          continue;
        }
        if (items.length !== 1) bar.setTotal((total += items.length - 1));
        for (const item of items) {
          // Not analysed ahead: a mail imported before is recognised first and never parsed again.
          batch.push({ raw: item.raw, source: { kind: 'file', path: item.path } });
          if (batch.length >= BATCH_SIZE) await flush();
        }
      }
      await flush();
      bar.stop();
      process.stderr.write(
        `imported ${summary.messages} messages from ${summary.files} files: ${summary.stored} new, ${summary.duplicates} duplicates, ` +
          `${summary.unparseable} unparseable (stored and flagged), ${summary.unreadable} unreadable files, ${summary.drafts} drafts\n`,
      );
      if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
      return summary.unreadable > 0 ? 1 : 0;
    });
  },
};
