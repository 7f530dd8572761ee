import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SmtpSettings } from '../config.ts';

export interface OutgoingReply {
  from: { name: string; address: string };
  to: string;
  subject: string;
  body: string;
  /** Generated when the draft was created and stored: every attempt sends this same id. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: Date;
}

/** The reply as RFC 5322 bytes: the same bytes go to SMTP and to the Sent folder. */
export async function composeReply(r: OutgoingReply): Promise<Buffer> {
  const composer = new MailComposer({
    from: r.from,
    to: r.to,
    subject: r.subject,
    text: r.body,
    messageId: r.messageId,
    date: r.date,
    ...(r.inReplyTo ? { inReplyTo: r.inReplyTo } : {}),
    ...(r.references.length ? { references: r.references } : {}),
  });
  return composer.compile().build();
}

export type SmtpTransport = ReturnType<typeof nodemailer.createTransport>;

/** Builds (does not connect) a transport; one connection per delivery, no pool, so a failure stays with its draft. */
export function createSmtpTransport(s: SmtpSettings): SmtpTransport {
  return nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    ...(s.user ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
    tls: { rejectUnauthorized: s.rejectUnauthorized },
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/** Hands the bytes to the server; resolves with its answer ("250 2.0.0 Ok: queued as …"). */
export async function deliverRaw(transport: SmtpTransport, envelope: { from: string; to: string }, raw: Buffer): Promise<string> {
  const info = await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw });
  return String(info.response ?? '');
}

export function smtpKey(s: SmtpSettings): string {
  return `${s.host}:${s.port}:${s.user ?? ''}`;
}
