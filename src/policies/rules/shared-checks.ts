import { registeredThresholdEur } from './identifiers.ts';
import { formatMoney } from '../drafts/format.ts';
import { regionNames, theCarrier } from './merchant-labels.ts';
import { carriers } from './identifiers.ts';
import type { OutcomeBuilder } from './outcome.ts';

/** Checks several handlers share. */

/** The carrier's name for the merchant, or "the carrier". */
export function carrierName(o: OutcomeBuilder): string {
  const lang = o.shop.merchantLanguage;
  return o.facts.carrier ? carriers[o.facts.carrier].label[lang] : theCarrier[lang];
}

/** The tracking number for the merchant, or an empty mark. */
export function trackingLabel(o: OutcomeBuilder): string {
  return o.facts.tracking ?? '—';
}

/**
 * RAK-REGISTERED: above 200 EUR from the EU or 60 EUR from outside, a parcel
 * not sent "Recommandé" loses a Non Reçu complaint automatically. Computed from
 * the order value and where the parcel left from, when known.
 */
export function checkRegistered(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.registered === true) return;
  const lang = o.shop.merchantLanguage;
  const threshold = registeredThresholdEur(f.shipFrom);
  const region = regionNames[f.shipFrom][lang];
  if (!f.amount || !f.amountTrusted || f.amount.currency !== 'EUR') {
    o.flag('registered-mail-unknown');
    o.act('registered-unknown');
    return;
  }
  if (f.amount.value <= threshold) return;
  o.flag('registered-mail-required');
  const vars = { amount: formatMoney(f.amount, lang), threshold, region };
  if (f.registered === false) {
    o.flag('registered-mail-missing');
    o.act('registered-missing', vars);
  } else {
    o.act('registered-check', vars);
  }
}

/** RAK-CN-NOTICE, as prevention on delivery problems of a shop shipping from China. */
export function chinaNotice(o: OutcomeBuilder): void {
  if (o.facts.shipFrom === 'china') o.act('cn-notice');
}

/** RAK-COMMISSION: grades B–D still pay commission on a lost complaint. */
export function commissionRisk(o: OutcomeBuilder): void {
  const g = o.shop.mqsGrade;
  if (g && g !== 'A') o.act('lost-commission', { grade: g });
}

/** A relayed buyer message inside an open Rakuten complaint carries the 72 h window (RAK-BUYER-72H). */
export function relayedClaimWindow(o: OutcomeBuilder): void {
  if (o.facts.sender === 'buyer' && o.facts.statedHours !== null) {
    o.flag('buyer-window-72h');
    o.deadline('RAK-BUYER-72H', 72, 'buyer-72h');
    o.act('agree-within-72h');
  }
}

/** Drafts to Rakuten customer service need `order/article` (RAK-CS-FORM); it also answers by the hours of RAK-CS-HOURS. */
export function rakutenPlatformDraftChecks(o: OutcomeBuilder, drafted: boolean): void {
  if (!drafted) return;
  const order = o.facts.order;
  if (order && !order.article) {
    o.flag('article-number-missing');
    o.act('article-missing');
  }
  o.note('cs-chinese-team');
}

/** The buyer wrote a form of "annuler": a withdrawal in Rakuten's words, never an annulation (RAK-WORDS). */
export function buyerSaidAnnuler(o: OutcomeBuilder): void {
  if (/annul/i.test(o.facts.newText)) o.flag('buyer-said-annuler');
}
