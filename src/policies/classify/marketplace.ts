import type { Evidence, Language, MarketplaceId } from '../triage.schemas.ts';
import { foldText } from './normalize.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

export interface MarketplaceInput {
  /** Marketplace known from the sender (its domain, or the one a spoofer impersonates). */
  fromSender: MarketplaceId | null;
  senderKind: string;
  role: 'platform' | 'buyer' | 'carrier' | 'other';
  subject: string;
  newText: string;
  quotedText: string;
  orderId: string | null;
  /** The order number matched a marketplace's own order pattern (e.g. Yoho's `YH…`). */
  orderMarketplace: MarketplaceId | null;
  /** The marketplace whose own address sent a notice this mail forwards. */
  forwardedFrom?: MarketplaceId | null;
  language: Language;
}

const foldedNames = new WeakMap<readonly string[], string[]>();

function mentions(folded: string, names: readonly string[]): number {
  let list = foldedNames.get(names);
  if (!list) {
    list = names.map(foldText);
    foldedNames.set(names, list);
  }
  let n = 0;
  for (const f of list) {
    for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + f.length)) n++;
  }
  return n;
}

const otherPatterns = new WeakMap<readonly string[], RegExp>();
function otherMarketplaces(folded: string, names: readonly string[]): string[] {
  let re = otherPatterns.get(names);
  if (!re) {
    re = new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
    otherPatterns.set(names, re);
  }
  return [...new Set(folded.match(re) ?? [])];
}


/** How many marketplaces — ours and others — a folded text names. */
export function marketplacesNamed(folded: string, config: TriageConfig): number {
  const ours = (Object.keys(config.marketplaces) as MarketplaceId[]).filter((id) => mentions(folded, config.marketplaces[id].names) > 0).length;
  return ours + otherMarketplaces(folded, config.otherMarketplaceNames).length;
}

/** Which marketplace a mail concerns; null when it cannot be told or concerns several. */
export function decideMarketplace(input: MarketplaceInput, config: TriageConfig): { marketplace: MarketplaceId | null; evidence: Evidence[] } {
  if (input.fromSender) {
    return { marketplace: input.fromSender, evidence: [] };
  }
  const ids = Object.keys(config.marketplaces) as MarketplaceId[];
  const text = `${foldText(input.subject)}\n${foldText(input.newText)}`;
  const counts = new Map(ids.map((id) => [id, mentions(text, config.marketplaces[id].names)]));
  const named = ids.filter((id) => (counts.get(id) ?? 0) > 0);
  const others = otherMarketplaces(text, config.otherMarketplaceNames);
  const say = (marketplace: MarketplaceId | null, reason: string, source: Evidence['source'] = 'body') => ({
    marketplace,
    evidence: [{ field: 'marketplace', reason, source }],
  });

  if (input.orderMarketplace) return say(input.orderMarketplace, `the order reference is ${config.marketplaces[input.orderMarketplace].name}'s (its format or prefix)`);
  const body = foldText(input.newText);
  const namedInBody = ids.filter((id) => mentions(body, config.marketplaces[id].names) > 0);
  // A forwarded notice from a marketplace's own address says whose case it is, whatever a subject tag claims.
  if (input.forwardedFrom && namedInBody.length === 0) {
    return say(input.forwardedFrom, `forwards a notice from ${config.marketplaces[input.forwardedFrom].name}'s address`, 'quote');
  }
  // A stranger's subject tag ("[Rakuten] URGENT") that a substantial body never bears out is bait, not a case.
  if (input.role === 'other' && input.senderKind === 'unknown' && !input.orderId && named.length === 1 && namedInBody.length === 0 && body.trim().length >= 60) {
    return say(null, `names ${config.marketplaces[named[0]!].name} only in the subject; the text is about something else`, 'rule');
  }
  if (named.length > 1) return say(null, 'names several marketplaces: about none in particular');
  if (named.length === 1) {
    const id = named[0]!;
    if (others.length > 0 && input.role === 'other') return say(null, `names ${config.marketplaces[id].name} among other marketplaces (${others.join(', ')})`);
    return say(id, `names ${config.marketplaces[id].name}`);
  }
  if (others.length > 0) return say(null, `names only other marketplaces (${others.join(', ')})`);
  // A buyer replying to the shop's own mail: the quoted mail often names the marketplace.
  const quoted = foldText(input.quotedText);
  const namedInQuote = ids.filter((id) => mentions(quoted, config.marketplaces[id].names) > 0);
  if (namedInQuote.length === 1) return say(namedInQuote[0]!, `the quoted mail names ${config.marketplaces[namedInQuote[0]!].name}`, 'quote');
  if (input.role === 'carrier' || input.role === 'other') {
    // A carrier's or colleague's reference in order/article form is a Rakuten order.
    if (input.orderId && input.orderId.includes('/')) return say('rakuten_fr', 'an order/article reference (Rakuten France form)');
    // A carrier's shipper reference of ten digits is a Rakuten France order number (Yoho's carry their YH prefix).
    if (input.role === 'carrier' && input.orderId && /^\d{10}$/.test(input.orderId)) return say('rakuten_fr', 'a ten-digit shipper reference (Rakuten France order form)');
    return say(null, 'no marketplace named and no order reference');
  }
  if (input.orderId && input.orderId.includes('/')) return say('rakuten_fr', 'an order/article reference (Rakuten France form)');
  // A Rakuten order number is numeric, Yoho's is not: that tells it. Language or currency alone do not.
  if (input.orderId && /^\d+$/.test(input.orderId)) return say('rakuten_fr', 'a numeric order number (Rakuten France form)');
  return say(null, 'no marketplace named', 'rule');
}
