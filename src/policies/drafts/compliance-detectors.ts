/**
 * Text detectors behind the compliance check. Each takes any text (a template
 * draft now, an LLM draft later) and reports what it finds with an excerpt;
 * the check in `compliance.ts` decides which rule each finding breaks for a
 * given case. All patterns work on the four draft languages.
 */

export interface Finding {
  check: string;
  message: string;
  excerpt: string;
}

export function excerptAt(text: string, index: number, length: number, pad = 30): string {
  const start = Math.max(0, index - pad);
  const end = Math.min(text.length, index + length + pad);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

/** Sentences (or lines) with their offset, split on Latin and CJK stops. */
export function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  // A Latin stop ends a sentence only before a space or the end ("59.90 €" and "wa.me/…" stay whole).
  const re = /(?:[^.!?。！？；;\n]|[.!?;](?=[^\s]))+[.!?。！？；;]*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], index: m.index });
  return out;
}

/** Lines quoting someone else (`> …`): the buyer's own words, exempt from the word rule only. */
function unquotedLines(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let index = 0;
  for (const line of text.split('\n')) {
    if (!/^\s*>/.test(line)) out.push({ text: line, index });
    index += line.length + 1;
  }
  return out;
}

// ---------------------------------------------------------------- RAK-WORDS

/** annuler, annulation, annulé(e)(s), annulez, annulons, annulera… in any case, with or without accents. */
const ANNUL = /(?<![\p{L}])(?:d[ée]s)?annul[\p{L}]*/giu;

export function findAnnulWords(text: string): Finding[] {
  const out: Finding[] = [];
  for (const line of unquotedLines(text)) {
    for (const m of line.text.matchAll(ANNUL)) {
      out.push({
        check: 'annul-word',
        message: `"${m[0]}" means a seller-side cancellation on Rakuten (double commission); say "rétractation" instead`,
        excerpt: excerptAt(line.text, m.index, m[0].length),
      });
    }
  }
  return out;
}

/** 取消 about an order in a Chinese text for Rakuten: ambiguous with annulation, 撤销 (rétractation) is the word. */
export function findChineseCancelWords(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/取消(?:订单|訂單|该订单|該訂單|此订单|此訂單)|(?:订单|訂單)(?:已|被)?取消/g)) {
    out.push({
      check: 'chinese-cancel-word',
      message: `"${m[0]}" reads as a seller-side annulation to Rakuten; write 撤销订单 (rétractation) for a buyer's withdrawal`,
      excerpt: excerptAt(text, m.index, m[0].length),
    });
  }
  return out;
}

// ---------------------------------------------------------------- RAK-REBATE-50

const REBATE_CONTEXT =
  /rabais|remise|geste|r[ée]duction|rembours|discount|rebate|refund|compensat|goodwill|money back|折扣|折讓|折让|返现|返現|退款|退還|退还|減價|减价|降价|降價|補償|补偿|賠償|赔偿|優惠|优惠|回贈|回赠/i;
const RETURN_CONTEXT = /retour|renvo|return|send (?:it )?back|退貨|退货|寄回|寄返|回收|退回/i;
const NO_RETURN = /sans (?:retour|renvo)|without return|no (?:need to )?return|keep (?:it|the item)|garde[rz]? l'article|無需退|无需退|毋須退|不用退|唔使退|保留商品/i;

export interface Money {
  value: number;
  currency: 'EUR' | 'HKD' | 'CNY' | 'USD';
}

