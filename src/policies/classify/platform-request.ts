import type { Category, Evidence, MarketplaceId, PlatformRequest } from '../triage.schemas.ts';
import { hoursUntilStatedDate, workingDaysHours } from './deadline-dates.ts';
import { allMatches } from './normalize.ts';
import { mayMatch, phraseRegex, scanPhrases, squash, type PhraseHits } from './phrase-index.ts';
import { INFO_ONLY_PHRASES } from './phrases/request-phrases.ts';

/**
 * What a marketplace notice asks the merchant to do, and by when. Works on
 * folded text. Phrases inside a condition ("if you cannot ship…", "à défaut…",
 * 如…) weigh less: they describe a fallback, not the request.
 */
// A sentence that asks ("merci de", "please", 请) rather than describes.
const IMPERATIVE = /(?:^|[^a-z])(?:merci de|veuillez|nous vous demandons|nous vous invitons|please|kindly|you must|vous devez|je vous prie)|请|請|务必|務必/;
const PRIORITY: Exclude<PlatformRequest, 'info_only'>[] = ['remove_listings', 'provide_documents', 'provide_tracking', 'decide_refund', 'contact_buyer'];

const INFO_RE = new RegExp(INFO_ONLY_PHRASES.join('|'));
const CONDITION = /^(?:\s*[-–•*\d.)]*\s*)(?:si |sinon|a defaut|faute de|sans (?:ce|reponse|action|accord)|passe ce delai|if |otherwise|unless|should |in the event|若|如果|如未|如需|如確實|如确实|如有|逾期|否则|否則)/;
const CONDITION_INSIDE =
  /\b(?:si vous ne|if you (?:cannot|can't|are unable|believe|wish)|au cas ou|remarque|a noter|for your information)\b|(?:如确实|如確實|若确认|若確認|或会|或會|温馨提示|溫馨提示)|(?:^|[：:，,；;])\s*(?:如果|假如|如(?!何)|若)/;

/** Sentences of a notice; single line breaks are wrapping (or a list continuing its sentence), blank lines end one. */
function sentences(text: string): string[] {
  return text
    .replace(/\n(?!\s*\n)/g, ' ')
    // "1. la facture…": list numbers are not sentence ends.
    .replace(/(^|\s)(\d{1,2})\.(?=\s)/g, '$1$2)')
    // Chinese ends a sentence with no space after it; a folded "；" became ";".
    .split(/(?<=[.!?;；])\s+|(?<=[。！？；])|(?<=[;!?])(?=\p{Script=Han})|\n+/u)
    .filter((s) => s.trim());
}

export interface RequestResult {
  request: PlatformRequest;
  evidence: Evidence[];
  /** The sentences that carry the request: its deadline is looked for there first. */
  sentences?: string[];
}

export function decidePlatformRequest(folded: string, category: Category, hasOrder: boolean, hits?: PhraseHits): RequestResult {
  const info = INFO_RE.exec(folded);
  if (info) return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'says no action is needed', source: 'body', text: info[0] }] };
  const scores = new Map<Exclude<PlatformRequest, 'info_only'>, { score: number; text: string; sentences: string[] }>();
  const possible = hits ?? scanPhrases(squash(folded));
  const asked = PRIORITY.filter((r) => mayMatch(possible, 'requests', r));
  if (asked.length) {
    // Each candidate request's regex runs once over the notice; its matches are then placed in their sentences.
    const list = sentences(folded);
    // The separator ends every "[^.]" / "[^。]" window, so no match spans two sentences.
    const SEP = '.。\n';
    const joined = list.join(SEP);
    const starts: number[] = [];
    for (let i = 0, at = 0; i < list.length; at += list[i]!.length + SEP.length, i++) starts.push(at);
    const sentenceAt = (index: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const weightOf = new Map<number, number>();
    for (const req of asked) {
      const re = phraseRegex('requests', req);
      re.lastIndex = 0;
      const seen = new Set<number>();
      for (let m = re.exec(joined); m; m = re.exec(joined)) {
        const k = sentenceAt(m.index);
        if (seen.has(k)) continue;
        seen.add(k);
        const sentence = list[k]!;
        let weight = weightOf.get(k);
        if (weight === undefined) weightOf.set(k, (weight = CONDITION.test(sentence) || CONDITION_INSIDE.test(sentence) ? 0.3 : 1));
        const prev = scores.get(req);
        scores.set(req, { score: (prev?.score ?? 0) + weight, text: prev?.text ?? m[0], sentences: weight === 1 ? [...(prev?.sentences ?? []), sentence] : (prev?.sentences ?? []) });
      }
    }
  }
  // "Get the latest status from your carrier and send it to us (a carrier statement if possible)":
  // the papers named where the carrier's status is asked for are that status's proof (RAK-NONRECU c).
  const docs = scores.get('provide_documents');
  const tracking = scores.get('provide_tracking');
  if (docs && tracking && docs.sentences.length > 0 && docs.sentences.every((s) => tracking.sentences.includes(s))) scores.delete('provide_documents');
  let best: Exclude<PlatformRequest, 'info_only'> | null = null;
  for (const req of PRIORITY) {
    const s = scores.get(req)?.score ?? 0;
    if (s >= 1 && (!best || s > (scores.get(best)?.score ?? 0) + 0.5)) best = req;
  }
  if (!best) {
    // Only fallbacks were named: take the strongest of them if any, else it is information.
    for (const req of PRIORITY) if ((scores.get(req)?.score ?? 0) > 0 && !best) best = req;
    if (!best || (!hasOrder && category === 'general' && best !== 'remove_listings' && best !== 'provide_documents')) return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'asks for nothing', source: 'rule' }] };
  }
  // A notice about no particular order asks nothing of an order; listings and the shop's own papers are shop-wide.
  if (!hasOrder && category === 'general' && best !== 'remove_listings' && best !== 'provide_documents') return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'a notice about no particular order', source: 'rule' }] };
  const chosen = scores.get(best)!;
  return { request: best, evidence: [{ field: 'platform_request', reason: `asks to ${best.replace(/_/g, ' ')}`, source: 'body', text: chosen.text }], sentences: chosen.sentences };
}

