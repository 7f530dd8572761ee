import type { OutcomeBuilder } from './outcome.ts';
import { YOHO_TIMING_MENTION } from './text-cues.ts';
import { yohoNonRecu } from './yoho-hk/delivery.handler.ts';
import { yohoClaim, yohoCounterfeit } from './yoho-hk/claim.handler.ts';
import { yohoLateShipment, yohoWarranty, yohoWithdrawal } from './yoho-hk/orders.handler.ts';

/** Yoho Hong Kong: the merchant is the customer's only contact (YOHO-MERCHANT-CS); one handler per category. */
export function applyYohoRules(o: OutcomeBuilder): void {
  switch (o.facts.category) {
    case 'non_recu':
      return yohoNonRecu(o);
    case 'damaged':
    case 'not_as_described':
      return yohoClaim(o);
    case 'counterfeit':
      return yohoCounterfeit(o);
    case 'withdrawal':
      return yohoWithdrawal(o);
    case 'late_shipment':
      return yohoLateShipment(o);
    case 'warranty':
      return yohoWarranty(o);
    case 'general':
      return yohoGeneral(o);
  }
}

/** General: nothing is answered automatically; notices are information; the Chinese refund timings are corrected. */
function yohoGeneral(o: OutcomeBuilder): void {
  const f = o.facts;
  const timing = YOHO_TIMING_MENTION.test(f.newText) || /轉數快|转数快|\bFPS\b/i.test(f.newText);
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/general/platform');
    o.flag('info-only');
    o.note('yoho-info-only');
    if (timing) o.note('yoho-refund-timing');
    return;
  }
  o.setHandler('yoho_hk/general/buyer');
  o.act('general-answer-yourself');
  if (timing) o.act('yoho-timing-question');
}
