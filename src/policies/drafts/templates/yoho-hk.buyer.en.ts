import { buyerClosing, greeting, yohoRefundTiming } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoBuyerTemplate } from '../template-ids.ts';

/**
 * Yoho, to the customer, in English. The merchant handles every request itself
 * (YOHO-MERCHANT-CS), arranges and pays any pick-up (YOHO-RETURN-COST), and
 * quotes Yoho's English refund times (YOHO-ENGLISH-PREVAILS).
 */

const ord = (p: TemplateParams) => (p.order ? `order ${p.order}` : 'order');
const subject = (p: TemplateParams, what?: string) => `Your ${ord(p)}${what ? ` – ${what}` : ''}`;
const timing = (p: TemplateParams) => yohoRefundTiming('en', p.refundMethod);

function deliveryStatus(p: TemplateParams): string {
  const carrier = p.carrier ?? 'the carrier';
  switch (p.trackingState) {
    case 'delivered':
      return `The carrier’s record shows the parcel as delivered. Could you please check with your building’s management office, your neighbours or anyone who may have received it for you? We have also asked ${carrier} for the proof of delivery.`;
    case 'returned':
      return 'The carrier tells us the parcel is on its way back to us. We will be glad to send it out again: could you please confirm your delivery address, and whether a locker, a pick-up point or home delivery suits you best?';
    case 'held':
      return 'The parcel is currently held at customs. We are working with the carrier to have it cleared as quickly as possible.';
    case 'lost':
      return 'The carrier has confirmed that the parcel was lost. We can send you a replacement or give you a full refund: please let us know which you prefer.';
    case 'recent_update':
      return 'According to the tracking, the parcel is on its way and should reach you soon.';
    case 'stalled':
      return `As the tracking has not been updated for a while, we have asked ${carrier} to locate the parcel, and we will update you as soon as we hear back.`;
    default:
      return 'We are checking the shipment with the carrier now and will come back to you shortly.';
  }
}

function logisticsNews(p: TemplateParams): string {
  const parcel = `your parcel (${ord(p)}${p.tracking ? `, tracking number ${p.tracking}` : ''})`;
  switch (p.event) {
    case 'returned':
      return `The carrier tells us that ${parcel} could not be delivered and is coming back to us. We will contact you shortly to arrange a new delivery.`;
    case 'lost':
      return `The carrier has confirmed that ${parcel} was lost. We can send you a replacement or give you a full refund: please let us know which you prefer.`;
    case 'damaged':
      return `The carrier tells us that ${parcel} was damaged in transit. If anything is wrong when it arrives, please let us know straight away and we will sort it out.`;
    default:
      return `We would like to let you know that ${parcel} is currently held at customs. We are working with the carrier to have it cleared as quickly as possible.`;
  }
}

