import type { OutcomeBuilder } from '../outcome.ts';
import { yohoDecideRefund } from './delivery.handler.ts';

/**
 * Yoho, damaged or not as described: exchange, or return and full refund; the
 * merchant arranges the pick-up and bears every cost (YOHO-RETURN-COST); refund
 * times are the English ones (YOHO-ENGLISH-PREVAILS).
 */
export function yohoClaim(o: OutcomeBuilder): void {
  const f = o.facts;
  const rules = ['YOHO-RETURN-COST', 'YOHO-MERCHANT-CS', 'YOHO-ENGLISH-PREVAILS'];
  o.act('yoho-offer-solutions');
  o.act('yoho-refund-timing');
  if (f.sender === 'platform') {
    o.setHandler(`yoho_hk/${f.category}/platform`);
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.note('yoho-info-only');
      return;
    }
    if (f.request === 'decide_refund') {
      // A return and refund request: the item comes back at the merchant's cost first, then Agree Refund.
      o.act('yoho-return-pickup');
      yohoDecideRefund(o, 'none');
      o.draft({ to: 'buyer', id: 'withdraw-return', reply: false, purpose: 'contact-buyer', rules: [...rules, 'YOHO-REFUND-CUSTOMER'] });
      return;
    }
    o.act('yoho-merchant-handles');
    o.act('yoho-record-solution');
    o.deadline('YOHO-PROMPT', f.statedHours, 'contact-customer');
    o.draft({ to: 'buyer', id: 'claim', reply: false, purpose: 'contact-buyer', rules });
    return;
  }
  o.setHandler(`yoho_hk/${f.category}/buyer`);
  o.act('yoho-merchant-handles');
  o.draft({ to: 'buyer', id: 'claim', reply: true, purpose: 'reply-buyer', rules });
}

/** Yoho, counterfeit: the merchant gathers evidence; nothing is sent without the merchant writing it. */
export function yohoCounterfeit(o: OutcomeBuilder): void {
  const f = o.facts;
  o.flag('counterfeit', 'manual-send');
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/counterfeit/platform');
    if (f.request === 'remove_listings') {
      o.act('yoho-remove-listings');
      o.deadline('YOHO-PROMPT', f.statedHours, 'remove-listings');
      return;
    }
    o.act('yoho-counterfeit-documents');
    o.act('yoho-merchant-handles');
    o.deadline('YOHO-PROMPT', f.statedHours, 'reply-platform');
    o.draft({ to: 'platform', id: 'counterfeit-documents', reply: true, purpose: 'start-only', send: 'never', rules: ['YOHO-PROMPT', 'ALL-APPROVAL'], attachments: ['supplier-invoices', 'brand-authorisation', 'serial-photos'] });
    o.draft({ to: 'buyer', id: 'counterfeit', reply: false, purpose: 'start-only', send: 'never', rules: ['YOHO-MERCHANT-CS', 'ALL-APPROVAL'] });
    return;
  }
  o.setHandler('yoho_hk/counterfeit/buyer');
  o.act('yoho-counterfeit-documents');
  o.act('yoho-merchant-handles');
  o.draft({ to: 'buyer', id: 'counterfeit', reply: true, purpose: 'start-only', send: 'never', rules: ['YOHO-MERCHANT-CS', 'ALL-APPROVAL'] });
}