/** "1 287,40" / "1,287.40" / "49.90" → number. */
export function parseAmount(raw: string): number | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const NUM = String.raw`(\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
const MONEY_PATTERNS: { re: RegExp; currency: Money['currency'] }[] = [
  { re: new RegExp(String.raw`${NUM}\s?(?:€|eur(?:os?)?(?![\p{L}])|欧元|歐元)`, 'giu'), currency: 'EUR' },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:€|EUR)\s?${NUM}`, 'giu'), currency: 'EUR' },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:HK\$|HKD\s?)${NUM}`, 'giu'), currency: 'HKD' },
  { re: new RegExp(String.raw`${NUM}\s?(?:港元|港幣|港币|HKD\b)`, 'giu'), currency: 'HKD' },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:US\$|USD\s?)${NUM}`, 'giu'), currency: 'USD' },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:¥|RMB\s?|CNY\s?)${NUM}|${NUM}\s?(?:人民币|人民幣|RMB\b)`, 'giu'), currency: 'CNY' },
];

/** Every money amount in the text with its offset. */
export function findAmounts(text: string): { money: Money; index: number; raw: string }[] {
  const out: { money: Money; index: number; raw: string }[] = [];
  for (const { re, currency } of MONEY_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const num = m[1] ?? m[2];
      const value = num ? parseAmount(num) : null;
      if (value !== null) out.push({ money: { value, currency }, index: m.index, raw: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A partial refund above half the order: percentages over 50 (or Chinese 三折 = 70 % off)
 * in a sentence about a rebate or refund, or an amount above half the order's value.
 * A full refund against the item's return is a return-and-refund, not a rebate.
 */
export function findRebatesOver50(text: string, orderAmount: Money | null): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences(text)) {
    if (!REBATE_CONTEXT.test(s.text)) continue;
    const fullRefundWithReturn = RETURN_CONTEXT.test(s.text) && !NO_RETURN.test(s.text);
    for (const m of s.text.matchAll(/(\d{1,3}(?:[.,]\d+)?)\s*(?:%|％|pour\s?cents?|percent|per cent|個百分點)/giu)) {
      const pct = parseAmount(m[1]!);
      if (pct === null || pct <= 50) continue;
      if (pct >= 100 && fullRefundWithReturn) continue;
      out.push({
        check: 'rebate-over-50',
        message: `offers ${m[1]} %: a partial refund is at most 50 % of the order amount; above that only customer service refunds`,
        excerpt: excerptAt(s.text, m.index, m[0].length),
      });
    }
    for (const m of s.text.matchAll(/(?<![打])([一二两兩三四1-4](?:\.\d)?)\s*折/g)) {
      const n = CN_DIGIT[m[1]!] ?? Number(m[1]);
      if (!(n > 0 && n < 5)) continue;
      out.push({
        check: 'rebate-over-50',
        message: `${m[0]} means ${Math.round(100 - n * 10)} % off: above the 50 % limit of a partial refund`,
        excerpt: excerptAt(s.text, m.index, m[0].length),
      });
    }
    if (orderAmount && orderAmount.value > 0) {
      for (const a of findAmounts(s.text)) {
        if (a.money.currency !== orderAmount.currency) continue;
        if (a.money.value <= orderAmount.value * 0.5 + 1e-9) continue;
        if (fullRefundWithReturn && Math.abs(a.money.value - orderAmount.value) < 0.01) continue;
        out.push({
          check: 'rebate-over-50',
          message: `offers ${a.raw.trim()} on an order of ${orderAmount.value} ${orderAmount.currency}: more than 50 %`,
          excerpt: excerptAt(s.text, a.index, a.raw.length),
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- personal contact details

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'»«]+|\b(?:wa\.me|t\.me|line\.me|weixin\.qq\.com|u\.wechat\.com)\/[^\s<>()"']*/gi;
const MESSAGING =
  /whats\s?app|wechat|weixin|微信|(?<![\p{L}])line\s?(?:id|app)?\s*[:：]|telegram|signal\s?app|viber|kakao\s?talk|messenger|instagram|\big\s*[:：@]|facebook|脸书|臉書|vx\s*[:：]|v信/giu;

/** Phone shapes: international (+33 / 0033…), French 0X XX XX XX XX, Hong Kong 9123 4567, Chinese mobile 13x…, or digits after a phone word. */
const PHONE_PATTERNS = [
  /(?:\+|(?<!\d)00)\s?\d{1,3}[\s.\-()]*\d(?:[\s.\-()]*\d){6,12}(?!\d)/g,
  /(?<!\d)0[1-9](?:[\s.\-]?\d{2}){4}(?!\d)/g,
  /(?<![\d/])[235679]\d{3}[\s\-]\d{4}(?![\d/])/g,
  /(?<!\d)1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}(?!\d)/g,
  /(?:t[ée]l[ée]phone|t[ée]l\b\.?|portable|mobile|phone|call me|text me|appelez|contactez-moi|whats\s?app|電話|电话|手機|手机|致電|致电|打俾|打给|打給)\D{0,16}(\+?\d[\d\s.\-]{6,}\d)/giu,
];

/** Words that make a digit run an identifier rather than a phone number. */
const ID_CONTEXT = /(?:commande|order|article|n°|no\.|nº|#|suivi|tracking|waybill|colis|parcel|envoi|訂單|订单|編號|编号|運單|运单|單號|单号|追蹤|追踪|參考|参考|référence|reference|ref\.?)\s*[:：]?\s*$/i;

export interface ContactAllowList {
  emails: string[];
  phones: string[];
  hosts: string[];
  /** Order, article and tracking numbers of the case: digit runs that are not phone numbers. */
  ids: string[];
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

export function findPersonalContacts(text: string, allow: ContactAllowList): Finding[] {
  const out: Finding[] = [];
  const allowedEmails = new Set(allow.emails.map((e) => e.toLowerCase()));
  for (const m of text.matchAll(EMAIL)) {
    if (allowedEmails.has(m[0].toLowerCase())) continue;
    out.push({
      check: 'personal-email',
      message: `e-mail address ${m[0]} is not the shop's configured service contact`,
      excerpt: excerptAt(text, m.index, m[0].length),
    });
  }
  const hosts = allow.hosts.map((h) => h.toLowerCase());
  for (const m of text.matchAll(URL)) {
    const host = m[0].replace(/^https?:\/\//i, '').split(/[/?#:]/)[0]!.toLowerCase();
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    out.push({ check: 'external-link', message: `link to ${host} is neither the shop's site nor a marketplace or carrier page`, excerpt: excerptAt(text, m.index, m[0].length) });
  }
  for (const m of text.matchAll(MESSAGING)) {
    out.push({
      check: 'messaging-handle',
      message: `"${m[0].trim()}" moves the buyer to a private messaging channel; keep to the marketplace thread and the shop's service contact`,
      excerpt: excerptAt(text, m.index, m[0].length),
    });
  }
  const allowedPhones = new Set(allow.phones.map(digitsOf).filter((d) => d.length >= 6));
  const ids = allow.ids.map(digitsOf).filter((d) => d.length >= 4);
  const seen = new Set<number>();
  for (const re of PHONE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? m[0];
      const at = m.index + m[0].lastIndexOf(raw);
      const digits = digitsOf(raw);
      if (digits.length < 8 || seen.has(at)) continue;
      if ([...allowedPhones].some((p) => p.endsWith(digits.slice(-8)) || digits.endsWith(p.slice(-8)))) continue;
      if (ids.some((id) => id.includes(digits) || digits.includes(id))) continue;
      if (m[1] === undefined && ID_CONTEXT.test(text.slice(Math.max(0, at - 20), at))) continue;
      seen.add(at);
      out.push({ check: 'personal-phone', message: `phone number ${raw.trim()} is not the shop's configured service line`, excerpt: excerptAt(text, at, raw.length) });
    }
  }
  return out;
}

