import type { OutcomeBuilder } from './outcome.ts';
import { marketplaceNames } from './merchant-labels.ts';
import { trackingLabel } from './shared-checks.ts';
import type { ActionCode } from './action-catalog.ts';

/**
 * Mail that is not a marketplace or buyer conversation: spoofed senders,
 * internal or supplier mail, carriers. None of it is ever answered; carrier
 * problems turn into a proactive notice to the buyer (RAK-NOTIFY), sent
 * automatically only if the merchant switched logistics notices on.
 */

/** A look-alike of a marketplace or carrier: nothing is drafted, the merchant is warned (ALL-APPROVAL). */
export function handleSpoofed(o: OutcomeBuilder): void {
  o.setHandler('common/spoofed');
  o.flag('spoofed-sender');
  const lang = o.shop.merchantLanguage;
  const who = o.facts.marketplace ? marketplaceNames[o.facts.marketplace][lang] : (o.mail.from?.name || o.mail.from?.address || '?').slice(0, 60);
  o.act('spoofed-sender', { who });
}

// What the rules say about a live case, for a colleague or supplier writing about one (no drafts).
const GUIDANCE: Partial<Record<string, Partial<Record<string, ActionCode[]>>>> = {
  rakuten_fr: {
    late_shipment: ['ship-now', 'late-no-annulation'],
    damaged: ['rebate-limit', 'ask-photos'],
    not_as_described: ['rebate-limit', 'ask-photos'],
    warranty: ['warranty-contact', 'warranty-refund-own-means'],
  },
  yoho_hk: {
    late_shipment: ['yoho-delay-agree', 'yoho-merchant-refund'],
    damaged: ['yoho-offer-solutions'],
    not_as_described: ['yoho-offer-solutions'],
    warranty: ['yoho-warranty'],
    withdrawal: ['yoho-merchant-refund'],
  },
};

// The rule an action stands for when its text leaves it to the caller (e.g. asking for photos).
const CATEGORY_RULE: Partial<Record<string, Partial<Record<string, string>>>> = {
  rakuten_fr: { damaged: 'RAK-DAMAGED', not_as_described: 'RAK-NAD', late_shipment: 'RAK-SHIP-48H', warranty: 'RAK-WARRANTY' },
  yoho_hk: { damaged: 'YOHO-RETURN-COST', not_as_described: 'YOHO-RETURN-COST', late_shipment: 'YOHO-DELAY-NOTE', warranty: 'YOHO-RETURN-COST', withdrawal: 'YOHO-REFUND-MERCHANT' },
};

/** Colleagues, suppliers, newsletters, spam: information only; a live case (an order and a claim) gets the rules' actions as guidance. */
export function handleOther(o: OutcomeBuilder): void {
  const f = o.facts;
  o.setHandler('common/other');
  o.flag('info-only');
  o.note('internal-info');
  if (f.category !== 'counterfeit') {
    if (f.order && f.marketplace) {
      const rule = CATEGORY_RULE[f.marketplace]?.[f.category] ?? (f.marketplace === 'yoho_hk' ? 'YOHO-PROMPT' : 'RAK-ANSWER');
      for (const code of GUIDANCE[f.marketplace]?.[f.category] ?? []) o.act(code, { rule });
    }
    return;
  }
  o.flag('counterfeit');
  if (f.marketplace === 'yoho_hk') {
    o.act('yoho-counterfeit-documents');
    return;
  }
  if (f.order && /factur|invoice|发票|發票|授权|授權|authori/i.test(f.newText)) o.act('supplier-counterfeit-documents', { order: f.order.display });
  o.act('counterfeit-remove-listings');
  o.act('counterfeit-invoices');
}

const EVENT_ACTIONS: Partial<Record<NonNullable<OutcomeBuilder['facts']['carrierEvent']>, ActionCode>> = {
  held: 'carrier-customs',
  returned: 'carrier-returned',
  lost: 'carrier-lost',
  damaged: 'carrier-damaged',
  picked_up: 'carrier-picked-up',
};

/** A carrier's mail: routine progress is noted; a problem becomes actions, its deadline, and a notice to the buyer. */
export function handleCarrier(o: OutcomeBuilder): void {
  const f = o.facts;
  o.setHandler(`common/carrier/${f.carrierEvent ?? 'unknown'}`);
  const rule = f.marketplace === 'yoho_hk' ? 'YOHO-PROMPT' : 'RAK-NOTIFY';
  const tracking = trackingLabel(o);
  const event = f.carrierEvent ?? (f.category === 'non_recu' ? 'held' : null);
  const code = event ? EVENT_ACTIONS[event] : undefined;
  if (!code || (f.category === 'general' && event !== 'picked_up')) {
    o.flag('info-only');
    o.note('carrier-routine', { rule, tracking });
    return;
  }
  o.act(code, { rule, tracking });
  if (f.statedHours !== null) o.deadline(rule, null, 'carrier-deadline');
  if (!f.marketplace || !f.order) {
    o.flag('order-reference-missing');
    o.act('carrier-find-order', { rule, tracking });
    return;
  }
  const shipping = event === 'picked_up';
  o.flag(shipping ? 'shipping-notice' : 'logistics-notice');
  o.draft({
    to: 'buyer',
    id: shipping ? 'notice-shipping' : 'notice-logistics',
    reply: false,
    purpose: shipping ? 'notice-shipping' : 'notice-logistics',
    notice: shipping ? 'shipping' : 'logistics',
    rules: [rule],
  });
}
