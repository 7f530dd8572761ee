import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.ts';
import type { IngestDeps } from './ingest-message.ts';
import { createImapClient, disconnect, whenClosed } from './imap-client.ts';
import { syncFolder, type FolderRef, type FolderSyncHooks, type FolderSyncResult } from './imap-folder-sync.ts';
import { backoffDelay } from './retry-policy.ts';

export type WatchEvent =
  | { type: 'connected' }
  | { type: 'synced'; result: FolderSyncResult }
  | { type: 'disconnected'; error: string | null }
  | { type: 'reconnecting'; attempt: number; delayMs: number };

export interface WatchOptions extends FolderSyncHooks {
  deps: IngestDeps;
  ref: FolderRef;
  settings: AppConfig['ingest'];
  log: Logger;
  signal: AbortSignal;
  onEvent?: (e: WatchEvent) => void;
}

/**
 * Keeps one folder in sync until `signal` aborts: connect, backfill from the
 * checkpoint, then wait in IDLE and fetch whenever the server announces new
 * mail. A lost connection is retried with backoff, and every reconnect starts
 * with a backfill, so mail that arrived meanwhile is not missed. One connection
 * per folder: IDLE watches the selected folder only.
 */
export async function watchFolder(opts: WatchOptions): Promise<void> {
  const { ref, settings, signal } = opts;
  const log = opts.log.child({ mailbox: `${ref.mailbox.shop}/${ref.mailbox.id}`, folder: ref.folder });
  let attempt = 0;
  while (!signal.aborted) {
    const client = createImapClient(ref.mailbox.imap, { autoIdleDelayMs: settings.autoIdleDelayMs, log });
    let lastError: string | null = null;
    client.on('error', (err: Error) => {
      lastError = err.message;
      log.warn({ err: err.message }, 'IMAP connection error');
    });

    let running: Promise<void> | null = null;
    let again = false;
    const schedule = (): Promise<void> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          const result = await syncFolder(client, opts.deps, ref, log, opts);
          opts.onEvent?.({ type: 'synced', result });
        } while (again && !client.isClosed && !signal.aborted);
      })()
        .catch((err: Error) => {
          if (signal.aborted) {
            log.debug({ err: err.message }, 'sync interrupted by stop');
            return;
          }
          // The connection is in an unknown state: drop it; the loop reconnects and backfills.
          lastError = err.message;
          log.warn({ err: err.message }, 'sync failed; reconnecting');
          client.close();
        })
        .finally(() => {
          running = null;
        });
      return running;
    };
    client.on('exists', (e: { path: string }) => {
      if (e.path === ref.folder) void schedule();
    });
    client.on('mailboxOpen', () => {
      // A re-SELECT that reveals a new UIDVALIDITY: the next sync notices and resyncs.
      if (running === null && client.usable) void schedule();
    });

    const onAbort = () => client.close();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await client.connect();
      attempt = 0;
      opts.onEvent?.({ type: 'connected' });
      await schedule();
      await whenClosed(client);
    } catch (err) {
      lastError = (err as Error).message;
      log.warn({ err: lastError }, 'IMAP connection failed');
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (running) await running;
      await disconnect(client, log);
    }
    opts.onEvent?.({ type: 'disconnected', error: lastError });
    if (signal.aborted) break;
    attempt++;
    const delayMs = backoffDelay(attempt, { baseMs: settings.reconnectBaseMs, maxMs: settings.reconnectMaxMs });
    opts.onEvent?.({ type: 'reconnecting', attempt, delayMs });
    log.info({ attempt, delayMs }, 'reconnecting after backoff');
    try {
      await sleep(delayMs, undefined, { signal });
    } catch (err) {
      if ((err as Error).name !== 'AbortError') throw err;
    }
  }
}

/** One pass over every folder of a mailbox, then log out (`claimdesk sync --once`). */
export async function syncMailboxOnce(
  deps: IngestDeps,
  refs: FolderRef[],
  settings: AppConfig['ingest'],
  log: Logger,
  hooks: FolderSyncHooks = {},
): Promise<FolderSyncResult[]> {
  const first = refs[0];
  if (!first) return [];
  const client = createImapClient(first.mailbox.imap, { autoIdleDelayMs: settings.autoIdleDelayMs, log });
  client.on('error', (err: Error) => log.warn({ err: err.message }, 'IMAP connection error'));
  await client.connect();
  try {
    const results: FolderSyncResult[] = [];
    for (const ref of refs) results.push(await syncFolder(client, deps, ref, log.child({ mailbox: `${ref.mailbox.shop}/${ref.mailbox.id}`, folder: ref.folder }), hooks));
    return results;
  } finally {
    await disconnect(client, log);
  }
}
