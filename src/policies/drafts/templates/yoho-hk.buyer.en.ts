import { buyerClosing, greeting, yohoRefundTiming } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoBuyerTemplate } from '../template-ids.ts';

/**
 * Yoho, to the customer, in English. The merchant handles every request itself
 * (YOHO-MERCHANT-CS), arranges and pays any pick-up (YOHO-RETURN-COST), and
 * quotes Yoho's English refund times (YOHO-ENGLISH-PREVAILS).
 */

const ord = (p: TemplateParams) => (p.order ? `order ${p.order}` : 'order');
/** "order YH…" or, without a number, "your order". */
const theOrder = (p: TemplateParams) => (p.order ? ord(p) : 'your order');
const subject = (p: TemplateParams, what?: string) => `Your ${ord(p)}${what ? ` – ${what}` : ''}`;
const timing = (p: TemplateParams) => yohoRefundTiming('en', p.refundMethod);
/** The timing sentence inside a longer one: "As you paid…" → "as you paid…"; "FPS…" stays. */
const timingClause = (p: TemplateParams) => timing(p).replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());

function deliveryStatus(p: TemplateParams): string {
  const carrier = p.carrier ?? 'the carrier';
  switch (p.trackingState) {
    case 'delivered':
      return `The carrier’s tracking shows the parcel as delivered. Could you please check with your building’s management office, your neighbours or anyone who may have received it on your behalf? In the meantime, we are asking ${carrier} for the proof of delivery.`;
    case 'returned':
      return 'The carrier has informed us that the parcel is being returned to us. We will be glad to send it out to you again. Could you please confirm your delivery address, and let us know whether a locker, a pick-up point or home delivery suits you best?';
    case 'held':
      return 'The parcel is currently being held at customs. We are working with the carrier to have it cleared as quickly as possible and will keep you updated.';
    case 'lost':
      return 'The carrier has confirmed that the parcel has been lost. We can send you a replacement or give you a full refund – please let us know which you prefer.';
    case 'recent_update':
      return 'According to the tracking, the parcel is on its way and should reach you soon.';
    case 'stalled':
      return `As the tracking has not been updated for a while, we are asking ${carrier} to locate the parcel and will update you as soon as we hear back.`;
    default:
      return 'We are checking with the carrier now and will get back to you shortly.';
  }
}

function logisticsNews(p: TemplateParams): string {
  const ids = [p.order ? ord(p) : null, p.tracking ? `tracking number ${p.tracking}` : null].filter(Boolean);
  const parcel = `your parcel${ids.length ? ` (${ids.join(', ')})` : ''}`;
  switch (p.event) {
    case 'returned':
      return `The carrier has informed us that ${parcel} could not be delivered and is being returned to us. We will contact you shortly to arrange a new delivery or a refund, whichever you prefer.`;
    case 'lost':
      return `The carrier has confirmed that ${parcel} has been lost. We can send you a replacement or give you a full refund – please let us know which you prefer.`;
    case 'damaged':
      return `The carrier has informed us that ${parcel} was damaged in transit. If anything is wrong when it arrives, please let us know straight away, with photos if possible, and we will sort it out.`;
    default:
      return `We would like to let you know that ${parcel} is currently being held at customs. We are working with the carrier to have it cleared as quickly as possible.`;
  }
}