// ---------------------------------------------------------------- YOHO-ENGLISH-PREVAILS

const REFUND_TIMING_CONTEXT =
  /refund|rembours|virement|carte bancaire|FPS|faster payment|bank transfer|credit card|card-issuing|退款|退錢|退钱|轉數快|转数快|銀行轉帳|银行转账|銀行轉賬|银行转帐|信用卡|發卡銀行|发卡银行/i;
const N = '(\\d+|[一二兩两三四五六七八九十])';
const UNIT =
  '(?:個|个)?\\s*(工作天|工作日|working\\s+days?|business\\s+days?|days?|jours?\\s+ouvr[ée]s|jours?\\s+ouvrables|jours?|天|日|個星期|个星期|星期|週|周|weeks?|semaines?)';
// Not a date ("3月12日") nor the tail of a longer number.
const DURATION = new RegExp(`(?<![月\\d./-])${N}(?:\\s*(?:-|–|—|~|～|至|到|to|à|a|et)\\s*${N})?\\s*${UNIT}`, 'gi');

const cnNum = (s: string): number => (/^\d+$/.test(s) ? Number(s) : s === '十' ? 10 : (CN_DIGIT[s] ?? Number.NaN));

/**
 * Refund timings that are not the English ones. FPS / bank transfer: about 3–5
 * working days; credit card: up to 3–4 weeks. The Chinese text's 1–2 days and
 * 2–4 weeks (or any other figure) are wrong in every language.
 */
export function findYohoTimings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(DURATION)) {
    const before = text.slice(Math.max(0, m.index - 70), m.index);
    const window = before.slice(Math.max(before.search(/[.!?。！？\n][^.!?。！？\n]*$/), 0));
    if (!REFUND_TIMING_CONTEXT.test(window) && !REFUND_TIMING_CONTEXT.test(m[0])) continue;
    const a = cnNum(m[1]!);
    const b = m[2] !== undefined ? cnNum(m[2]) : null;
    const weeks = /週|周|星期|week|semaine/i.test(m[3]!);
    const ok = weeks ? a === 3 && b === 4 : a === 3 && b === 5;
    if (ok) continue;
    out.push({
      check: 'yoho-refund-timing',
      message: `"${m[0].trim()}" is not Yoho's English figure (FPS or bank transfer about 3–5 working days, credit card up to 3–4 weeks)`,
      excerpt: excerptAt(text, m.index, m[0].length),
    });
  }
  return out;
}

// ---------------------------------------------------------------- placeholders

export const PLACEHOLDER = /\[\[([^\]]{1,80})\]\]/g;

export function findPlaceholders(text: string): Finding[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    check: 'unfilled-placeholder',
    message: `"${m[1]}" still has to be filled in`,
    excerpt: excerptAt(text, m.index, m[0].length),
  }));
}
