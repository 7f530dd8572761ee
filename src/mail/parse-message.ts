import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';
import { mailInputSchema, type MailInput } from '../policies/mail-input.schemas.ts';
import { htmlToText } from './html-to-text.ts';
import { linkHosts } from './link-hosts.ts';
import { installHkscsDecoder } from './big5-hkscs.ts';

export type ParseResult =
  | { ok: true; mail: MailInput; warnings: string[] }
  | { ok: false; code: 'MAIL.EMPTY' | 'MAIL.NOT_RFC822' | 'MAIL.PARSE_FAILED'; reason: string };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(raw: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => raw[i] === b);
}

/** Some archives start each message with an mbox `From ` separator line; it is not a header. */
function stripMboxFromLine(raw: Uint8Array): Uint8Array {
  if (raw[0] !== 0x46 || raw[1] !== 0x72 || raw[2] !== 0x6f || raw[3] !== 0x6d || raw[4] !== 0x20) return raw;
  const nl = raw.indexOf(0x0a);
  return nl < 0 ? raw : raw.subarray(nl + 1);
}

function toIsoDate(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function splitIds(value: string | undefined): string[] {
  return value ? (value.match(/<[^<>\s]+>/g) ?? []) : [];
}

function toAddresses(list: Email['to']): { address: string; name: string }[] {
  const out: { address: string; name: string }[] = [];
  for (const a of list ?? []) {
    if ('group' in a && Array.isArray(a.group)) {
      for (const g of a.group) out.push({ address: g.address ?? '', name: g.name ?? '' });
    } else if ('address' in a) {
      out.push({ address: a.address ?? '', name: a.name ?? '' });
    }
  }
  return out;
}

const EMBEDDED_LIMIT = 32 * 1024;

/** Subject, addresses and text of messages attached to this one (one level deep). */
async function embeddedText(email: Email): Promise<string> {
  const parts: string[] = [];
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (type !== 'message/rfc822' && type !== 'text/rfc822-headers' && type !== 'message/global') continue;
    const bytes = typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content);
    if (type === 'text/rfc822-headers') {
      parts.push(new TextDecoder().decode(bytes.subarray(0, EMBEDDED_LIMIT)));
      continue;
    }
    try {
      const inner = await PostalMime.parse(bytes.subarray(0, 4 * EMBEDDED_LIMIT), { maxRfc822NestingDepth: 0 });
      const to = (inner.to ?? []).map((t) => ('address' in t ? t.address : '')).join(', ');
      const text = inner.text ?? (inner.html ? htmlToText(inner.html) : '');
      parts.push(`From: ${inner.from && 'address' in inner.from ? inner.from.address : ''}\nTo: ${to}\nSubject: ${inner.subject ?? ''}\n\n${text}`);
    } catch (err) {
      // An unreadable embedded message only costs us its references; the outer mail stands.
      parts.push(`[embedded message unreadable: ${(err as Error).message}]`);
    }
  }
  return parts.join('\n\n').slice(0, EMBEDDED_LIMIT);
}

/**
 * Raw RFC 5322 bytes → the core's `MailInput`. Never throws: input that cannot be
 * read as a mail comes back as `{ ok: false }` with a reason, for the caller to
 * keep raw and flag.
 */
export async function parseMessage(raw: Uint8Array): Promise<ParseResult> {
  installHkscsDecoder();
  if (raw.length === 0 || /^\s*$/.test(Buffer.from(raw.subarray(0, 4096)).toString('latin1')) && raw.length <= 4096) {
    return { ok: false, code: 'MAIL.EMPTY', reason: 'empty message: the file has no headers and no body' };
  }
  if (isCompoundFile(raw)) {
    return {
      ok: false,
      code: 'MAIL.NOT_RFC822',
      reason: 'Outlook .msg (binary compound file) is not an RFC 5322 message; save it as .eml to triage it',
    };
  }
  let email: Email;
  try {
    email = await PostalMime.parse(stripMboxFromLine(raw), { attachmentEncoding: 'arraybuffer' });
  } catch (err) {
    return { ok: false, code: 'MAIL.PARSE_FAILED', reason: `MIME parser failed: ${(err as Error).message}` };
  }
  const warnings: string[] = [];
  const headers: Record<string, string[]> = {};
  for (const h of email.headers) {
    (headers[h.key] ??= []).push(h.value);
  }
  if (email.headers.length === 0) warnings.push('no header block found');

  let text = email.text ?? '';
  let textFromHtml = false;
  if (!text.trim() && email.html) {
    text = htmlToText(email.html);
    textFromHtml = true;
  }
  const mail = mailInputSchema.parse({
    from: email.from && 'address' in email.from ? { address: email.from.address ?? '', name: email.from.name ?? '' } : null,
    replyTo: toAddresses(email.replyTo),
    to: toAddresses(email.to),
    cc: toAddresses(email.cc),
    subject: email.subject ?? '',
    date: toIsoDate(email.date ?? headers['date']?.[0]),
    messageId: email.messageId ?? null,
    inReplyTo: splitIds(email.inReplyTo)[0] ?? null,
    references: splitIds(email.references),
    headers,
    text: text.replace(/\r\n?/g, '\n'),
    textFromHtml,
    linkHosts: linkHosts(email.html, text),
    embeddedText: await embeddedText(email),
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? null,
      mimeType: a.mimeType,
      size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    })),
  });
  return { ok: true, mail, warnings };
}
