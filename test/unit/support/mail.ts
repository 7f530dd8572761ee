import { mailInputSchema, type MailInput } from '../../../src/policies/mail-input.schemas.ts';

/** A parsed mail for pure-core tests: `from` as "Name <addr>" or "addr", the rest as in MailInput. */
export function mail(fields: {
  from: string;
  to?: string;
  replyTo?: string;
  subject?: string;
  text: string;
  date?: string;
  headers?: Record<string, string>;
  embeddedText?: string;
  linkHosts?: string[];
}): MailInput {
  const addr = (s: string) => {
    const m = /^(.*?)\s*<([^>]+)>$/.exec(s.trim());
    return m ? { name: m[1]!.replace(/^"|"$/g, ''), address: m[2]! } : { name: '', address: s.trim() };
  };
  return mailInputSchema.parse({
    from: addr(fields.from),
    to: [addr(fields.to ?? 'sav@shop.example')],
    replyTo: fields.replyTo ? [addr(fields.replyTo)] : [],
    subject: fields.subject ?? '',
    date: fields.date ?? '2026-03-10T09:00:00.000Z',
    messageId: '<test@example>',
    headers: Object.fromEntries(Object.entries(fields.headers ?? {}).map(([k, v]) => [k.toLowerCase(), [v]])),
    text: fields.text,
    embeddedText: fields.embeddedText ?? '',
    linkHosts: fields.linkHosts ?? [],
  });
}
