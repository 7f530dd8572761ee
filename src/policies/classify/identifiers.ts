import type { MarketplaceId } from '../triage.schemas.ts';
import { allMatches, collapseSpace, foldText } from './normalize.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

/**
 * Order and tracking numbers. Rakuten France references are `<order>/<article>`
 * when the article number is known, else the order number; Yoho numbers as
 * written (`YH2604020264`).
 */

export interface Found {
  value: string;
  /** The text around it, for evidence. */
  context: string;
  index: number;
  /** The reference itself names the marketplace ("RKT-1029384756", "Rakuten 4410293/8812"). */
  namesRakuten?: boolean;
}

function around(text: string, index: number, length: number): string {
  return collapseSpace(text.slice(Math.max(0, index - 30), Math.min(text.length, index + length + 10))).trim();
}

// Tracking numbers with a recognisable form.
const TRACKING_FORMS: RegExp[] = [
  /\b(4PX\d{10,17}CN)\b/g, // 4PX
  /\b([A-Z]{2}\d{9}[A-Z]{2})\b/g, // UPU S10: LX201938474CN, RR…HK, CP…HK, XW…FR
  /\b(SF\d{12,13})\b/g, // SF Express
  /\b(LP\d{12,16})\b/g, // Cainiao
  /\b(YT\d{16})\b/g, // YunExpress
  /\b(1Z[0-9A-Z]{16})\b/g, // UPS
  /\b(\d[A-Z]\d{11})\b/g, // Colissimo 6A…, 8R…
  /\b(JD\d{16,18})\b/g, // DHL eCommerce
];
// A number announced as a tracking / waybill / parcel number (matched on folded text).
const TRACKING_LABELLED =
  /(?:n[°o]\s*de\s*suivi|numero de suivi|suivi(?:\s*colissimo|\s*n[°o])?|tracking(?:\s*(?:number|no\.?|n[°o]|#|id))?|waybill(?:\s*(?:no\.?|number))?|awb|airway bill|運單號碼|运单号码?|運單號|(?<![訂订])單號|(?<![訂订])单号|跟踪号|跟蹤號|追踪单号|追蹤號碼|追踪号|快件|物流单号|item\s*(?:no\.?|number)|shipment\s*(?:no\.?|number)|parcel\s*(?:no\.?|number)|consignment\s*(?:no\.?|number)|colis\s*n[°o]|n[°o]\s*(?:d'expedition|de colis|d'envoi)|numero (?:d'expedition|de colis|d'envoi)|envoi[^\n.]{0,24}?n[°o])\s*[:：#]?\s*([a-z0-9]{8,30})\b/g;

const TRACKING_FORM = new RegExp(TRACKING_FORMS.map((re) => re.source).join('|'), 'g');

// A carrier's own mail may use its house format (letters, then digits): only trusted there.
const CARRIER_HOUSE_FORM = /\b([A-Z]{2,4}\d{9,20}[A-Z]{0,2})\b/g;
// Words that make a line label what follows as tracking ("Carrier / Tracking No.:").
const TRACKING_LINE = /tracking|suivi|waybill|運單|运单|追蹤|追踪|單號|单号/;

export function findTrackingNumbers(text: string, fromCarrier = false): Found[] {
  const out = new Map<string, Found>();
  if (!/\d{8}/.test(text)) return [];
  for (const m of allMatches(TRACKING_FORM, text)) {
    const value = m.slice(1).find((g) => g !== undefined)!;
    if (!out.has(value)) out.set(value, { value, context: around(text, m.index, m[0].length), index: m.index });
  }
  if (fromCarrier && out.size === 0) {
    for (const m of allMatches(CARRIER_HOUSE_FORM, text)) {
      if (!out.has(m[1]!)) out.set(m[1]!, { value: m[1]!, context: around(text, m.index, m[0].length), index: m.index });
    }
  }
  for (const m of allMatches(TRACKING_LABELLED, foldText(text))) {
    const v = m[1]!.toUpperCase();
    if (!/\d/.test(v) || /^\d{1,7}$/.test(v) || out.has(v)) continue;
    const index = m.index + m[0].lastIndexOf(m[1]!);
    out.set(v, { value: v, context: around(text, index, v.length), index });
  }
  if (out.size === 0) {
    // "Carrier / Tracking No.: Kerry Express / KEX0410738291": a house form on a line that labels it as tracking.
    for (const m of allMatches(CARRIER_HOUSE_FORM, text)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (TRACKING_LINE.test(foldText(text.slice(lineStart, m.index)))) out.set(m[1]!, { value: m[1]!, context: around(text, m.index, m[0].length), index: m.index });
    }
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
}

// ---- Order numbers -------------------------------------------------------

const ORDER_LABEL =
  "(?:n[°o]\\s*de\\s*commande|numero de commande|commande|vente|cde|cmd|order(?:\\s*(?:no\\.?|number|n[°o]|id|ref(?:erence)?))?|订单号?|訂單(?:編號|號碼|号)?|订单编号|張單|张单|那張單)";
const ARTICLE_LABEL =
  "(?:n[°o]\\s*d'article|numero d'article|article\\s*(?:订单号|訂單號|号|號)|article|n[°o]\\s*article|item(?:\\s*no\\.?)?|(?:商品|文章)(?:编号|編號|号|號)(?:\\s*[（(]article[）)])?)";
// "commande Rakuten n° 8830192746": the marketplace may sit between the label and the number.
const ORDER_LABEL_MP = `${ORDER_LABEL}(?:\\s+(?:(?:sur|on|chez|from|de) )?(?:rakuten(?:\\.fr| france)?|yoho))?`;
const NUM_PREFIX = '\\s*\\(?\\s*(?:n[°o]\\.?|no\\.?|#|numero|:|：)?\\s*[:：]?\\s*';

// Order and article together: "Commande n° 5102 - Article n° 771029384", "commande n° 3308471 (article n° 22910".
const ORDER_THEN_ARTICLE = new RegExp(
  `${ORDER_LABEL_MP}${NUM_PREFIX}(\\d{4,14})\\b[^\\n\\d]{0,6}?(?:\\n[^\\n\\d]{0,4})?[-–—,/(\\s]*(?:ref(?:erence)?\\.?\\s*)?${ARTICLE_LABEL}${NUM_PREFIX}(\\d{3,14})\\b`,
  'g',
);
// "l'article 883021 de la commande 5629301847": the article named first.
// "l'article 7310428 (Balance de cuisine …) de la commande 2602036614": a product name may sit between.
const ARTICLE_THEN_ORDER = new RegExp(`${ARTICLE_LABEL}${NUM_PREFIX}(\\d{3,14})\\)?(?:\\s*\\([^()]{0,100}\\))?\\s+(?:de la|of|in|de|du)\\s+${ORDER_LABEL}${NUM_PREFIX}(\\d{4,14})\\b`, 'g');
// "l'article 6610293847 (commande 2284019375)": the order in brackets after the article.
const ARTICLE_PAREN_ORDER = new RegExp(`${ARTICLE_LABEL}${NUM_PREFIX}(\\d{3,14})\\s*\\(\\s*${ORDER_LABEL}${NUM_PREFIX}(\\d{4,14})\\b`, 'g');
const LABELLED_ORDER = new RegExp(`${ORDER_LABEL_MP}${NUM_PREFIX}(\\d{4,14}(?:\\s*/\\s*\\d{3,14})?)\\b`, 'g');
const LABELLED_ARTICLE = new RegExp(`${ARTICLE_LABEL}${NUM_PREFIX}(\\d{3,14})\\b`, 'g');
// "4410293/8812" anywhere; a date (12/03/2026) never has 4+ digits before the slash and 3+ after.
const SLASH_PAIR = /(?<![\d/]|\d[.,])(\d{4,14})\s?\/\s?(\d{3,14})(?![\d/]|[.,]\d)/g;
// Shipper references that carry the marketplace order: "Rakuten 4410293/8812", "RAKUTENFR-7730192846", "客户参考号:3320194857".
const REFERENCE =
  /(?:rakuten(?:\.fr|fr)?|rkt|reference expediteur|ref(?:erence)? expediteur|customer reference|sender reference|shipper reference|(?:votre|your) reference|reference client|reference number(?: \d)?|客户参考号|客戶參考號|寄件人參考號|寄件人参考号|參考號|参考号)\s*[:：#-]?\s*(?:rakuten(?:fr)?[\s:#-]*)?(\d{4,14}(?:\s?[/-]\s?\d{3,14})?)\b/g;
// Numbers that are not orders even when they look like them.
const NOT_ORDER_CONTEXT = /(?:annonce|listing|sku|case|dossier|enquiry|ref\.|iban|tva|siret|siren|pi no|facture n|invoice n|tel|phone|hotline|电话|電話|fax)[ \t]*[:：n°o.#]*[ \t]*$/;

function cleanPair(value: string): string {
  // "2604771302-118825" in a shipper reference is the same order/article pair.
  return value.replace(/\s+/g, '').replace('-', '/');
}

function notOrderContext(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 24), index);
  // "Réf. commande : …" is an order label; "réf. 4410293" alone is a product reference.
  if (/^(?:commande|order|cde|n[°o] de commande|numero de commande)/.test(folded.slice(index, index + 20)) && /ref(?:erence)?\.?\s*$/.test(before)) return false;
  return NOT_ORDER_CONTEXT.test(before.slice(before.lastIndexOf('\n') + 1));
}

/**
 * Yoho-style order numbers: the one the text names most often (a buyer with a duplicate order
 * names both, then the one to cancel again), the first one on a tie.
 */
export function findPatternOrder(text: string, pattern: RegExp): Found | null {
  const seen = new Map<string, { found: Found; count: number }>();
  for (const m of allMatches(pattern.global ? pattern : new RegExp(pattern.source, 'g'), text)) {
    const s = seen.get(m[0]);
    if (s) s.count++;
    else seen.set(m[0], { found: { value: m[0], context: around(text, m.index, m[0].length), index: m.index }, count: 1 });
  }
  let best: { found: Found; count: number } | null = null;
  for (const s of seen.values()) if (!best || s.count > best.count) best = s;
  return best?.found ?? null;
}

/**
 * The Rakuten-style order reference of a text: an order/article pair when the
 * text gives both, else the order number. Null when none is given.
 */
export function findRakutenOrder(text: string, prefer?: string): Found | null {
  if (!/\d{3}/.test(text)) return null;
  const folded = foldText(text);
  const candidates: { found: Found; rank: number }[] = [];
  const mentionsArticle = /article|item|商品(?:编号|編號|号|號)|文章(?:号|號)/.test(folded);
  const push = (value: string, index: number, length: number, rank: number, namesRakuten = false) => {
    if (notOrderContext(folded, index)) return;
    const found: Found = { value: cleanPair(value), context: around(text, index, length), index };
    if (namesRakuten) found.namesRakuten = true;
    candidates.push({ found, rank });
  };
  if (mentionsArticle) {
    for (const m of allMatches(ORDER_THEN_ARTICLE, folded)) push(`${m[1]}/${m[2]}`, m.index, m[0].length, 0);
    for (const m of allMatches(ARTICLE_THEN_ORDER, folded)) push(`${m[2]}/${m[1]}`, m.index, m[0].length, 0);
    for (const m of allMatches(ARTICLE_PAREN_ORDER, folded)) push(`${m[2]}/${m[1]}`, m.index, m[0].length, 0);
  }
  if (/rakuten|rkt|ref|参考|參考/.test(folded)) for (const m of allMatches(REFERENCE, folded)) push(m[1]!, m.index, m[0].length, 1, /^(?:rakuten|rkt)/.test(m[0]));
  for (const m of allMatches(SLASH_PAIR, folded)) push(`${m[1]}/${m[2]}`, m.index, m[0].length, 1);
  const orders = allMatches(LABELLED_ORDER, folded);
  const articles = mentionsArticle ? allMatches(LABELLED_ARTICLE, folded) : [];
  for (const m of orders) {
    // "N° de commande : 6619032847" … "N° d'article : 80112934" on separate lines.
    const article = articles.find((a) => a.index > m.index && a.index - m.index < 160);
    if (article && !m[1]!.includes('/')) push(`${m[1]}/${article[1]}`, m.index, m[0].length, 0);
    else push(m[1]!, m.index, m[0].length, 2);
  }
  if (candidates.length === 0) return null;
  // One order and, far from it (a footer, a subject line), one article number: the pair the merchant types.
  const orderValues = new Set(candidates.map((c) => c.found.value.split('/')[0]));
  if (articles.length > 0 && orderValues.size === 1 && candidates.every((c) => !c.found.value.includes('/'))) {
    const articleValues = new Set(articles.filter((a) => a[1]!.length >= 6).map((a) => a[1]!));
    const order = [...orderValues][0]!;
    if (articleValues.size === 1 && !articleValues.has(order)) {
      candidates.push({ found: { ...candidates[0]!.found, value: `${order}/${[...articleValues][0]}` }, rank: 0 });
    }
  }
  // A text naming several orders is about the one its subject names.
  const preferred = (c: { found: Found }) => (prefer && c.found.value.split('/')[0] === prefer ? 0 : 1);
  candidates.sort((a, b) => preferred(a) - preferred(b) || a.rank - b.rank || a.found.index - b.found.index);
  return candidates[0]!.found;
}

// "Order no.: SO2603058871": a shop system's or marketplace's own code, letters then digits.
const LABELLED_CODE = new RegExp(`${ORDER_LABEL_MP}${NUM_PREFIX}([a-z]{1,4}-?\\d{6,14})\\b`, 'g');

/** An order number the text labels as one ("Order: 260327096451", "訂單編號 260327096451", "order SO2603058871"), whatever its form. */
export function findLabelledOrder(text: string): Found | null {
  const folded = foldText(text);
  for (const m of allMatches(LABELLED_ORDER, folded)) {
    if (m[1]!.includes('/') || m[1]!.length < 8 || notOrderContext(folded, m.index)) continue;
    return { value: m[1]!, context: around(text, m.index, m[0].length), index: m.index };
  }
  return findLabelledCode(text, folded);
}

/** A labelled order code of letters and digits, as written (folding lower-cased it). */
export function findLabelledCode(text: string, folded = foldText(text)): Found | null {
  if (!/\d{6}/.test(folded)) return null;
  for (const m of allMatches(LABELLED_CODE, folded)) {
    if (notOrderContext(folded, m.index)) continue;
    const written = new RegExp(m[1]!.replace('-', '\\-'), 'i').exec(text)?.[0] ?? m[1]!.toUpperCase();
    return { value: written, context: around(text, m.index, m[0].length), index: m.index };
  }
  return null;
}

const orderPatterns = new WeakMap<TriageConfig, [MarketplaceId, RegExp][]>();

/** Each marketplace's order-number pattern of a configuration, compiled once. */
export function orderPatternsOf(config: TriageConfig): [MarketplaceId, RegExp][] {
  let list = orderPatterns.get(config);
  if (!list) {
    list = [];
    for (const [id, mp] of Object.entries(config.marketplaces) as [MarketplaceId, TriageConfig['marketplaces'][MarketplaceId]][]) {
      if (mp.orderPattern) list.push([id, new RegExp(`\\b${mp.orderPattern}\\b`, 'g')]);
    }
    orderPatterns.set(config, list);
  }
  return list;
}
