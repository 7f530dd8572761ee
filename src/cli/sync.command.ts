import type { Command } from './command.ts';
import { parseCommandArgs } from './collect-inputs.ts';
import { runWithAppContext } from '../mail/app-context.ts';
import { syncMailboxOnce, watchFolder } from '../mail/imap-watch.ts';
import type { FolderSyncResult } from '../mail/imap-folder-sync.ts';

const usage = `usage: claimdesk sync [--once] [--json]

Fetches mail from the configured IMAP mailboxes into the database: each new
message is stored byte for byte, triaged, attached to its case and drafted.
Nothing on the server changes (no \\Seen flag, no move) unless the mailbox is
configured to. Without --once, keeps watching with IDLE (new mail arrives
within a second), reconnects with backoff and backfills after every reconnect,
until interrupted (Ctrl-C).

options:
  --once      fetch everything new from every mailbox, then exit
  --json      with --once: print the results as one JSON object on standard output
  -h, --help  show this help

The mailbox comes from the config file (CLAIMDESK_CONFIG) or CLAIMDESK_IMAP_URL
(imap://user:pass@host:port/INBOX); the database from DATABASE_URL.
`;

export const syncCommand: Command = {
  name: 'sync',
  summary: 'fetch new mail from the configured IMAP mailbox',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { once: { type: 'boolean' }, json: { type: 'boolean' } });
    return runWithAppContext('sync', async (ctx) => {
      const log = ctx.log.child({ module: 'mail.sync' });
      if (ctx.config.mailboxes.length === 0) {
        process.stderr.write('claimdesk sync: no mailbox configured: set CLAIMDESK_IMAP_URL=imap://user:pass@host:port/INBOX or add "mailboxes" to the config file\n');
        return 78;
      }
      const refsOf = (m: (typeof ctx.config.mailboxes)[number]) => m.folders.map((folder) => ({ mailbox: m, mailboxId: ctx.mailboxId(m), folder }));

      if (values.once) {
        const results: { mailbox: string; folders: FolderSyncResult[]; error?: string }[] = [];
        for (const m of ctx.config.mailboxes) {
          const name = `${m.shop}/${m.id}`;
          try {
            results.push({ mailbox: name, folders: await syncMailboxOnce(ctx.ingest, refsOf(m), ctx.config.ingest, log) });
          } catch (err) {
            const message = (err as Error & { responseText?: string }).responseText ?? (err as Error).message;
            results.push({ mailbox: name, folders: [], error: message });
            process.stderr.write(`claimdesk sync: ${name}: ${message}\n`);
          }
        }
        const total = (k: 'fetched' | 'stored' | 'duplicates' | 'unparseable') => results.reduce((n, r) => n + r.folders.reduce((m, f) => m + f[k], 0), 0);
        const summary = { fetched: total('fetched'), stored: total('stored'), duplicates: total('duplicates'), unparseable: total('unparseable'), mailboxes: results };
        process.stderr.write(`fetched ${summary.fetched}: ${summary.stored} new, ${summary.duplicates} duplicates, ${summary.unparseable} unparseable\n`);
        if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
        return results.some((r) => r.error) ? 1 : 0;
      }

      const ac = new AbortController();
      const stop = () => ac.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stderr.write(`watching ${ctx.config.mailboxes.length} mailbox(es); Ctrl-C to stop\n`);
      try {
        await Promise.all(
          ctx.config.mailboxes.flatMap(refsOf).map((ref) =>
            watchFolder({
              deps: ctx.ingest,
              ref,
              settings: ctx.config.ingest,
              log,
              signal: ac.signal,
              onEvent: (e) => {
                if (e.type === 'synced' && e.result.fetched > 0) {
                  log.info({ mailbox: `${ref.mailbox.shop}/${ref.mailbox.id}`, folder: ref.folder, stored: e.result.stored, duplicates: e.result.duplicates }, 'new mail');
                }
              },
            }),
          ),
        );
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      return 0;
    });
  },
};
