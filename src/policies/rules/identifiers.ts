import type { Language, MarketplaceId } from '../triage.schemas.ts';
import type { ShipFromRegion } from '../shop-profile.schemas.ts';

/**
 * Validation of the facts a draft carries. Mail content is untrusted: an order
 * number, a tracking number or a carrier name goes into a draft only in a
 * shape it can legitimately have, so nothing else (a phone number, a link, an
 * instruction) rides along.
 */

export interface OrderRef {
  /** As a merchant types it: `order/article` for Rakuten when the article is known. */
  display: string;
  order: string;
  article: string | null;
}

const RAKUTEN_ORDER = /^(\d{4,14})(?:\s*\/\s*(\d{2,14}))?$/;
const YOHO_ORDER = /^YH\d{8,12}$/i;

export function parseOrderRef(raw: string | null | undefined, marketplace: MarketplaceId | null): OrderRef | null {
  const s = raw?.trim().replace(/^#/, '') ?? '';
  if (!s) return null;
  if (marketplace !== 'rakuten_fr' && YOHO_ORDER.test(s)) {
    const order = s.toUpperCase();
    return { display: order, order, article: null };
  }
  if (marketplace !== 'yoho_hk') {
    const m = RAKUTEN_ORDER.exec(s);
    if (m) return { display: m[2] ? `${m[1]}/${m[2]}` : m[1]!, order: m[1]!, article: m[2] ?? null };
  }
  return null;
}

/** "N° d'article : 80112934", "Article n° 22910", "Article 2039" next to the order number. */
export function findArticleNumber(text: string, order: string): string | null {
  const m =
    /(?:n°\s*d'article|article\s*n°|article|n°\s*article)\s*[:：]?\s*(\d{2,14})\b/i.exec(text) ??
    new RegExp(`${order}\\s*/\\s*(\\d{2,14})\\b`).exec(text);
  return m?.[1] && m[1] !== order ? m[1] : null;
}

/** Tracking numbers: 8–30 capital letters and digits, at least 6 digits. */
export function normaliseTracking(raw: string | null | undefined): string | null {
  const s = raw?.replace(/[\s-]/g, '').toUpperCase() ?? '';
  return /^[A-Z0-9]{8,30}$/.test(s) && (s.match(/\d/g) ?? []).length >= 6 ? s : null;
}

/** Carriers a draft may name, with their names per language. */
export const carriers = {
  colissimo: { names: ['colissimo'], label: { fr: 'Colissimo', en: 'Colissimo', 'zh-Hans': 'Colissimo', 'zh-Hant': 'Colissimo' }, region: 'eu' },
  la_poste: { names: ['la poste', 'lettre suivie'], label: { fr: 'La Poste', en: 'La Poste', 'zh-Hans': '法国邮政（La Poste）', 'zh-Hant': '法國郵政（La Poste）' }, region: 'eu' },
  chronopost: { names: ['chronopost'], label: { fr: 'Chronopost', en: 'Chronopost', 'zh-Hans': 'Chronopost', 'zh-Hant': 'Chronopost' }, region: 'eu' },
  mondial_relay: { names: ['mondial relay'], label: { fr: 'Mondial Relay', en: 'Mondial Relay', 'zh-Hans': 'Mondial Relay', 'zh-Hant': 'Mondial Relay' }, region: 'eu' },
  gls: { names: ['gls'], label: { fr: 'GLS', en: 'GLS', 'zh-Hans': 'GLS', 'zh-Hant': 'GLS' }, region: 'eu' },
  dpd: { names: ['dpd'], label: { fr: 'DPD', en: 'DPD', 'zh-Hans': 'DPD', 'zh-Hant': 'DPD' }, region: 'eu' },
  dhl: { names: ['dhl'], label: { fr: 'DHL', en: 'DHL', 'zh-Hans': 'DHL', 'zh-Hant': 'DHL' }, region: null },
  ups: { names: ['ups'], label: { fr: 'UPS', en: 'UPS', 'zh-Hans': 'UPS', 'zh-Hant': 'UPS' }, region: null },
  fedex: { names: ['fedex'], label: { fr: 'FedEx', en: 'FedEx', 'zh-Hans': 'FedEx', 'zh-Hant': 'FedEx' }, region: null },
  sf_express: { names: ['sf express', 'sf-express', '順豐', '顺丰'], label: { fr: 'SF Express', en: 'SF Express', 'zh-Hans': '顺丰速运', 'zh-Hant': '順豐速運' }, region: 'outside_eu' },
  hongkong_post: { names: ['hongkong post', 'hong kong post', '香港郵政', 'ec-ship'], label: { fr: 'Hongkong Post', en: 'Hongkong Post', 'zh-Hans': '香港邮政', 'zh-Hant': '香港郵政' }, region: 'outside_eu' },
  '4px': { names: ['4px', '递四方', '遞四方'], label: { fr: '4PX', en: '4PX', 'zh-Hans': '递四方（4PX）', 'zh-Hant': '遞四方（4PX）' }, region: 'china' },
  cainiao: { names: ['cainiao', '菜鸟', '菜鳥'], label: { fr: 'Cainiao', en: 'Cainiao', 'zh-Hans': '菜鸟', 'zh-Hant': '菜鳥' }, region: 'china' },
  yanwen: { names: ['yanwen', '燕文'], label: { fr: 'Yanwen', en: 'Yanwen', 'zh-Hans': '燕文物流', 'zh-Hant': '燕文物流' }, region: 'china' },
  china_post: { names: ['china post', '中国邮政', '中國郵政'], label: { fr: 'China Post', en: 'China Post', 'zh-Hans': '中国邮政', 'zh-Hant': '中國郵政' }, region: 'china' },
  yunexpress: { names: ['yunexpress', '云途', '雲途'], label: { fr: 'YunExpress', en: 'YunExpress', 'zh-Hans': '云途物流', 'zh-Hant': '雲途物流' }, region: 'china' },
  kerry: { names: ['kerry express', '嘉里'], label: { fr: 'Kerry Express', en: 'Kerry Express', 'zh-Hans': '嘉里快递', 'zh-Hant': '嘉里快遞' }, region: 'outside_eu' },
} as const satisfies Record<string, { names: readonly string[]; label: Record<Language, string>; region: ShipFromRegion | null }>;

export type CarrierKey = keyof typeof carriers;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A carrier named in the mail, if it is one we know; "La Poste / China Post" → the first one named. */
export function matchCarrier(raw: string | null | undefined): CarrierKey | null {
  if (!raw) return null;
  const s = fold(raw);
  let best: { key: CarrierKey; at: number } | null = null;
  for (const [key, c] of Object.entries(carriers) as [CarrierKey, (typeof carriers)[CarrierKey]][]) {
    for (const n of c.names) {
      const at = s.search(new RegExp(`(?<![a-z])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`));
      if (at >= 0 && (!best || at < best.at)) best = { key, at };
    }
  }
  return best?.key ?? null;
}

/** Carrier told by the shape of the tracking number. */
export function carrierFromTracking(tracking: string | null): CarrierKey | null {
  if (!tracking) return null;
  if (/^SF\d{12,13}$/.test(tracking)) return 'sf_express';
  if (/^4PX\d+CN$/.test(tracking)) return '4px';
  if (/^LP\d{14}$/.test(tracking)) return 'cainiao';
  if (/^(?:6A|8R|6C|7Q)\d{11}$/.test(tracking)) return 'colissimo';
  if (/^X[A-Z]\d{9}FR$/.test(tracking)) return 'chronopost';
  const s10 = /^[A-Z]{2}\d{9}([A-Z]{2})$/.exec(tracking);
  if (s10?.[1] === 'CN') return 'china_post';
  if (s10?.[1] === 'HK') return 'hongkong_post';
  if (s10?.[1] === 'FR') return 'la_poste';
  return null;
}

const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

/** Where the parcel left from, when the tracking number or the carrier tells (UPU S10 numbers end with the origin country). */
export function shipFromOf(tracking: string | null, carrier: CarrierKey | null): ShipFromRegion | null {
  const s10 = tracking ? /^[A-Z]{2}\d{9}([A-Z]{2})$/.exec(tracking) : null;
  if (s10) return s10[1] === 'CN' ? 'china' : EU.has(s10[1]!) ? 'eu' : 'outside_eu';
  if (tracking && /^4PX\d+CN$/.test(tracking)) return 'china';
  return carrier ? carriers[carrier].region : null;
}

/** Whether the shipment was registered ("Recommandé"): UPU S10 numbers starting with R are; L and U (tracked packets) are not. */
export function isRegisteredTracking(tracking: string | null): boolean | null {
  const s10 = tracking ? /^([A-Z])[A-Z]\d{9}[A-Z]{2}$/.exec(tracking) : null;
  if (!s10) return null;
  if (s10[1] === 'R') return true;
  if (s10[1] === 'L' || s10[1] === 'U') return false;
  return null;
}

/** RAK-REGISTERED thresholds in EUR. */
export function registeredThresholdEur(region: ShipFromRegion): number {
  return region === 'eu' ? 200 : 60;
}

/**
 * Buyer names go into a salutation only when they look like a name: letters,
 * spaces, dots, apostrophes and hyphens, at most 40 characters. A pseudonym with
 * digits, an address or anything longer is left out.
 */
export function safeName(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (!s || s.length > 40) return null;
  if (!/^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(s)) return null;
  if (/[\u3400-\u9fff]/.test(s)) return s.length <= 6 && !/[ .]/.test(s) ? s : null;
  const words = s.split(/[ -]/).filter(Boolean);
  // A pseudonym ("jp.morel", "sbenali", "kwok ka ho") is not a name to greet: a name has capitalised words.
  if (words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  // A dot only after an initial ("Marie D.").
  if (/\./.test(s) && !/^(?:[\p{L}'’-]+ )*\p{Lu}\.$/u.test(s) && !/^\p{Lu}\. /u.test(s)) return null;
  // Shouting capitals become a name ("BRUNO LECLERC" → "Bruno Leclerc").
  if (s === s.toUpperCase()) return s.toLowerCase().replace(/(^|[ '’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return s;
}

/**
 * Product names only when they cannot smuggle contact details or links: no @,
 * no URL, no run of 5+ digits, no line break, at most 80 characters.
 */
export function safeProductName(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (!s || s.length > 80) return null;
  if (/[@<>[\]{}]|https?:|www\.|\d{5,}|\.(?:com|fr|hk|cn|net|me)\b/i.test(s)) return null;
  if (/whats\s?app|wechat|微信|telegram|line\s?id/i.test(s)) return null;
  return s;
}
