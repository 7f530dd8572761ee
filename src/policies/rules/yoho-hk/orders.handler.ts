import type { OutcomeBuilder } from '../outcome.ts';
import { yohoDecideRefund } from './delivery.handler.ts';

/**
 * Yoho, change of mind: before shipment the merchant raises the refund once the
 * customer acknowledges it and its reason (YOHO-REFUND-MERCHANT); after
 * delivery the merchant arranges and pays the pick-up (YOHO-RETURN-COST).
 */
export function yohoWithdrawal(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/withdrawal/platform');
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.note('yoho-info-only');
      return;
    }
    yohoDecideRefund(o, 'confirm');
    return;
  }
  // What the customer asks decides the flow; the shipping cue alone can mislead ("you have received a new message").
  const wantsReturn = /\breturn|send (?:it )?back|退貨|退货|寄回|寄返|退返/i.test(f.newText);
  const wantsCancel = /cancel|取消|annul/i.test(f.newText);
  if (wantsReturn || (f.shipped === true && !wantsCancel)) {
    o.setHandler('yoho_hk/withdrawal/buyer-delivered');
    o.act('yoho-return-pickup');
    o.act('yoho-merchant-refund');
    o.act('yoho-refund-timing');
    o.draft({ to: 'buyer', id: 'withdraw-return', reply: true, purpose: 'reply-buyer', rules: ['YOHO-RETURN-COST', 'YOHO-REFUND-MERCHANT', 'YOHO-ENGLISH-PREVAILS'] });
    return;
  }
  o.setHandler('yoho_hk/withdrawal/buyer-unshipped');
  if (f.shipped === null) o.flag('shipment-status-unknown');
  o.act('yoho-merchant-refund');
  o.act('yoho-refund-timing');
  o.draft({ to: 'buyer', id: 'withdraw-unshipped', reply: true, purpose: 'reply-buyer', rules: ['YOHO-REFUND-MERCHANT', 'YOHO-ENGLISH-PREVAILS'] });
}

/**
 * Yoho, late shipment: past the Day To Ship a cancellation request is refunded
 * without notice (YOHO-DAY-TO-SHIP); a delay is agreed with the customer first
 * and written in Internal Notes (YOHO-DELAY-NOTE); a customer's refund request
 * is agreed, or rejected only with consent and a reason (YOHO-REFUND-CUSTOMER).
 */
export function yohoLateShipment(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/late_shipment/platform');
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.act('yoho-cancelled-info');
      return;
    }
    if (f.request === 'decide_refund') {
      yohoDecideRefund(o, 'confirm-or-keep');
      o.act('yoho-delay-agree');
      return;
    }
    o.act('yoho-ship-and-input');
    const overdue = !/approaching|reminder|將會超出|即將|提醒/i.test(`${o.mail.subject}\n${f.newText}`);
    if (overdue) {
      o.flag('past-ship-by');
      o.act('yoho-past-day-to-ship');
    }
    o.act('yoho-delay-agree');
    const shipBy = f.shipByDate && f.mailDate && Date.parse(f.shipByDate) > Date.parse(f.mailDate) ? f.shipByDate : null;
    if (shipBy) o.deadlineOn(shipBy, 'YOHO-DAY-TO-SHIP', 'ship-by');
    else o.deadline('YOHO-DAY-TO-SHIP', 48, 'ship-48h');
    // Before the Day To Ship passes there is nothing to apologise for yet: only the actions.
    if (overdue) o.draft({ to: 'buyer', id: 'late-delay', reply: false, purpose: 'delay-agree', rules: ['YOHO-DELAY-NOTE', 'YOHO-DAY-TO-SHIP', 'YOHO-ENGLISH-PREVAILS'] });
    return;
  }
  o.setHandler('yoho_hk/late_shipment/buyer');
  o.flag('past-ship-by');
  o.act('yoho-past-day-to-ship');
  o.act('yoho-delay-agree');
  o.act('yoho-refund-timing');
  if (f.asksRefundOrCancel) {
    o.flag('alternative-drafts');
    o.act('yoho-merchant-refund');
    o.draft({ to: 'buyer', id: 'late-refund', reply: true, purpose: 'refund-confirm', rules: ['YOHO-REFUND-MERCHANT', 'YOHO-DAY-TO-SHIP', 'YOHO-ENGLISH-PREVAILS'] });
  }
  o.draft({ to: 'buyer', id: 'late-delay', reply: true, purpose: 'delay-agree', rules: ['YOHO-DELAY-NOTE', 'YOHO-DAY-TO-SHIP', 'YOHO-ENGLISH-PREVAILS'] });
}

/** Yoho, warranty: repair or replacement; the merchant collects the item at its cost (YOHO-RETURN-COST). */
export function yohoWarranty(o: OutcomeBuilder): void {
  const f = o.facts;
  o.act('yoho-warranty');
  o.act('yoho-merchant-handles');
  if (f.sender === 'platform') {
    o.setHandler('yoho_hk/warranty/platform');
    if (f.request === 'decide_refund') {
      o.flag('alternative-drafts');
      yohoDecideRefund(o, 'confirm');
    }
    o.draft({ to: 'buyer', id: 'warranty', reply: false, purpose: 'contact-buyer', rules: ['YOHO-RETURN-COST', 'YOHO-MERCHANT-CS'] });
    return;
  }
  o.setHandler('yoho_hk/warranty/buyer');
  o.draft({ to: 'buyer', id: 'warranty', reply: true, purpose: 'reply-buyer', rules: ['YOHO-RETURN-COST', 'YOHO-MERCHANT-CS'] });
}
