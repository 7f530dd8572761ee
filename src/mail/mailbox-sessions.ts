import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { MailboxConfig, SmtpSettings } from '../config.ts';
import { createImapClient, disconnect } from './imap-client.ts';
import { resolveSentFolder } from './sent-folder.ts';
import { createSmtpTransport, smtpKey, type SmtpTransport } from './smtp.ts';

/**
 * IMAP connections (for the Sent folder) and SMTP transports opened lazily
 * during one send run and closed at its end.
 */
export class MailboxSessions {
  readonly #imap = new Map<string, Promise<{ client: ImapFlow; sentFolder: string }>>();
  readonly #smtp = new Map<string, SmtpTransport>();
  readonly #log: Logger;
  readonly #autoIdleDelayMs: number;

  constructor(log: Logger, autoIdleDelayMs: number) {
    this.#log = log;
    this.#autoIdleDelayMs = autoIdleDelayMs;
  }

  /** An authenticated IMAP client for the mailbox and the path of its Sent folder. */
  imap(mailbox: MailboxConfig): Promise<{ client: ImapFlow; sentFolder: string }> {
    const key = `${mailbox.shop}/${mailbox.id}`;
    let session = this.#imap.get(key);
    if (!session) {
      session = (async () => {
        const client = createImapClient(mailbox.imap, { autoIdleDelayMs: this.#autoIdleDelayMs, log: this.#log });
        client.on('error', (err: Error) => this.#log.warn({ mailbox: key, err: err.message }, 'IMAP connection error'));
        await client.connect();
        return { client, sentFolder: await resolveSentFolder(client, mailbox.sentFolder) };
      })();
      // A failed connection is not cached: the next draft tries again.
      session.catch(() => this.#imap.delete(key));
      this.#imap.set(key, session);
    }
    return session;
  }

  smtp(settings: SmtpSettings): SmtpTransport {
    const key = smtpKey(settings);
    let t = this.#smtp.get(key);
    if (!t) {
      t = createSmtpTransport(settings);
      this.#smtp.set(key, t);
    }
    return t;
  }

  async close(): Promise<void> {
    for (const t of this.#smtp.values()) t.close();
    this.#smtp.clear();
    for (const s of this.#imap.values()) {
      const session = await s.catch(() => null);
      if (session) await disconnect(session.client, this.#log);
    }
    this.#imap.clear();
  }
}
