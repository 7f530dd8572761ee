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
      return 'The carrier shows the parcel as delivered. Could you please check with your neighbours, your building caretaker or your pick-up point? On our side, we have opened a claim with the carrier to obtain the proof of delivery.';
    case 'returned':
      return 'The carrier tells us the parcel is on its way back to us. We can send it out again as soon as it arrives: could you please confirm that the delivery address in your Rakuten account is correct?';
    case 'held':
      return 'The parcel is currently held at customs. We are working with the carrier to have it cleared as quickly as possible and will keep you posted.';
    case 'lost':
      return 'The carrier has confirmed that the parcel was lost. We can send you a new one or refund you: just let us know which you prefer.';
    case 'recent_update':
      return 'According to the tracking, the parcel is still on its way and should reach you soon. We are following it closely.';
    case 'stalled':
      return 'As the tracking has not moved in the last few days, we have opened an enquiry with the carrier and will get back to you as soon as we hear from them.';
    default:
      return 'We are checking the delivery with the carrier right now and will get back to you very shortly.';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, 'tracking your parcel'),
  body: paragraphs(
    greeting('en', p.name),
    p.replying ? 'Thank you for your message, and we are sorry for the wait.' : 'We are writing about the delivery of your parcel, and we are sorry for the wait.',
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
  const rebate = p.rebatePercent ? `a partial refund of ${p.rebatePercent}% of the item price` : 'a partial refund of an amount we agree on together';
  return {
    subject: subject(p, damaged ? 'damaged item' : 'item not as described'),
    body: paragraphs(
      greeting('en', p.name),
      damaged
        ? `We are very sorry that ${item} arrived damaged.`
        : `We are very sorry that ${item} does not match the listing.`,
      p.hasPhotos
        ? 'Thank you for the photos, they help us deal with this quickly.'
        : damaged
          ? 'So that we can sort this out quickly, could you please send us a few photos of the item and its packaging?'
          : 'So that we can sort this out quickly, could you please send us a few photos showing the difference (label, size, colour or model)?',
      [
        'We can offer you, whichever you prefer:',
        `– an exchange for a new${damaged ? '' : ', correct'} item, at our expense;`,
        '– a return of the item at our expense, followed by a full refund;',
        `– or, if you would rather keep it, ${rebate}.`,
      ].join('\n'),
      'Just let us know which option suits you best and we will take care of it straight away.',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('en', p.name),
    `We have received your message about your ${ord(p)} and we take it very seriously.`,
    'We are checking the origin of this item with our supplier right now. To help us, could you please send us photos of the item, its packaging and the markings or serial numbers you mention?',
    'We will get back to you as soon as possible.',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, 'withdrawal request'),
  body: paragraphs(
    greeting('en', p.name),
    `We have received your request about ${ord(p)}.`,
    'As a professional seller, we are not able to cancel the order on our side. Please contact Rakuten customer service directly and ask for a withdrawal (“rétractation”) on your side.',
    'We are letting Rakuten customer service know that the request comes from you, and we are holding the shipment in the meantime.',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, 'returning the item'),
  body: paragraphs(
    greeting('en', p.name),
    'Thank you for your message. You are welcome to return the item under your right of withdrawal.',
    `To do so, go to your Rakuten account, section “Mes achats”, open ${ord(p)} and click “Vous rétracter”. We will then approve your request and send you the return address.`,
    `${p.returnPaidBy === 'seller' ? 'Return shipping is at our expense.' : 'Return shipping is at your expense.'} We will refund you as soon as we receive the item, complete and in its original condition.`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, 'shipping'),
  body: paragraphs(
    greeting('en', p.name),
    `We sincerely apologise for the delay in shipping your ${ord(p)}.`,
    p.shipDate
      ? `It will leave by ${p.shipDate} at the latest, by tracked mail, and we will send you the tracking number as soon as it ships.`
      : 'It is now being handled as a priority and will leave very shortly by tracked mail; we will send you the tracking number as soon as it ships.',
    'Thank you for your patience and understanding.',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('en', p.name),
    `We sincerely apologise: unfortunately we are not able to ship your ${ord(p)} within the promised time.`,
    'As a professional seller, we are not able to cancel the order on our side. If you would rather not wait, you can ask for a withdrawal: in your Rakuten account, section “Mes achats”, click “Vous rétracter”, or contact Rakuten customer service directly. Your order will then be refunded in full.',
    'Once again, our apologies for the inconvenience.',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, 'warranty') : 'Your warranty request',
  body: paragraphs(
    greeting('en', p.name),
    !p.replying
      ? `Rakuten customer service has passed on your request about your ${ord(p)}: we are sorry for the trouble.`
      : p.order
        ? `Thank you for your message about your ${ord(p)}, and we are sorry for the trouble.`
        : 'Thank you for your message, and we are sorry for the trouble.',
    'If the fault appeared within 2 years of delivery, it is covered by the legal guarantee of conformity, and we will find a solution with you: repair, replacement or, failing that, a refund.',
    p.order ? null : 'Could you please tell us your order number? You will find it in your Rakuten account, section “Mes achats”.',
    'To start, could you please describe the fault in a few words and send us a photo or a short video of the problem?',
    'We will get back to you as soon as we receive it.',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  const parcel = `your parcel (${ord(p)}${p.tracking ? `, tracking ${p.tracking}` : ''})`;
  switch (p.event) {
    case 'returned':
      return `The carrier tells us that ${parcel} is on its way back to us. We will contact you very shortly to arrange a new delivery.`;
    case 'lost':
      return `The carrier has confirmed that ${parcel} was lost. We can send you a new one or refund you: just let us know which you prefer.`;
    case 'damaged':
      return `The carrier tells us that ${parcel} was damaged in transit. When it is delivered, please note any damage with the carrier and let us know: we will find a solution.`;
    default:
      return `We would like to let you know that ${parcel} is currently held at customs. We are working with the carrier to have it cleared as quickly as possible.`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, 'news about your parcel'),
  body: paragraphs(greeting('en', null), logisticsNews(p), 'We apologise for the inconvenience.', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: p.order ? `Your order ${p.order} has shipped` : 'Your order has shipped',
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
