import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to a buyer writing Simplified Chinese. Terms follow the
 * Rakuten guide's Chinese: 撤销订单 for a rétractation, never 取消订单, which
 * reads as the seller's annulation (RAK-WORDS); 换货 / 退货退款 / 部分退款 for
 * the three claim solutions; 运单号 as Rakuten's Chinese team writes it.
 * Subjects in the 【主题】 form of Chinese shop mail; full-width punctuation.
 */

const ord = (p: TemplateParams) => (p.order ? `订单 ${p.order}` : '订单');
const subject = (p: TemplateParams, what?: string) => (what ? `【${what}】您的${ord(p)}` : `关于您的${ord(p)}`);
const viaCarrier = (p: TemplateParams) => (p.carrier ? `通过${p.carrier}` : '');
const parcelOf = (p: TemplateParams) => {
  const ids = [p.order ? `订单 ${p.order}` : null, p.tracking ? `运单号 ${p.tracking}` : null].filter(Boolean);
  return ids.length ? `您的包裹（${ids.join('，')}）` : '您的包裹';
};
/** "关于订单 X" inside a sentence, or nothing when the order is unknown. */
const aboutOrd = (p: TemplateParams) => (p.order ? `关于${ord(p)}` : '');

function nonRecuStatus(p: TemplateParams): string {
  switch (p.trackingState) {
    case 'delivered':
      return '承运商的追踪信息显示包裹已签收。麻烦您向邻居、物业或自提点确认一下；我们也已向承运商提出查询，索取签收证明。';
    case 'returned':
      return '承运商通知我们包裹正在退回。我们收到退件后即可为您重新寄出，请确认您乐天账户中的收货地址是否正确。';
    case 'held':
      return '包裹目前被海关扣留，我们正在与承运商跟进，争取尽快清关，有进展会及时告知您。';
    case 'lost':
      return '承运商已确认包裹丢失。我们可以为您重新寄出或办理退款，请告诉我们您的选择。';
    case 'recent_update':
      return '根据追踪信息，包裹仍在正常运输中，预计很快就能送达，我们会持续关注物流进度。';
    case 'stalled':
      return '由于近几天追踪信息一直没有更新，我们已向承运商发起查询，一有回复会马上通知您。';
    default:
      return '我们正在向承运商核实包裹的运输情况，会尽快给您答复。';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, '包裹追踪'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    p.replying ? '感谢您的来信，让您久等了，非常抱歉。' : '我们想向您说明一下包裹的配送情况。让您久等了，非常抱歉。',
    `您的${ord(p)}已${viaCarrier(p)}寄出，采用可追踪的寄送方式${p.tracking ? `，运单号为 ${p.tracking}` : ''}。`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = `您${ord(p)}中的商品${p.product ? `“${p.product}”` : ''}`;
  const rebate = p.rebatePercent ? `我们可以退还商品金额的 ${p.rebatePercent}%` : '我们可以与您商定部分退款的金额';
  return {
    subject: subject(p, damaged ? '商品损坏' : '商品与描述不符'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      damaged ? `非常抱歉，${item}送达时已损坏。` : `非常抱歉，${item}与商品描述不符。`,
      p.hasPhotos
        ? '感谢您提供照片，这有助于我们尽快处理。'
        : damaged
          ? '为了尽快为您处理，麻烦您发几张商品及外包装的照片给我们。'
          : '为了尽快为您处理，麻烦您发几张能显示差异的照片（标签、尺码、颜色或型号）给我们。',
      [
        '我们可以为您提供以下解决方案，您可任选其一：',
        `1. 换货：为您更换一件全新${damaged ? '' : '且与描述相符'}的商品，费用由我们承担；`,
        '2. 退货退款：退货运费由我们承担，收到退货后为您全额退款；',
        `3. 部分退款：如果您愿意保留商品，${rebate}。`,
      ].join('\n'),
      '请告诉我们您选择哪种方案，我们会尽快为您安排。',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `我们已收到您${aboutOrd(p)}的来信，对此非常重视。`,
    '我们正在向供应商核实该商品的来源。为便于核查，麻烦您提供商品、包装以及您提到的标识或序列号的照片。',
    '我们会尽快给您答复。',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, '撤销订单申请'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `我们已收到您${aboutOrd(p)}的撤销申请。`,
    '作为专业卖家，我们无法自行终止订单。请您直接联系乐天客服，申请撤销订单（rétractation）。',
    '同时，我们会向乐天客服说明这是您本人提出的撤销申请，并暂停发货。',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, '退货'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    '感谢您的来信。您可以通过撤销订单（rétractation）的方式将商品退回。',
    `操作方法：登录您的乐天账户，进入“Mes achats”，找到${p.order ? ord(p) : '该订单'}，点击“Vous rétracter”。我们确认您的申请后，会告知您退货地址。`,
    `${p.returnPaidBy === 'seller' ? '退货运费由我们承担。' : '退货运费由您承担。'}我们收到退回的商品并确认完整、保持原状后，会尽快为您退款。`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, '发货安排'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `非常抱歉，您的${ord(p)}未能按时发货。`,
    p.shipDate
      ? `我们最迟会在 ${p.shipDate} 以可追踪的方式寄出，发货后第一时间把运单号发给您。`
      : '我们已将您的订单安排为优先处理，会尽快以可追踪的方式寄出，发货后第一时间把运单号发给您。',
    '感谢您的耐心与理解。',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p, '发货延迟'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `非常抱歉，我们暂时无法在承诺的时间内寄出您的${ord(p)}。`,
    '作为专业卖家，我们无法自行终止订单。如您不想继续等待，可以申请撤销订单（rétractation）：登录乐天账户，在“Mes achats”中找到该订单并点击“Vous rétracter”，或直接联系乐天客服申请。撤销后，订单款项将全额退还给您。',
    '给您带来不便，再次向您致歉。',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, '质保申请') : '关于您的质保申请',
  body: paragraphs(
    greeting('zh-Hans', p.name),
    !p.replying
      ? `乐天客服已将您${aboutOrd(p)}的质保申请转交给我们，给您带来不便，非常抱歉。`
      : p.order
        ? `感谢您就${ord(p)}与我们联系，给您带来不便，非常抱歉。`
        : '感谢您的来信，给您带来不便，非常抱歉。',
    '如果故障出现在收货后 2 年内，即属于 2 年法定质保（garantie légale de conformité）的范围，我们会与您协商解决方案：维修或更换；如无法维修或更换，则为您退款。',
    '首先，麻烦您简单描述一下故障情况，并发一张照片或一段短视频给我们。',
    p.order ? null : '另外，也麻烦您告知订单号（可在乐天账户的“Mes achats”中查看）。',
    '收到后我们会尽快回复您。',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  switch (p.event) {
    case 'returned':
      return `承运商通知我们，${parcelOf(p)}正在退回。我们会尽快与您联系，安排重新寄送。`;
    case 'lost':
      return `承运商已确认${parcelOf(p)}丢失。我们可以为您重新寄出或办理退款，请告诉我们您的选择。`;
    case 'damaged':
      return `承运商通知我们，${parcelOf(p)}在运输途中受损。签收时如发现问题，请当场向快递员说明，并及时告诉我们，我们会为您妥善解决。`;
    default:
      return `${parcelOf(p)}目前被海关扣留，我们正在与承运商跟进，争取尽快清关，有进展会及时告知您。`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, '包裹动态'),
  body: paragraphs(greeting('zh-Hans', null), logisticsNews(p), '给您带来不便，敬请谅解。', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: `您的${ord(p)}已发货`,
  body: paragraphs(
    greeting('zh-Hans', null),
    `您的${ord(p)}已${viaCarrier(p)}寄出，采用可追踪的寄送方式${p.tracking ? `，运单号为 ${p.tracking}，您可凭此查询物流进度` : ''}。`,
    '感谢您的惠顾！',
    buyerClosing(p),
  ),
});

export const rakutenBuyerZhHans: Record<RakutenBuyerTemplate, Template> = {
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
