import type { OutcomeBuilder } from '../outcome.ts';
import { carrierName, trackingLabel } from '../shared-checks.ts';

/**
 * Yoho, parcel not received. Yoho has no complaint procedure of its own: the
 * merchant chases the carrier and keeps the customer informed (YOHO-MERCHANT-CS,
 * YOHO-PROMPT); when Yoho asks for the latest status, it gets it in time.
 */
export function yohoNonRecu(o: OutcomeBuilder): void {
  const f = o.facts;
  const carrier = carrierName(o);
  const tracking = trackingLabel(o);
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/non_recu/platform');
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.note('yoho-info-only');
      return;
    }
    const andYoho = { en: ' and reply to Yoho', fr: ' et répondez à Yoho', 'zh-Hans': '，并回复友和', 'zh-Hant': '，並回覆友和' }[o.shop.merchantLanguage];
    o.act('yoho-carrier-status', { carrier, tracking, andYoho });
    o.act('yoho-merchant-handles');
    o.deadline('YOHO-PROMPT', 48, 'reply-platform');
    o.draft({ to: 'platform', id: 'carrier-status', reply: true, purpose: 'reply-platform', rules: ['YOHO-PROMPT', 'YOHO-MERCHANT-CS'] });
    o.draft({ to: 'buyer', id: 'nonrecu', reply: false, purpose: 'contact-buyer', rules: ['YOHO-MERCHANT-CS', 'YOHO-PROMPT'] });
    return;
  }
  o.setHandler('yoho_hk/non_recu/buyer');
  o.act('yoho-carrier-status', { carrier, tracking, andYoho: '' });
  o.act('yoho-merchant-handles');
  o.draft({ to: 'buyer', id: 'nonrecu', reply: true, purpose: 'reply-buyer', rules: ['YOHO-MERCHANT-CS', 'YOHO-PROMPT'] });
}

/**
 * Yoho, customer's refund request in the Merchant Center: agree, or reject with
 * consent and a reason (YOHO-REFUND-CUSTOMER). `drafts`: which messages to the
 * customer come with it (none when another draft already answers).
 */
export function yohoDecideRefund(o: OutcomeBuilder, drafts: 'confirm' | 'confirm-or-keep' | 'none'): void {
  o.act('yoho-agree-refund');
  o.act('yoho-reject-refund');
  o.act('yoho-refund-timing');
  if (drafts === 'none') return;
  o.draft({ to: 'buyer', id: 'refund-confirm', reply: false, purpose: 'refund-confirm', rules: ['YOHO-REFUND-CUSTOMER', 'YOHO-ENGLISH-PREVAILS'] });
  if (drafts === 'confirm-or-keep') {
    o.flag('alternative-drafts');
    o.draft({ to: 'buyer', id: 'refund-keep', reply: false, purpose: 'refund-keep', rules: ['YOHO-REFUND-CUSTOMER', 'YOHO-DELAY-NOTE'] });
  }
}
