import { createHash } from 'node:crypto';

/**
 * Which copies of a mail are "the same message". The raw bytes alone are not
 * enough: the copy fetched over IMAP has CRLF line ends where the imported .eml
 * had LF, and a copy that travelled another route carries other Received lines.
 * A Message-ID alone is not enough either: test suites and broken mailers reuse
 * one Message-ID for different mails (mime-wild has eight files sharing one).
 *
 * So the identity is a hash over the identifying headers (Message-ID, Date,
 * addresses, subject, MIME structure) and the body, with line ends and trailing
 * blanks normalised. Transport headers (Received, Delivered-To, Return-Path,
 * X-*, …) do not count. Input that is not a mail (empty, Outlook .msg) is
 * identified by its bytes.
 */
const IDENTITY_HEADERS = new Set([
  'message-id',
  'date',
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'in-reply-to',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

const HEADER_LINE = /^[!-9;-~]+:/;

export interface MessageKeys {
  /** Identity used to deduplicate within a shop. */
  dedupKey: string;
  /** SHA-256 of the exact bytes, for integrity checks. */
  rawSha256: string;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

export function computeMessageKeys(raw: Uint8Array): MessageKeys {
  const rawSha256 = sha256(raw);
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const canonical = canonicalForm(text);
  return { rawSha256, dedupKey: canonical === null ? `raw:${rawSha256}` : sha256(canonical) };
}

/** Null when the input has no RFC 5322 header block (it is then identified by its bytes). */
function canonicalForm(text: string): string | null {
  let t = text.replace(/\r\n?/g, '\n');
  if (t.startsWith('From ')) t = t.slice(t.indexOf('\n') + 1 || t.length);
  const end = t.indexOf('\n\n');
  const head = end < 0 ? t : t.slice(0, end);
  const body = end < 0 ? '' : t.slice(end + 2);
  const lines = head.split('\n');
  if (!lines[0] || !HEADER_LINE.test(lines[0])) return null;

  const fields: string[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current === null) return;
    const colon = current.indexOf(':');
    const name = current.slice(0, colon).trim().toLowerCase();
    if (IDENTITY_HEADERS.has(name)) fields.push(`${name}:${current.slice(colon + 1).replace(/\s+/g, ' ').trim()}`);
    current = null;
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line) && current !== null) current += ' ' + line;
    else {
      flush();
      current = HEADER_LINE.test(line) ? line : null;
    }
  }
  flush();
  fields.sort();
  const normalisedBody = body
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
  return `${fields.join('\n')}\n\n${normalisedBody}`;
}