export const yohoBuyerEn: Record<YohoBuyerTemplate, Template> = {
  nonrecu: (p) => ({
    subject: subject(p, 'delivery update'),
    body: paragraphs(
      greeting('en', p.name),
      p.replying
        ? 'Thank you for your message, and we are sorry that your parcel has not reached you yet.'
        : 'We are contacting you about the delivery of your parcel, and we are sorry that it has not reached you yet.',
      `Your ${ord(p)} was shipped${p.carrier ? ` with ${p.carrier}` : ''}${p.tracking ? ` (tracking number ${p.tracking})` : ''}.`,
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
        damaged ? `We are very sorry that your ${ord(p)}${item} arrived damaged.` : `We are very sorry that the item you received in your ${ord(p)}${item} does not match our listing.`,
        p.hasPhotos
          ? 'Thank you for sending the photos.'
          : damaged
            ? 'So that we can sort this out quickly, could you please send us a few photos of the item and its packaging?'
            : 'So that we can sort this out quickly, could you please send us a few photos showing the difference (label, model, size or colour)?',
        ['We can offer you either:', `– an exchange for ${damaged ? 'a new item' : 'the correct item'}; or`, '– a return of the item and a full refund.'].join('\n'),
        'Either way, we will arrange the pick-up of the item at no cost to you.',
        `If you choose a refund, please note that ${timingClause(p)}`,
        'Please let us know which you prefer.',
        buyerClosing(p),
      ),
    };
  },
  counterfeit: (p) => ({
    subject: subject(p),
    body: paragraphs(
      greeting('en', p.name),
      `Thank you for your message about your ${ord(p)}. We take this very seriously.`,
      'We are checking the origin of this item with our supplier right now. To help us, could you please send us photos of the item, its packaging and the serial numbers or markings you mention?',
      'We will get back to you as soon as possible.',
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
      `Could you please reply to confirm that you would like us to go ahead? As soon as you do, we will submit a full refund for ${theOrder(p)}, giving the reason as “cancelled at the customer’s request before shipment”.`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'withdraw-return': (p) => ({
    subject: subject(p, 'return'),
    body: paragraphs(
      greeting('en', p.name),
      p.replying
        ? `Thank you for your message. We are happy to accept the return of your ${ord(p)}.`
        : `We have received your return and refund request for ${theOrder(p)}${p.category === 'damaged' || p.category === 'not_as_described' ? ', and we are sorry that the item was not what you expected' : ''}. We are happy to accept the return.`,
      `We will arrange the pick-up of the item at no cost to you; ${p.category === 'withdrawal' ? 'please keep it unused and in its original packaging' : 'please keep it with its original packaging and accessories'}. Once we have received it, we will arrange your full refund. ${timing(p)}`,
      'Could you please let us know the pick-up address and a time that suits you?',
      buyerClosing(p),
    ),
  }),
  'late-delay': (p) => ({
    subject: subject(p, 'shipping update'),
    body: paragraphs(
      greeting('en', p.name),
      `We sincerely apologise for the delay: your ${ord(p)} has not yet been handed over to the carrier.`,
      p.shipDate
        ? `We expect to ship it by ${p.shipDate}. Could you please let us know whether this works for you?`
        : 'We are preparing it as a priority and will send you the tracking number as soon as it ships. Could you please let us know whether you are happy to wait?',
      `If you would rather not wait, we can cancel the order and give you a full refund instead – just let us know. ${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'late-refund': (p) => ({
    subject: subject(p, 'refund'),
    body: paragraphs(
      greeting('en', p.name),
      `We sincerely apologise that your ${ord(p)} was not shipped on time.`,
      `As you requested, we will cancel the order and submit a full refund, giving the reason as “order not shipped within the promised time”. Could you please reply to confirm that you are happy for us to go ahead?`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'refund-confirm': (p) => ({
    subject: subject(p, 'refund request'),
    body: paragraphs(
      greeting('en', p.name),
      `We have received your refund request for ${theOrder(p)}${p.category === 'late_shipment' ? ', and we sincerely apologise for the delay in shipping' : ''}.`,
      `We will approve it straight away. ${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'refund-keep': (p) => ({
    subject: subject(p, 'refund request'),
    body: paragraphs(
      greeting('en', p.name),
      `We have received your refund request for ${theOrder(p)}, and we sincerely apologise for the delay.`,
      `We are able to ship your order by ${p.shipDate ?? ph('date you can ship by')}. Would you be willing to keep it? If so, please reply to confirm, and we will then close the refund request and send you the tracking number as soon as the order ships.`,
      'If you would still prefer a refund, just let us know and we will approve your request.',
      buyerClosing(p),
    ),
  }),
  warranty: (p) => ({
    subject: p.order ? subject(p, 'warranty') : 'Your warranty request',
    body: paragraphs(
      greeting('en', p.name),
      `${p.replying ? 'Thank you for contacting us, and we' : 'We'} are sorry to hear about the problem with your ${p.product ?? 'item'}${p.order ? ` (${ord(p)})` : ''}.`,
      'We will be glad to look into this and check whether it is covered by the product’s warranty. To start with, could you please send us a short description of the fault and a photo or short video showing it?',
      p.order ? null : 'Could you also let us know your Yoho order number?',
      'If the fault is covered by the warranty, we will arrange the pick-up of the item for repair or replacement, at no cost to you.',
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
