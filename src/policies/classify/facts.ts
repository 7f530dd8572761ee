import type { TriageFacts } from '../triage.schemas.ts';
import { foldText } from './normalize.ts';
import { has, type Signals } from './signals.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

/** Carrier implied by a tracking number's form. */
export function carrierOfTracking(tracking: string | null): string | null {
  if (!tracking) return null;
  if (/^4PX/.test(tracking)) return '4PX';
  if (/^SF\d/.test(tracking)) return 'SF Express';
  if (/^LP\d/.test(tracking)) return 'Cainiao';
  if (/^YT\d/.test(tracking)) return 'YunExpress';
  if (/^1Z/.test(tracking)) return 'UPS';
  if (/^\d[A-Z]\d{11}$/.test(tracking)) return 'Colissimo';
  const s10 = /^[A-Z]{2}\d{9}([A-Z]{2})$/.exec(tracking);
  if (s10) return s10[1] === 'HK' ? 'Hongkong Post' : s10[1] === 'CN' ? 'China Post' : s10[1] === 'FR' ? 'La Poste' : null;
  return null;
}

const carrierPatterns = new WeakMap<TriageConfig['carriers'], { re: RegExp; names: Map<string, string> }>();

/** One pattern for every carrier name of a configuration, built once. */
function carrierPattern(carriers: TriageConfig['carriers']): { re: RegExp; names: Map<string, string> } {
  let p = carrierPatterns.get(carriers);
  if (!p) {
    const names = new Map<string, string>();
    for (const c of carriers) for (const n of [c.name, ...c.names]) names.set(foldText(n), c.name);
    const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    p = { re: new RegExp(`(?:^|[^a-z])(${alternatives.join('|')})(?![a-z])`), names };
    carrierPatterns.set(carriers, p);
  }
  return p;
}

/** The first carrier a text names. */
export function carrierNamed(folded: string, config: TriageConfig): string | null {
  const { re, names } = carrierPattern(config.carriers);
  const m = re.exec(folded);
  return m ? (names.get(m[1]!) ?? null) : null;
}

function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DELIVERED_ON = [
  /(?:livree?s?|recue?s?|delivered|received|送達日期|送达日期|确认收货日期|確認收貨日期|签收时间|簽收時間)\s*(?:le|on)?\s*[:：]?\s*(\d{1,2})\/(\d{1,2})\/(20\d{2})/,
  /(?:livree?s?|recue?s?|delivered|received|送達日期|送达日期|确认收货日期|確認收貨日期|签收时间|簽收時間)\s*(?:le|on)?\s*[:：]?\s*(20\d{2})[-年](\d{1,2})[-月](\d{1,2})/,
];

function deliveredOn(folded: string): string | null {
  const a = DELIVERED_ON[0]!.exec(folded);
  if (a) return isoDay(+a[3]!, +a[2]!, +a[1]!);
  const b = DELIVERED_ON[1]!.exec(folded);
  if (b) return isoDay(+b[1]!, +b[2]!, +b[3]!);
  return null;
}

function parseAmount(raw: string): number {
  const t = raw.replace(/[\s\u202f]/g, '');
  // "1 287,40" / "1.287,40" (French) vs "1,598.00" (English).
  if (/,\d{2}$/.test(t)) return +t.replace(/[.]/g, '').replace(',', '.');
  return +t.replace(/,/g, '');
}

// Every way an amount is written, in one pass; the matching group tells the currency.
const AMOUNT =
  /(\d{1,3}(?:[ .\u202f]\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:€|eur\b|euros?\b)|€\s*(\d+(?:[.,]\d{1,2})?)|(?:hk\$|hkd)\s*(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)|(?:人民币|rmb|cny)\s*(\d+(?:\.\d{1,2})?)/g;
const CURRENCY_OF_GROUP = ['EUR', 'EUR', 'HKD', 'CNY'] as const;

// What the order cost, as opposed to a figure someone asks for ("un geste, genre 40 €").
const PRICE_LABEL = /(?:prix|montant|total|tarif|price|amount|paid|payee?|refund amount|montant vire|金額|金额|總額|总额|价格|價錢|價格|售價|付款|退款金額|\d+ x|x \d+|- )[^\n\d]{0,24}$/;

function amount(folded: string, trustFirst: boolean): TriageFacts['amount'] {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(folded); m; m = AMOUNT.exec(folded)) {
    const group = [m[1], m[2], m[3], m[4]].findIndex((g) => g !== undefined);
    if (!trustFirst && !PRICE_LABEL.test(folded.slice(Math.max(0, m.index - 32), m.index))) continue;
    const value = parseAmount(m[group + 1]!);
    if (Number.isFinite(value) && value > 0) return { value, currency: CURRENCY_OF_GROUP[group]! };
  }
  return null;
}

const PRODUCT = /^(?:\s*[-–•]?\s*)(?:produit|product|item(?:\(s\))?|article|商品|貨品|货品)\s*[:：]\s*(.{3,120})$/im;

function productName(text: string): string | null {
  const m = PRODUCT.exec(text);
  // "Smart Air Fryer 6.5L (white) x 1", "12L 家用抽濕機(白色)x 1": the quantity is not part of the name.
  return m ? m[1]!.replace(/\s*[x×]\s*\d+\s*$/i, '').trim() : null;
}

const PSEUDONYM = /(?:de votre acheteur|message de l'acheteur|from (?:your )?(?:buyer|customer))\s+([\p{L}\p{N}._-]{2,40})/iu;

export interface FactsInput {
  text: string;
  folded: string;
  signals: Signals;
  tracking: string | null;
  carrierFromSender: string | null;
  buyerDisplayName: string | null;
  /** The mail is a marketplace notice: its first amount is the order's. */
  fromMarketplace: boolean;
  config: TriageConfig;
}

/** Facts the handlers fill drafts with: carrier, shipping state, delivery date, amount, product, buyer. */
export function readFacts(input: FactsInput): Pick<TriageFacts, 'carrier' | 'shipped' | 'trackingState' | 'deliveredOn' | 'amount' | 'productName' | 'buyerName'> {
  const s = input.signals;
  const shipped = has(s, 'noPickup') || (has(s, 'notShipped') && !input.tracking) ? false : input.tracking || has(s, 'shipped') ? true : null;
  const recent = /mise a jour recente|recent update|近期(?:已)?更新|物流信息正常|最近一次更新/.test(input.folded);
  const missingTracking = /non renseigne|aucun numero de suivi n'a ete|尚未上传|未上传(?:单号|追踪)|no tracking number (?:has been|was) (?:uploaded|entered)/.test(input.folded);
  const trackingState = has(s, 'returnedOrHeld')
    ? /perdu|lost|遗失|遺失|丢失|丟失/.test(input.folded)
      ? 'lost'
      : /douane|customs|海关|海關/.test(input.folded)
        ? 'held'
        : 'returned'
    : missingTracking
      ? 'missing'
      : recent
        ? 'recent_update'
        : has(s, 'trackingStalled')
          ? 'stalled'
          : has(s, 'deliveredClaimed')
            ? 'delivered'
            : null;
  const pseudo = PSEUDONYM.exec(input.text);
  return {
    carrier: input.carrierFromSender ?? carrierNamed(input.folded, input.config) ?? carrierOfTracking(input.tracking),
    shipped,
    trackingState,
    deliveredOn: deliveredOn(input.folded),
    amount: amount(input.folded, input.fromMarketplace),
    productName: productName(input.text),
    buyerName: pseudo ? pseudo[1]!.replace(/[.,;:]+$/, '') : input.buyerDisplayName,
  };
}
