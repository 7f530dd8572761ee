import { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { ImapSettings } from '../config.ts';

export interface ImapClientOptions {
  /** Inactivity before imapflow starts IDLE; low so new mail is pushed at once. */
  autoIdleDelayMs: number;
  log: Logger;
}

/** Builds (does not connect) an IMAP client. imapflow's own chatter is kept to warnings. */
export function createImapClient(imap: ImapSettings, { autoIdleDelayMs, log }: ImapClientOptions): ImapFlow {
  const imapLog = log.child({ component: 'imapflow' });
  // imapflow logs every command at info: keep it to warnings unless debugging (and silent stays silent).
  imapLog.level = log.levelVal <= 20 ? 'debug' : log.levelVal > 40 ? log.level : 'warn';
  return new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: { user: imap.user, pass: imap.pass ?? '' },
    tls: { rejectUnauthorized: imap.rejectUnauthorized },
    logger: imapLog,
    autoIdleDelay: autoIdleDelayMs,
    // Restart IDLE now and then so a silently dead connection is noticed.
    maxIdleTime: 5 * 60_000,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    clientInfo: { name: 'claimdesk' },
  });
}

/** Resolves when the connection is gone, whoever closed it. */
export function whenClosed(client: ImapFlow): Promise<void> {
  if (client.isClosed) return Promise.resolve();
  return new Promise((resolve) => client.once('close', () => resolve()));
}

/** Logs out politely; a connection that is already broken is just closed. */
export async function disconnect(client: ImapFlow, log: Logger): Promise<void> {
  if (client.isClosed) return;
  try {
    await client.logout();
  } catch (err) {
    log.debug({ err: (err as Error).message }, 'logout failed; closing the socket');
    client.close();
  }
}