// ---- Deadlines --------------------------------------------------------------

const ZH_NUM: Record<string, number> = { 一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 十: 10 };
const FR_NUM: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10, quatorze: 14, one: 1, two: 2, three: 3, five: 5, seven: 7, ten: 10 };
const HOURS_RE = [
  /(?:sous|dans les|dans un delai de|au plus tard sous|d'ici|vous disposez de|disposez de|il vous reste|vous avez|you have|within(?: the next)?|in the next|no later than|(?:delai|deadline|time limit)\s*:)\s*(\d{1,3})\s*(?:h\b|heures?|hours?|hrs?)/g,
  /(\d{1,3})\s*(?:小时|小時|個小時|个小时)\s*(?:内|內|之内|之內)/g,
  /(\d{1,3})\s*(?:h|hours?|heures?)\s*(?:of|from|after|a compter|apres) (?:de )?(?:this|the|receipt|reception|ce|la)/g,
];
const DAYS_RE = [
  /(?:sous|dans les|dans un delai de|au plus tard sous|vous disposez de|disposez de|il vous reste|vous avez|you have|within(?: the next)?|in the next|(?:delai|deadline|time limit)\s*:)\s*(\d{1,2}|un|une|deux|trois|quatre|cinq|sept|dix|one|two|three|five|seven|ten)\s*(?:working |business |calendar )?(?:jours?|days?)(?: ouvres| ouvrables)?/g,
  /(?:在)?(\d{1,2}|[一两兩二三四五六七十])\s*(?:个|個)?(?:工作)?(?:天|日)\s*(?:（[^）]*）|\([^)]*\))?\s*(?:内|內)/g,
];

// "3 jours ouvrés", "two business days", "3個工作天": weekends do not count.
const WORKING_DAYS = /working|business|ouvr|工作/;

