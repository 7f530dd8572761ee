import type { ImapFlow } from 'imapflow';

/** The configured Sent folder, else the one the server marks \Sent, else "Sent". */
export async function resolveSentFolder(client: ImapFlow, configured: string | null): Promise<string> {
  if (configured) return configured;
  const list = await client.list();
  return list.find((f) => f.specialUse === '\\Sent')?.path ?? 'Sent';
}

/** A copy of what was sent, marked read, so the merchant's mail client shows it with the thread. */
export async function appendSentCopy(client: ImapFlow, folder: string, raw: Buffer, date: Date): Promise<void> {
  const r = await client.append(folder, raw, ['\\Seen'], date);
  if (r === false) throw new Error(`the server refused to append to ${folder}`);
}

/**
 * Whether a message with this Message-ID is in the Sent folder: it is there
 * when our copy was appended, or when the provider files sent mail itself.
 */
export async function sentFolderHas(client: ImapFlow, folder: string, messageId: string): Promise<boolean> {
  const lock = await client.getMailboxLock(folder, { readOnly: true, description: 'claimdesk sent check' });
  try {
    const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    return Array.isArray(found) && found.length > 0;
  } finally {
    lock.release();
  }
}
