import { z } from 'zod';

/**
 * The triage record: what the offline classifier decides about one mail.
 * Field names follow the labelled-corpus schema and the command-line contract
 * (`../shared/corpus/SCHEMA.md`, `../shared/eval/CONTRACT.md`), so the record
 * is written out as it is.
 */
export const senderRoles = ['platform', 'buyer', 'carrier', 'other'] as const;
export const marketplaceIds = ['rakuten_fr', 'yoho_hk'] as const;
export const categories = [
  'non_recu',
  'damaged',
  'not_as_described',
  'counterfeit',
  'withdrawal',
  'late_shipment',
  'warranty',
  'general',
] as const;
export const languages = ['fr', 'en', 'zh-Hant', 'zh-Hans'] as const;
export const platformRequests = [
  'provide_tracking',
  'provide_documents',
  'contact_buyer',
  'remove_listings',
  'decide_refund',
  'info_only',
] as const;

export type SenderRole = (typeof senderRoles)[number];
export type MarketplaceId = (typeof marketplaceIds)[number];
export type Category = (typeof categories)[number];
export type Language = (typeof languages)[number];
export type PlatformRequest = (typeof platformRequests)[number];

/** Why a field got its value: a phrase, a header or a rule, so a merchant can see the reason. */
export const evidenceSchema = z.object({
  field: z.string(),
  reason: z.string(),
  /** Where the deciding text was found. */
  source: z.enum(['header', 'subject', 'body', 'relay', 'quote', 'rule']),
  text: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Status of the tracking as the mail describes it (drives RAK-NONRECU's three variants). */
export const trackingStates = ['recent_update', 'stalled', 'missing', 'delivered', 'returned', 'lost', 'held'] as const;

/**
 * Facts read from the mail that handlers need to fill drafts and compute
 * deadlines. Every field is optional: absent means "the mail does not say".
 */
export const triageFactsSchema = z.object({
  /** Carrier named in the mail (La Poste, Colissimo, SF Express, 4PX, …). */
  carrier: z.string().nullable().default(null),
  /** Whether the goods had left the merchant, as far as the mail tells. */
  shipped: z.boolean().nullable().default(null),
  trackingState: z.enum(trackingStates).nullable().default(null),
  /** ISO date of delivery when the mail gives one. */
  deliveredOn: z.string().nullable().default(null),
  /** Order or article value when stated. */
  amount: z
    .object({ value: z.number(), currency: z.enum(['EUR', 'HKD', 'CNY', 'USD']) })
    .nullable()
    .default(null),
  productName: z.string().nullable().default(null),
  /** Buyer's display name or pseudonym when stated (for the salutation). */
  buyerName: z.string().nullable().default(null),
  /** Address that replies to this mail must go to (relay address or Reply-To), null = the From address. */
  replyAddress: z.string().nullable().default(null),
  /** The mail cannot take a reply (no-reply sender, web form, relay that refuses direct mail). */
  replyBlocked: z.boolean().default(false),
  /** RFC 3834: auto-submitted, bulk, list or bounce mail, never to be answered automatically. */
  automated: z.boolean().default(false),
  /** The mail pretends to come from a marketplace or carrier but does not (look-alike domain, failed SPF/DMARC). */
  spoofed: z.boolean().default(false),
  /** The mail is a bilingual notice whose English text prevails (YOHO-ENGLISH-PREVAILS). */
  bilingual: z.boolean().default(false),
  /** Subject and new text, without quoted history, for the merchant's summary. */
  summary: z.string().default(''),
});
export type TriageFacts = z.infer<typeof triageFactsSchema>;

export const triageSchema = z.object({
  sender: z.enum(senderRoles),
  marketplace: z.enum(marketplaceIds).nullable(),
  category: z.enum(categories),
  language: z.enum(languages),
  order_id: z.string().nullable(),
  tracking_number: z.string().nullable(),
  platform_request: z.enum(platformRequests).nullable(),
  deadline_hours: z.number().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  facts: triageFactsSchema,
});
export type Triage = z.infer<typeof triageSchema>;
