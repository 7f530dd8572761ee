import { z } from 'zod';

/**
 * A parsed mail as the pure core sees it. The mail adapter (`src/mail`) builds it
 * from raw bytes; the core never parses MIME itself.
 */
export const addressSchema = z.object({
  address: z.string(),
  name: z.string().default(''),
});
export type Address = z.infer<typeof addressSchema>;

export const attachmentMetaSchema = z.object({
  filename: z.string().nullable(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
});

export const mailInputSchema = z.object({
  from: addressSchema.nullable(),
  replyTo: z.array(addressSchema).default([]),
  to: z.array(addressSchema).default([]),
  cc: z.array(addressSchema).default([]),
  subject: z.string().default(''),
  /** ISO 8601 from the Date header; null when absent or unreadable. */
  date: z.string().nullable(),
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable().default(null),
  references: z.array(z.string()).default([]),
  /** Lower-cased header name → every value, unfolded (encoded words left as sent). */
  headers: z.record(z.string(), z.array(z.string())).default({}),
  /** Plain text body; derived from the HTML when the mail has only HTML. */
  text: z.string().default(''),
  /** True when `text` was derived from HTML (quoted history then shows as `>` lines). */
  textFromHtml: z.boolean().default(false),
  attachments: z.array(attachmentMetaSchema).default([]),
  /** Host names the mail links to (HTML href targets and bare URLs), lower-cased. */
  linkHosts: z.array(z.string()).default([]),
  /**
   * Headers and text of messages carried inside this one (forwards as
   * attachment, the returned message of a bounce), for references only.
   */
  embeddedText: z.string().default(''),
});
export type MailInput = z.infer<typeof mailInputSchema>;

export function headerValue(mail: MailInput, name: string): string | undefined {
  return mail.headers[name.toLowerCase()]?.[0];
}
