import { z } from 'zod';
import { languages, marketplaceIds } from './triage.schemas.ts';

/**
 * A shop's settings as the policy handlers need them. One deployment may serve
 * several shops (an agency, a marketplace's own triage team): each gets a
 * profile. Every field has a default that works out of the box, so a config
 * file only states what differs. Error messages name the fix, because the
 * merchant reads them at boot.
 */

/** Where parcels leave from: decides RAK-REGISTERED's threshold and RAK-CN-NOTICE. */
export const shipFromRegions = ['eu', 'outside_eu', 'china'] as const;
export type ShipFromRegion = (typeof shipFromRegions)[number];

/** Shipping modes as Rakuten names them: `suivi` (tracked), `recommande` (registered), `normal` (untracked). */
export const shippingModes = ['suivi', 'recommande', 'normal'] as const;
export type ShippingMode = (typeof shippingModes)[number];

/** Proactive notices the merchant may switch to automatic sending (ALL-APPROVAL). */
export const noticeKinds = ['shipping', 'delay', 'logistics'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

const languageEnum = z.enum(languages, { error: `one of ${languages.join(', ')}` });

/** Free-mail providers: an address there is somebody's own mailbox, not a shop's service contact. */
const personalMailDomains = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'yahoo.com.hk', 'hotmail.com', 'hotmail.fr', 'outlook.com',
  'outlook.fr', 'live.com', 'live.fr', 'icloud.com', 'me.com', 'qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'gmx.fr', 'gmx.com', 'netvigator.com', 'protonmail.com',
]);

const serviceEmail = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[^\s@<>()"',;]+@[a-z0-9.-]+\.[a-z]{2,}$/, 'not an e-mail address; fix: give the shop\'s service mailbox, e.g. "service@yourshop.com"')
  .refine((a) => !personalMailDomains.has(a.slice(a.indexOf('@') + 1)), {
    message:
      'looks like a personal mailbox (free-mail provider); fix: use a service address on the shop\'s own domain, buyers must never see a personal contact (YOHO-MERCHANT-CS)',
  });

const servicePhone = z
  .string()
  .trim()
  .regex(/^\+\d[\d ]{6,18}\d$/, 'fix: write the shop\'s service line in international form, e.g. "+852 2345 6789"');

export const serviceContactSchema = z.object({
  /** Service mailbox shown to buyers; null: drafts show no address (replies stay in the marketplace thread). */
  email: serviceEmail.nullable().default(null),
  /** Service phone line shown to buyers (never a personal mobile). */
  phone: servicePhone.nullable().default(null),
  /** Shop web site, the only link a draft may carry besides the marketplaces'. */
  website: z
    .string()
    .trim()
    .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i, 'fix: an https:// address such as "https://yourshop.com"')
    .nullable()
    .default(null),
});
export type ServiceContact = z.infer<typeof serviceContactSchema>;

const perLanguageText = z
  .object({ fr: z.string(), en: z.string(), 'zh-Hant': z.string(), 'zh-Hans': z.string() })
  .partial()
  .default({});

const dayToShip = (max: number, rule: string) =>
  z
    .number({ error: 'fix: a whole number of days, e.g. 2' })
    .int('fix: a whole number of days, e.g. 2')
    .min(1, 'fix: at least 1 day')
    .max(max, `fix: at most ${max} days (${rule})`);