export const yohoBuyerEn: Record<YohoBuyerTemplate, Template> = {
  nonrecu: (p) => ({
    subject: subject(p, 'delivery update'),
    body: paragraphs(
      greeting('en', p.name),
      p.replying ? 'Thank you for your message, and sorry for the wait.' : 'We are writing about the delivery of your parcel, and we are sorry for the wait.',
      `Your ${ord(p)} was shipped${p.carrier ? ` with ${p.carrier}` : ''}${p.tracking ? `, tracking number ${p.tracking}` : ''}.`,
      deliveryStatus(p),
      buyerClosing(p),
    ),
  }),
  claim: (p) => {
    const damaged = p.category === 'damaged';
    const item = p.product ? ` (${p.product})` : '';
    return {
      subject: subject(p, damaged ? 'damaged item' : 'item not as described'),
      body: paragraphs(
        greeting('en', p.name),
        damaged ? `We are very sorry that your ${ord(p)}${item} arrived damaged.` : `We are very sorry that the item you received for your ${ord(p)}${item} does not match our listing.`,
        p.hasPhotos
          ? 'Thank you for the photos.'
          : damaged
            ? 'So that we can arrange this quickly, could you please send us a few photos of the item and its packaging?'
            : 'So that we can arrange this quickly, could you please send us a few photos showing the difference (label, model, size or colour)?',
        ['We can offer you either:', `– an exchange for ${damaged ? 'a new item' : 'the correct item'}, or`, '– a return and full refund.'].join('\n'),
        'Either way, we will arrange the pick-up of the item, at no cost to you.',
        `If you choose a refund: ${timing(p)}`,
        'Please let us know which you prefer.',
        buyerClosing(p),
      ),
    };
  },
  counterfeit: (p) => ({
    subject: subject(p),
    body: paragraphs(
      greeting('en', p.name),
      `Thank you for your message about your ${ord(p)}. We take it very seriously.`,
      'We are checking the origin of this item with our supplier right now. To help us, could you please send us photos of the item, its packaging and the serial numbers or markings you mention?',
      'We will come back to you as soon as possible.',
      buyerClosing(p),
    ),
  }),
  'withdraw-unshipped': (p) => ({
    subject: subject(p, 'cancellation and refund'),
    body: paragraphs(
      greeting('en', p.name),
      p.shipped === false
        ? `Thank you for letting us know. As your ${ord(p)} has not been shipped yet, we can cancel it and give you a full refund.`
        : `Thank you for letting us know. If your ${ord(p)} has not been shipped yet, we can cancel it and give you a full refund.`,
      `To confirm: we will submit a full refund for ${ord(p)}, with the reason “cancelled at the customer’s request before shipment”. Could you please reply to confirm that this is fine with you?`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'withdraw-return': (p) => ({
    subject: subject(p, 'return'),
    body: paragraphs(
      greeting('en', p.name),
      `${p.replying ? 'Thank you for your message. ' : ''}We can accept the return of your ${ord(p)}.`,
      `We will arrange the pick-up of the item at no cost to you; please keep it unused, in its original packaging. Once we have received it, we will submit a full refund. ${timing(p)}`,
      'Could you please let us know a convenient pick-up address and time?',
      buyerClosing(p),
    ),
  }),
  'late-delay': (p) => ({
    subject: subject(p, 'shipping update'),
    body: paragraphs(
      greeting('en', p.name),
      `We sincerely apologise that your ${ord(p)} has not been shipped yet, and for not keeping you informed.`,
      p.shipDate
        ? `We expect to ship it by ${p.shipDate}. Could you please let us know if this is acceptable to you?`
        : 'We are preparing it as a priority and will send you the tracking number as soon as it ships. Could you please let us know if you are happy to wait?',
      `If you would rather not wait, we can cancel the order and refund you in full instead: just let us know. ${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'late-refund': (p) => ({
    subject: subject(p, 'refund'),
    body: paragraphs(
      greeting('en', p.name),
      `We sincerely apologise that your ${ord(p)} was not shipped on time.`,
      `As you requested, we will cancel the order and submit a full refund, with the reason “order not shipped within the promised time”. Could you please reply to confirm that this is fine with you?`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'refund-confirm': (p) => ({
    subject: subject(p, 'refund request'),
    body: paragraphs(
      greeting('en', p.name),
      `We have received your refund request for ${ord(p)}${p.category === 'late_shipment' ? ', and we sincerely apologise for the delay in shipping' : ''}.`,
      `We will approve the refund. ${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'refund-keep': (p) => ({
    subject: subject(p, 'refund request'),
    body: paragraphs(
      greeting('en', p.name),
      `We have received your refund request for ${ord(p)}, and we sincerely apologise for the delay.`,
      `Your order will be shipped by ${p.shipDate ?? ph('date you can ship by')}. Would you agree to keep the order? If so, please reply to confirm, and we will send you the tracking number as soon as it ships.`,
      'If you still prefer a refund, just tell us and we will approve your request.',
      buyerClosing(p),
    ),
  }),
  warranty: (p) => ({
    subject: p.order ? subject(p, 'warranty') : 'Your warranty request',
    body: paragraphs(
      greeting('en', p.name),
      `${p.replying ? 'Thank you for contacting us, and we' : 'We'} are sorry to hear about the problem with your ${p.product ?? 'item'}${p.order ? ` (${ord(p)})` : ''}.`,
      'We will be glad to look into it under the product’s warranty. To start, could you please send us a short description of the fault, and a photo or short video showing it?',
      p.order ? null : 'Could you also let us know your Yoho order number?',
      'Once we have checked it, we will arrange the pick-up of the item for repair or replacement, at no cost to you.',
      buyerClosing(p),
    ),
  }),
  'notice-logistics': (p) => ({
    subject: subject(p, 'news about your parcel'),
    body: paragraphs(greeting('en', null), logisticsNews(p), 'We apologise for the inconvenience.', buyerClosing(p)),
  }),
  'notice-shipping': (p) => ({
    subject: p.order ? `Your order ${p.order} has been shipped` : 'Your order has been shipped',
    body: paragraphs(
      greeting('en', null),
      `Good news: your ${ord(p)} has been shipped${p.carrier ? ` with ${p.carrier}` : ''}.${p.tracking ? ` Tracking number: ${p.tracking}.` : ''}`,
      'Thank you for shopping with us!',
      buyerClosing(p),
    ),
  }),
};
