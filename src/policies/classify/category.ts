import type { Category, Evidence } from '../triage.schemas.ts';
import type { MotifScores } from './motifs.ts';
import { allMatches } from './normalize.ts';
import { count, firstOf, has, type Signals } from './signals.ts';

export interface CategoryResult {
  category: Category;
  /** 0..1: how clearly the text pointed there. */
  strength: number;
  evidence: Evidence[];
}

const MOTIF_PRIORITY: Exclude<Category, 'general'>[] = [
  'counterfeit',
  'non_recu',
  'damaged',
  'not_as_described',
  'warranty',
  'withdrawal',
  'late_shipment',
];

function because(category: Category, strength: number, reason: string, text?: string, source: Evidence['source'] = 'body'): CategoryResult {
  return { category, strength, evidence: [{ field: 'category', reason, source, ...(text ? { text } : {}) }] };
}

/** Long use: durations of months, last year, or a date mentioned more than ~6 weeks before the mail. */
function isLongUse(s: Signals, elapsed: () => number[]): boolean {
  return has(s, 'longUse') || elapsed().some((d) => d > 45);
}

const OUT_OF_STOCK = /out of stock|rupture de stock|缺貨|缺货|stock epuise/;
// A payout, settlement or account statement opens with it.
const PAYOUT = /votre virement|virement (?:de|du) |payout|settlement (?:statement|notice|report)|(?:本期)?(?:結算|结算)(?:款項|款项|通知|報表|报表)|releve de compte|account statement/;
// A shipment past its time, as opposed to one merely not gone yet ("pas encore expédiée" before a rétractation).
const OVERDUE = /day to ship|overdue|en retard|retard d'expedition|delai d'expedition[^.]{0,20}depasse|toujours pas (?:ete )?expedie|unshipped beyond|not shipped (?:within|in time)|逾期|超出|超過|超过/;
const NOT_AUTHENTICITY =
  /(?:ne met pas en cause|ne remet pas en (?:cause|question)|ne conteste pas|does not (?:question|dispute)|is not (?:questioning|disputing)|isn't (?:questioning|disputing)|不质疑|不質疑|並非質疑|并非质疑|无关真伪|無關真偽)[^.。]{0,30}(?:authenticit|真伪|真偽|正品|正貨)/;

/**
 * Category of a marketplace notice (or of a forwarded one) from the claim type
 * it names. Notices about no order are general unless they concern
 * counterfeit listings, which are shop-wide.
 */
export function categoryFromMotifs(
  motifs: MotifScores,
  body: string,
  signals: Signals,
  ctx: { hasOrder: boolean; elapsed: () => number[]; subject?: string },
): CategoryResult {
  if (OUT_OF_STOCK.test(body) && Object.keys(motifs).length === 0) {
    return because('general', 0.7, 'a refund the merchant raised (out of stock): no claim', body.match(OUT_OF_STOCK)![0]);
  }
  const payout = PAYOUT.exec(`${ctx.subject ?? ''}\n${body.slice(0, 200)}`);
  if (payout) return because('general', 0.85, 'a payout or statement: a claim it names is only a line of it', payout[0]);
  // "The buyer does not question the authenticity": a mismatch with the listing, not a counterfeit claim.
  const scores = NOT_AUTHENTICITY.test(body) ? { ...motifs, counterfeit: undefined } : motifs;
  let best: Exclude<Category, 'general'> | null = null;
  for (const cat of MOTIF_PRIORITY) {
    const s = scores[cat]?.score ?? 0;
    if (s > 0 && (!best || s > (scores[best]?.score ?? 0))) best = cat;
  }
  if (!best) return because('general', 0.6, 'names no claim type');
  // A cancellation or rétractation because the order never shipped is about the late shipment.
  if (best === 'withdrawal' && (scores.late_shipment?.score ?? 0) > 0 && OVERDUE.test(body)) best = 'late_shipment';
  if (!ctx.hasOrder && best !== 'counterfeit') {
    if ((scores.counterfeit?.score ?? 0) >= 2) best = 'counterfeit';
    else return because('general', 0.6, 'a notice about no particular order');
  }
  // A defect reported long after delivery is a warranty case, one found on arrival is damage;
  // "défectueux" alone, with neither the guarantee nor time of use, is a claim on arrival.
  if ((best === 'warranty' || best === 'damaged') && scores.warranty && (has(signals, 'fault') || has(signals, 'damaged'))) {
    const longUse = isLongUse(signals, ctx.elapsed);
    best = longUse ? 'warranty' : scores.damaged || !has(signals, 'warrantyWord') ? 'damaged' : best;
  }
  const m = scores[best]!;
  return because(best, Math.min(1, 0.5 + m.score * 0.15), `names a ${best.replace(/_/g, ' ')} claim`, m.first);
}

/** Category of what a carrier reports: a delivery problem, damage in transit, or routine progress. */
export function categoryForCarrier(s: Signals): CategoryResult {
  // Damage comes first: "damaged in transit, it will be repacked or returned" is about the damage.
  if (has(s, 'damaged')) return because('damaged', 0.8, 'the carrier reports damage', firstOf(s, 'damaged'));
  if (has(s, 'returnedOrHeld')) return because('non_recu', 0.85, 'the parcel will not reach the buyer (returned, held or lost)', firstOf(s, 'returnedOrHeld'));
  if (has(s, 'notReceived') || has(s, 'trackingStalled')) return because('non_recu', 0.6, 'the carrier reports a delivery problem', firstOf(s, 'notReceived', 'trackingStalled'));
  return because('general', 0.75, 'routine carrier update');
}

// Two different values of the same measure ("22mm" listed, "20mm" received): a mismatch with the listing.
const MEASURE = /(\d+(?:[.,]\d+)?)\s?(mm|cm|m|kg|g|w|mah|wh|gb|tb|mb|v|hz|l|ml|inch|pouces?|")(?![a-z])/g;

// "60 x 40 x 35 cm" listed, "45 x 30 x 25" received.
const DIMENSIONS = /(?<!\d|\d[.,])(\d{1,4}(?:[.,]\d+)?)\s?[x×*]\s?(\d{1,4}(?:[.,]\d+)?)(?:\s?[x×*]\s?(\d{1,4}(?:[.,]\d+)?))?(?!\d|[.,]\d)/g;

export function specMismatch(folded: string): string | null {
  const seen = new Map<string, string>();
  for (const m of allMatches(DIMENSIONS, folded)) {
    const value = [m[1], m[2], m[3]].filter(Boolean).join('x').replace(/,/g, '.');
    const prev = seen.get('dimensions');
    if (prev !== undefined && prev !== value) return `${prev} / ${value}`;
    seen.set('dimensions', value);
  }
  seen.clear();
  for (const m of allMatches(MEASURE, folded)) {
    const unit = m[2]!.replace(/^pouces?$/, 'inch').replace('"', 'inch');
    const value = m[1]!.replace(',', '.');
    const prev = seen.get(unit);
    if (prev !== undefined && prev !== value) return `${prev}${unit} / ${value}${unit}`;
    seen.set(unit, value);
  }
  return null;
}

export interface BuyerContext {
  /** Two values of one measure in the text (see `specMismatch`), computed on demand. */
  mismatch?: () => string | null;
  /** Days since each date the text mentions (computed on demand). */
  elapsed: () => number[];
  hasOrder: boolean;
  hasTracking: boolean;
}

/** Category of what a buyer writes (the new text, or the buyer's words inside a relay). */
export function categoryForBuyer(signals: Signals, ctx: BuyerContext): CategoryResult {
  const s = withoutDeniedDamage(signals);
  // A new one praised while the old one died: a review, not a claim.
  if (has(s, 'oldOneDied') && has(s, 'praise') && !has(s, 'returnOrRefund') && !has(s, 'cancel') && !has(s, 'warrantyWord')) return because('general', 0.65, 'praises the product; the fault was an old one', firstOf(s, 'oldOneDied'));
  const claim =
    has(s, 'notReceived') || has(s, 'trackingStalled') || has(s, 'damaged') || has(s, 'fault') || has(s, 'wrongItem') || has(s, 'counterfeit') || has(s, 'cancel') || has(s, 'returnOrRefund');
  // "Nothing wrong with it" while sending it back is a reason to return, not a settled problem.
  const returnsForOwnReason = has(s, 'ownReason') && (has(s, 'cancel') || has(s, 'returnOrRefund'));
  // "No problem for months, then it stopped": the no-problem is the time of use, not a settled case.
  if (has(s, 'resolved') && !has(s, 'counterfeit') && !has(s, 'damaged') && !has(s, 'wrongItem') && !returnsForOwnReason && !(has(s, 'fault') && has(s, 'longUse'))) {
    return because('general', 0.7, 'the buyer says the problem is settled', firstOf(s, 'resolved'));
  }
  // Thanks for a replacement or a refund, and it works now: the damage it recalls is settled.
  if (has(s, 'settledThanks') && (has(s, 'worksNow') || has(s, 'resolved')) && !has(s, 'counterfeit') && !has(s, 'notReceived')) {
    return because('general', 0.7, 'thanks for a settled case', firstOf(s, 'settledThanks'));
  }
  // A question before buying names no problem with goods already received.
  const problem = (has(s, 'damaged') || has(s, 'fault') || has(s, 'notReceived') || has(s, 'trackingStalled')) && !has(s, 'hypothetical');
  if (has(s, 'preSale') && !ctx.hasOrder && !problem) return because('general', 0.75, 'a question before buying', firstOf(s, 'preSale'));

  // Counterfeit: an authenticity claim backed by details (serial, logo, brand), not a size problem shouted as "fake".
  const fakeClaim = has(s, 'counterfeit') && !has(s, 'counterfeitNegated');
  const details = count(s, 'authenticity');
  const mismatch = has(s, 'wrongItem') || ((has(s, 'listingCompare') || has(s, 'sizeWord')) && !!ctx.mismatch?.());
  if (fakeClaim && (details >= 2 || (details >= 1 && !mismatch && !has(s, 'unbranded')))) {
    return because('counterfeit', 0.85, 'says the item is not genuine, with details', firstOf(s, 'counterfeit'));
  }

  // Unused, in its box: a personal reason to return only when nothing is wrong with the item.
  const ownReason = has(s, 'ownReason') || (has(s, 'unusedState') && !has(s, 'wrongItem'));
  const wantsOut = has(s, 'cancel') || has(s, 'returnOrRefund');
  const notShipped = has(s, 'notShipped') || has(s, 'noPickup');
  const notReceived = has(s, 'notReceived') || has(s, 'trackingStalled') || has(s, 'returnedOrHeld') || (has(s, 'deliveredClaimed') && has(s, 'notReceived'));

  // Withdrawal: the buyer cancels or returns for their own reason, nothing wrong with the goods.
  if (ownReason && wantsOut && !has(s, 'damaged') && !(has(s, 'delayComplaint') && notShipped && count(s, 'ownReason') + count(s, 'unusedState') < 2)) {
    return because('withdrawal', 0.8, 'cancels or returns for a personal reason', firstOf(s, 'ownReason', 'unusedState'));
  }
  // Not received: shipped but not arrived; never shipped (or never picked up) is a late shipment.
  if (notReceived) {
    // Marked as shipped on the buyer's account but no tracking given: a parcel that has not arrived.
    if (notShipped && !(has(s, 'markedShipped') && !has(s, 'noPickup'))) return because('late_shipment', 0.75, 'nothing received because it was never shipped', firstOf(s, 'noPickup', 'notShipped'));
    return because('non_recu', 0.8, 'shipped but not received', firstOf(s, 'trackingStalled', 'returnedOrHeld', 'notReceived', 'deliveredClaimed'));
  }
  // Housekeeping before shipment (a new address, an invoice) is not a complaint about delay.
  if ((has(s, 'addressChange') || has(s, 'invoiceRequest') || has(s, 'orderChange')) && !has(s, 'delayComplaint') && !has(s, 'damaged') && !has(s, 'wrongItem')) {
    const why = has(s, 'addressChange') ? 'asks to change the address' : has(s, 'invoiceRequest') ? 'asks for an invoice' : 'asks to add to or change the order before it ships';
    return because('general', 0.8, why, firstOf(s, 'addressChange', 'invoiceRequest', 'orderChange'));
  }
  // Cancelling before it ships, with no word about a delay: the buyer's own decision.
  if (notShipped && has(s, 'cancel') && !has(s, 'delayComplaint') && !has(s, 'noPickup') && !has(s, 'damaged') && !has(s, 'wrongItem')) {
    return because('withdrawal', 0.65, 'cancels before the order ships', firstOf(s, 'cancel'));
  }
  if (notShipped && (has(s, 'delayComplaint') || wantsOut || !ownReason)) {
    return because('late_shipment', 0.75, 'the order has not been shipped in time', firstOf(s, 'notShipped', 'noPickup'));
  }
  // Damage on arrival vs a fault after months of use (the legal guarantee).
  // Scratches or a missing part measured against the listing, with no sign of transport damage: not as described.
  if (
    (has(s, 'damaged') || has(s, 'fault')) &&
    has(s, 'listingCompare') &&
    has(s, 'wrongItem') &&
    !has(s, 'transportDamage') &&
    !isLongUse(s, ctx.elapsed)
  ) {
    return because('not_as_described', 0.75, 'differs from what the listing promised', firstOf(s, 'listingCompare', 'wrongItem'));
  }
  if (has(s, 'damaged') || has(s, 'fault')) {
    const arrival = has(s, 'onArrival');
    const longUse = isLongUse(s, ctx.elapsed);
    const days = ctx.elapsed();
    const recent = days.length > 0 && Math.max(...days) <= 14;
    if (longUse && !(arrival && recent && !has(s, 'longUse')) && !(has(s, 'damaged') && has(s, 'freshArrival'))) {
      return because('warranty', 0.8, 'a fault after months of use', firstOf(s, 'longUse', 'fault', 'damaged'));
    }
    if (has(s, 'damaged') || arrival) return because('damaged', 0.8, 'arrived damaged or not working', firstOf(s, 'damaged', 'fault'));
    if (has(s, 'warrantyWord')) return because('warranty', 0.6, 'a fault under the warranty', firstOf(s, 'warrantyWord'));
  }
  if (mismatch) {
    if (has(s, 'ownReason') && !has(s, 'counterfeit')) return because('withdrawal', 0.65, 'fits the listing but the buyer wants to return it', firstOf(s, 'ownReason'));
    return because('not_as_described', 0.8, 'not what the listing describes', firstOf(s, 'wrongItem') || ctx.mismatch?.() || '');
  }
  if (fakeClaim) return because('counterfeit', 0.6, 'says the item is fake', firstOf(s, 'counterfeit'));
  if (has(s, 'fault')) return because('warranty', 0.5, 'a fault', firstOf(s, 'fault'));
  if (ownReason && wantsOut) return because('withdrawal', 0.6, 'cancels or returns', firstOf(s, 'ownReason', 'unusedState'));
  if (has(s, 'cancel') && notShipped) return because('late_shipment', 0.5, 'cancels an unshipped order', firstOf(s, 'cancel'));
  if (has(s, 'cancel')) return because('withdrawal', 0.5, 'asks to cancel', firstOf(s, 'cancel'));
  if (has(s, 'invoiceRequest')) return because('general', 0.8, 'asks for an invoice', firstOf(s, 'invoiceRequest'));
  if (has(s, 'addressChange')) return because('general', 0.8, 'asks to change the address', firstOf(s, 'addressChange'));
  return because('general', claim ? 0.4 : 0.6, 'no claim in the text');
}

/** The signals, with damage that the text denies ("rien de cassé") left out. */
function withoutDeniedDamage(s: Signals): Signals {
  if (!has(s, 'undamaged') || count(s, 'damaged') > count(s, 'undamaged')) return s;
  return { get: (name) => (name === 'damaged' ? undefined : s.get(name)) };
}