export const shopProfileSchema = z
  .object({
    /** Stable identifier: every mailbox, message, case and draft belongs to one shop. */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" or "_" (e.g. "hexiang")'),
    name: z.string().trim().min(1, 'fix: the shop name buyers see, e.g. "HexiangStore"'),
    /** Shop name per language when it differs (e.g. "潮匯貿易 Tidewell Trading" in Chinese). */
    displayName: perLanguageText,
    /** Signature closing every draft, per language; default "L’équipe {name}", "The {name} team", … */
    signature: perLanguageText,
    marketplaces: z
      .array(z.enum(marketplaceIds, { error: `fix: one of ${marketplaceIds.join(', ')}` }))
      .min(1, 'fix: list at least one marketplace, e.g. ["rakuten_fr"]')
      .default(['rakuten_fr', 'yoho_hk']),
    /** Where parcels ship from; a case's own tracking number overrides it when it tells. */
    shipFrom: z.enum(shipFromRegions, { error: `fix: one of ${shipFromRegions.join(', ')}` }).default('china'),
    shippingModes: z
      .array(z.enum(shippingModes, { error: `fix: one of ${shippingModes.join(', ')}` }))
      .min(1, 'fix: list the modes used, e.g. ["suivi", "recommande"]')
      .default(['suivi', 'recommande']),
    /** Handling time promised per marketplace, in days. */
    dayToShip: z
      .object({ rakuten_fr: dayToShip(2, 'RAK-SHIP-48H: confirm and ship within 48 h'), yoho_hk: dayToShip(30, 'YOHO-DAY-TO-SHIP') })
      .partial()
      .default({}),
    /** Rakuten onboarding answer: who pays the return of a rétractation (RAK-WITHDRAW-SHIPPED). */
    returnShippingPaidBy: z.enum(['buyer', 'seller'], { error: 'fix: "buyer" or "seller", as answered in the Rakuten onboarding questionnaire' }).default('buyer'),
    /** Rakuten MQS grade; null when unknown (RAK-COMMISSION). */
    mqsGrade: z.enum(['A', 'B', 'C', 'D'], { error: 'fix: one of A, B, C, D, or null' }).nullable().default(null),
    serviceContact: serviceContactSchema.default({ email: null, phone: null, website: null }),
    /** Language of summaries and actions shown to the merchant. */
    merchantLanguage: languageEnum.default('en'),
    /** Buyer language when the mail does not tell (a platform notice, a carrier mail). */
    buyerLanguage: z
      .object({ rakuten_fr: languageEnum, yoho_hk: languageEnum })
      .partial()
      .default({}),
    /** Notices sent without approval; none by default (ALL-APPROVAL). */
    autoNotices: z
      .object({ shipping: z.boolean(), delay: z.boolean(), logistics: z.boolean() })
      .partial()
      .default({}),
    /** Fixed warning lead before every deadline, in hours; null: a quarter of the time given, 2 to 24 h. */
    deadlineWarningHours: z.number().positive('fix: a number of hours above 0, or null').max(168, 'fix: at most 168 h').nullable().default(null),
  })
  .superRefine((p, ctx) => {
    if (p.marketplaces.includes('rakuten_fr') && p.shippingModes.includes('normal')) {
      ctx.addIssue({
        code: 'custom',
        path: ['shippingModes'],
        message: 'Rakuten France forbids "normal" (untracked) shipping (RAK-TRACKED); fix: remove "normal" and ship "suivi" or "recommande"',
      });
    }
  });

/** The profile as written in a config file (defaults not yet applied). */
export type ShopProfileInput = z.input<typeof shopProfileSchema>;
export type ShopProfile = z.infer<typeof shopProfileSchema>;

export const defaultShopProfile: ShopProfile = shopProfileSchema.parse({ id: 'default', name: 'My Shop' });

/** One problem in a shop profile: the dotted field path and what to write instead. */
export interface ProfileError {
  field: string;
  message: string;
}

export type ProfileResult = { ok: true; profile: ShopProfile } | { ok: false; errors: ProfileError[] };

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map((p) => String(p))].filter(Boolean).join('.');
}

/**
 * Validates a shop profile from a config file. Expected failures come back as
 * values naming each field and its fix (`shop.dayToShip.rakuten_fr: fix: at most 2 days …`).
 */
export function parseShopProfile(raw: unknown, prefix = 'shop'): ProfileResult {
  const r = shopProfileSchema.safeParse(raw);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ field: fieldPath(prefix, i.path), message: i.message })) };
}

/** Several shops in one deployment: ids must be unique. */
export function parseShopProfiles(raw: unknown): { ok: true; profiles: ShopProfile[] } | { ok: false; errors: ProfileError[] } {
  if (!Array.isArray(raw)) return { ok: false, errors: [{ field: 'shops', message: 'fix: a list of shop profiles' }] };
  const errors: ProfileError[] = [];
  const profiles: ShopProfile[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const r = parseShopProfile(item, `shops.${i}`);
    if (!r.ok) {
      errors.push(...r.errors);
      return;
    }
    if (seen.has(r.profile.id)) errors.push({ field: `shops.${i}.id`, message: `"${r.profile.id}" is used twice; fix: give each shop its own id` });
    seen.add(r.profile.id);
    profiles.push(r.profile);
  });
  return errors.length ? { ok: false, errors } : { ok: true, profiles };
}

/** A message per error, one per line, for a boot failure. */
export function formatProfileErrors(errors: readonly ProfileError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('\n');
}

type Lang = (typeof languages)[number];

/** The shop's name as shown in a text of this language. */
export function shopDisplayName(shop: ShopProfile, language: Lang): string {
  return shop.displayName[language]?.trim() || shop.name;
}

/** The closing line of a draft in this language. */
export function shopSignature(shop: ShopProfile, language: Lang): string {
  const own = shop.signature[language]?.trim();
  if (own) return own;
  const name = shopDisplayName(shop, language);
  switch (language) {
    case 'fr':
      return `L’équipe ${name}`;
    case 'en':
      return `The ${name} team`;
    case 'zh-Hans':
      return `${name} 客服团队`;
    case 'zh-Hant':
      return `${name} 客戶服務團隊`;
  }
}

/** Buyer language to use when the mail does not tell. */
export function defaultBuyerLanguage(shop: ShopProfile, marketplace: (typeof marketplaceIds)[number] | null): Lang {
  if (marketplace === 'yoho_hk') return shop.buyerLanguage.yoho_hk ?? 'zh-Hant';
  return shop.buyerLanguage.rakuten_fr ?? 'fr';
}

/** Whether the merchant switched this proactive notice to automatic sending. */
export function isAutoNotice(shop: ShopProfile, kind: NoticeKind): boolean {
  return shop.autoNotices[kind] === true;
}