function num(token: string): number {
  return /^\d+$/.test(token) ? +token : ZH_NUM[token] ?? FR_NUM[token] ?? NaN;
}

// "The listing said dispatch within 2 working days": a shop's handling promise, quoted, is no time limit.
const HANDLING_PROMISE = /(?:dispatch(?:ed)?|ships?|shipped|shipping|expedie?e?s?|expedition|envoi|envoye|handling|livraison|delivery|deliver(?:ed)?|发货|發貨|出貨|出货|寄出)\s*$/;

/**
 * Hours the mail gives the merchant, when it states them (hours preferred over days).
 * `promisesAreNotDeadlines`: for mail that is not a marketplace notice, a handling time it
 * quotes ("ships within 3 working days") is the listing's promise, not a time limit; in a
 * notice, "ship within 24 hours" is the request itself.
 */
export function statedDeadlineHours(folded: string, promisesAreNotDeadlines = false): { hours: number; text: string; workingDays?: number } | null {
  const first = (re: RegExp, unit: number) => {
    for (const m of allMatches(re, folded)) {
      if (Number.isNaN(num(m[1]!))) continue;
      if (promisesAreNotDeadlines && HANDLING_PROMISE.test(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
      const n = num(m[1]!);
      return unit === 24 && WORKING_DAYS.test(m[0]) ? { hours: n * unit, text: m[0], workingDays: n } : { hours: n * unit, text: m[0] };
    }
    return null;
  };
  for (const re of HOURS_RE) {
    const found = first(re, 1);
    if (found) return found;
  }
  for (const re of DAYS_RE) {
    const found = first(re, 24);
    if (found) return found;
  }
  return null;
}

/**
 * Deadline in hours for a platform request: stated in the mail, else the
 * marketplace rule (RAK-DOCS-48H for documents and tracking, RAK-BUYER-72H for
 * claims to settle with the buyer). Yoho sets no default.
 */
export function decideDeadlineHours(
  folded: string,
  request: PlatformRequest,
  category: Category,
  marketplace: MarketplaceId | null,
  mailDate: string | null,
  requestSentences: readonly string[] = [],
): { hours: number | null; evidence: Evidence[] } {
  if (request === 'info_only') return { hours: null, evidence: [] };
  // The time limit of the request itself first ("请您在24小时内完成发货"), not one the notice recalls in passing.
  const ordered = [...requestSentences.filter((s) => IMPERATIVE.test(s)), ...requestSentences.filter((s) => !IMPERATIVE.test(s))];
  const inRequest = ordered.map((s) => statedDeadlineHours(s) ?? hoursUntilStatedDate(s, mailDate, marketplace)).find((d) => d !== null);
  // Elsewhere in the notice, the date the order had to ship by is not the deadline of a refund or document request.
  const stated = inRequest ?? statedDeadlineHours(folded) ?? hoursUntilStatedDate(folded, mailDate, marketplace, request === 'provide_tracking');
  if (stated) {
    const { workingDays } = stated as { workingDays?: number };
    const hours = (workingDays ? workingDaysHours(workingDays, mailDate, marketplace) : null) ?? stated.hours;
    return { hours, evidence: [{ field: 'deadline_hours', reason: 'the mail states the time limit', source: 'body', text: stated.text }] };
  }
  if (marketplace === 'rakuten_fr') {
    if (request === 'provide_documents' || request === 'provide_tracking') {
      return { hours: 48, evidence: [{ field: 'deadline_hours', reason: 'RAK-DOCS-48H: documents asked by customer service are due within 48 h', source: 'rule' }] };
    }
    if (request === 'contact_buyer' && ['damaged', 'not_as_described', 'non_recu', 'late_shipment'].includes(category)) {
      return { hours: 72, evidence: [{ field: 'deadline_hours', reason: 'RAK-BUYER-72H: 3 days to agree a solution with the buyer', source: 'rule' }] };
    }
  }
  return { hours: null, evidence: [] };
}
