import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to an English-speaking buyer. Rakuten's own buttons keep
 * their French names (« Vous rétracter », « Mes achats ») so the buyer finds them.
 */

const ord = (p: TemplateParams) => (p.order ? `order ${p.order}` : 'order');
const subject = (p: TemplateParams, what?: string) => `Your ${ord(p)}${what ? ` – ${what}` : ''}`;
const withCarrier = (p: TemplateParams) => (p.carrier ? ` with ${p.carrier}` : '');

function nonRecuStatus(p: TemplateParams): string {
  switch (p.trackingState) {
    case 'delivered':
      return 'The carrier’s tracking shows the parcel as delivered. Could you please check with your neighbours, your building caretaker or your pick-up point? In the meantime, we are asking the carrier for the proof of delivery.';
    case 'returned':
      return 'The carrier has informed us that the parcel is being returned to us. We can send it out to you again as soon as it arrives. Could you please confirm that the delivery address in your Rakuten account is correct?';
    case 'held':
      return 'The parcel is currently being held at customs. We are working with the carrier to have it cleared as quickly as possible and will keep you updated.';
    case 'lost':
      return 'The carrier has confirmed that the parcel has been lost. We can send you a replacement or give you a full refund – just let us know which you prefer.';
    case 'recent_update':
      return 'According to the tracking, the parcel is still on its way and should reach you soon. We are keeping a close eye on it.';
    case 'stalled':
      return 'As the tracking has not been updated for several days, we are looking into it with the carrier and will get back to you as soon as we hear from them.';
    default:
      return 'We are checking with the carrier now and will get back to you shortly.';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, 'delivery update'),
  body: paragraphs(
    greeting('en', p.name),
    p.replying
      ? 'Thank you for your message, and we are sorry that your parcel has not reached you yet.'
      : 'We are contacting you about the delivery of your parcel, and we are sorry that it has not reached you yet.',
    p.tracking
      ? `Your ${ord(p)} was shipped by tracked mail${withCarrier(p)} (tracking number: ${p.tracking}).`
      : `Your ${ord(p)} was shipped by tracked mail${withCarrier(p)}.`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = p.product ? `your item “${p.product}”${p.order ? ` (${ord(p)})` : ''}` : `the item from your ${ord(p)}`;
  const rebate = p.rebatePercent ? `a partial refund of ${p.rebatePercent}% of the item price` : 'a partial refund (we can agree the amount together)';
  return {
    subject: subject(p, damaged ? 'damaged item' : 'item not as described'),
    body: paragraphs(
      greeting('en', p.name),
      damaged
        ? `We are very sorry that ${item} arrived damaged.`
        : `We are very sorry that ${item} does not match the listing.`,
      p.hasPhotos
        ? 'Thank you for the photos: they will help us sort this out quickly.'
        : damaged
          ? 'So that we can sort this out quickly, could you please send us a few photos of the item and its packaging?'
          : 'So that we can sort this out quickly, could you please send us a few photos showing the difference (label, size, colour or model)?',
      [
        'We can offer you the following options:',
        `– an exchange for a new item${damaged ? '' : ' that matches the listing'}, at our expense;`,
        '– a return of the item at our expense, followed by a full refund;',
        `– or, if you would prefer to keep the item, ${rebate}.`,
      ].join('\n'),
      'Just let us know which option suits you best and we will arrange it straight away.',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('en', p.name),
    `Thank you for your message about your ${ord(p)}. We take this very seriously.`,
    'We are checking the origin of this item with our supplier right now. To help us, could you please send us photos of the item, its packaging and the markings or serial numbers you mention?',
    'We will get back to you as soon as possible.',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, 'withdrawal request'),
  body: paragraphs(
    greeting('en', p.name),
    `Thank you for your message about ${p.order ? ord(p) : 'your order'}.`,
    'As a professional seller, we are unfortunately not able to cancel the order ourselves. Please contact Rakuten customer service directly and ask them for a withdrawal (“rétractation”).',
    'For our part, we are letting Rakuten customer service know that the request comes from you, and we will not ship the order in the meantime.',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, 'returning the item'),
  body: paragraphs(
    greeting('en', p.name),
    'Thank you for your message. You are welcome to return the item under your right of withdrawal.',
    `To do so, go to “Mes achats” (My purchases) in your Rakuten account, open ${p.order ? ord(p) : 'the order'} and click “Vous rétracter”. We will then accept your request and give you the return address.`,
    `${p.returnPaidBy === 'seller' ? 'Return shipping is at our expense.' : 'Return shipping is at your expense.'} We will refund you as soon as we receive the item back, complete and in its original condition.`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, 'shipping update'),
  body: paragraphs(
    greeting('en', p.name),
    `We sincerely apologise for the delay in shipping your ${ord(p)}.`,
    p.shipDate
      ? `It will be dispatched by tracked mail no later than ${p.shipDate}, and we will send you the tracking number as soon as it leaves.`
      : 'It is now being prepared as a priority and will be dispatched shortly by tracked mail. We will send you the tracking number as soon as it leaves.',
    'Thank you for your patience and understanding.',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p, 'shipping delay'),
  body: paragraphs(
    greeting('en', p.name),
    `We are very sorry, but we are unable to ship your ${ord(p)} within the promised time.`,
    'As a professional seller, we are not able to cancel the order ourselves. If you would rather not wait, you can ask for a withdrawal (“rétractation”): in your Rakuten account, go to “Mes achats” (My purchases), open the order and click “Vous rétracter”, or contact Rakuten customer service directly. You will then receive a full refund.',
    'Once again, we apologise for the inconvenience.',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, 'warranty') : 'Your warranty request',
  body: paragraphs(
    greeting('en', p.name),
    !p.replying
      ? `Rakuten customer service has passed on your request about your ${ord(p)}, and we are sorry to hear about the problem.`
      : p.order
        ? `Thank you for your message about your ${ord(p)}, and we are sorry to hear about the problem.`
        : 'Thank you for your message, and we are sorry to hear about the problem.',
    'If the fault appeared within 2 years of delivery, it is covered by the legal guarantee of conformity, and we will find a solution with you: a repair, a replacement or, if neither is possible, a refund.',
    p.order ? null : 'Could you please let us know your order number? You will find it under “Mes achats” (My purchases) in your Rakuten account.',
    `${p.order ? 'To start with, could you please' : 'Could you also'} briefly describe the fault and send us a photo or a short video showing it?`,
    'We will get back to you as soon as we receive them.',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  const ids = [p.order ? ord(p) : null, p.tracking ? `tracking number ${p.tracking}` : null].filter(Boolean);
  const parcel = `your parcel${ids.length ? ` (${ids.join(', ')})` : ''}`;
  switch (p.event) {
    case 'returned':
      return `The carrier has informed us that ${parcel} could not be delivered and is being returned to us. We will contact you shortly to arrange a new delivery or a refund, whichever you prefer.`;
    case 'lost':
      return `The carrier has confirmed that ${parcel} has been lost. We can send you a replacement or give you a full refund – just let us know which you prefer.`;
    case 'damaged':
      return `The carrier has informed us that ${parcel} was damaged in transit. When it arrives, please check it carefully and let us know of any damage, with photos if possible. We will then find a solution with you.`;
    default:
      return `We would like to let you know that ${parcel} is currently being held at customs. We are working with the carrier to have it cleared as quickly as possible.`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, 'news about your parcel'),
  body: paragraphs(greeting('en', null), logisticsNews(p), 'We apologise for the inconvenience.', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: p.order ? `Your order ${p.order} has been shipped` : 'Your order has been shipped',
  body: paragraphs(
    greeting('en', null),
    `Good news: your ${ord(p)} has been shipped by tracked mail${withCarrier(p)}.${p.tracking ? ` Tracking number: ${p.tracking}.` : ''}`,
    'Thank you for your purchase!',
    buyerClosing(p),
  ),
});

export const rakutenBuyerEn: Record<RakutenBuyerTemplate, Template> = {
  nonrecu,
  claim,
  counterfeit,
  'withdraw-unshipped': withdrawUnshipped,
  'withdraw-shipped': withdrawShipped,
  'late-ship': lateShip,
  'late-cannot-ship': lateCannotShip,
  warranty,
  'notice-logistics': noticeLogistics,
  'notice-shipping': noticeShipping,
};
