import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to a buyer writing Simplified Chinese. Terms follow the
 * Rakuten guide's Chinese (撤销订单 for a rétractation, never 取消订单, which
 * reads as the seller's annulation).
 */

const ord = (p: TemplateParams) => (p.order ? `订单 ${p.order}` : '订单');
const subject = (p: TemplateParams, what?: string) => `您的${ord(p)}${what ? ` – ${what}` : ''}`;
const viaCarrier = (p: TemplateParams) => (p.carrier ? `（承运商：${p.carrier}）` : '');
const parcelOf = (p: TemplateParams) => `您的包裹（${ord(p)}${p.tracking ? `，运单号 ${p.tracking}` : ''}）`;

function nonRecuStatus(p: TemplateParams): string {
  switch (p.trackingState) {
    case 'delivered':
      return '承运商显示包裹已签收。麻烦您向邻居、楼管或自提点确认一下；我们也已向承运商发起查询，索取签收证明。';
    case 'returned':
      return '承运商通知我们包裹正在退回。收到后我们可以为您重新寄出，请确认您乐天账户中的收货地址是否正确。';
    case 'held':
      return '包裹目前被海关扣留，我们正在与承运商跟进，争取尽快清关，并会随时告知您进展。';
    case 'lost':
      return '承运商已确认包裹丢失。我们可以为您重新寄出或办理退款，请告诉我们您的选择。';
    case 'recent_update':
      return '根据追踪信息，包裹仍在正常运输中，预计很快就会送达，我们会密切关注。';
    case 'stalled':
      return '由于近几天追踪信息没有更新，我们已向承运商发起查询，一有回复会马上通知您。';
    default:
      return '我们正在向承运商核实包裹的运输情况，会尽快给您答复。';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, '包裹追踪'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    p.replying ? '感谢您的来信，让您久等了，非常抱歉。' : '关于您包裹的配送情况，让您久等了，非常抱歉。',
    `您的${ord(p)}已通过带追踪的方式寄出${viaCarrier(p)}${p.tracking ? `，运单号：${p.tracking}` : ''}。`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = `您${ord(p)}中的商品${p.product ? `“${p.product}”` : ''}`;
  const rebate = p.rebatePercent ? `我们可以退还商品金额的 ${p.rebatePercent}% 作为部分退款` : '我们可以与您协商一个部分退款金额';
  return {
    subject: subject(p, damaged ? '商品损坏' : '商品与描述不符'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      damaged ? `非常抱歉，${item}在运输中受损了。` : `非常抱歉，${item}与商品描述不符。`,
      p.hasPhotos
        ? '感谢您提供照片，这有助于我们尽快处理。'
        : damaged
          ? '为了尽快为您处理，麻烦您发几张商品及外包装的照片给我们。'
          : '为了尽快为您处理，麻烦您发几张能显示差异的照片（标签、尺码、颜色或型号）给我们。',
      [
        '我们可以为您提供以下方案，您可任选其一：',
        `– 换一件全新${damaged ? '' : '且与描述相符'}的商品，费用由我们承担；`,
        '– 退货并全额退款，退货运费由我们承担；',
        `– 如果您愿意保留商品，${rebate}。`,
      ].join('\n'),
      '请告诉我们您希望选择哪种方案，我们会立即为您安排。',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `我们已收到您关于${ord(p)}的来信，对此非常重视。`,
    '我们正在向供应商核实该商品的来源。为便于核查，麻烦您提供商品、包装以及您提到的标识或序列号的照片。',
    '我们会尽快给您答复。',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, '撤销订单申请'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `我们已收到您关于${ord(p)}的申请。`,
    '作为专业卖家，我们无法自行终止订单。请您直接联系乐天客服，申请撤销订单（rétractation）。',
    '同时，我们会告知乐天客服这是您本人的申请，并暂停发货。',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, '退货'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    '感谢您的来信。您可以依据撤销权（droit de rétractation）将商品退回。',
    `操作方法：登录您的乐天账户，进入“Mes achats”，打开${ord(p)}，点击“Vous rétracter”。我们确认您的申请后，会告知您退货地址。`,
    `${p.returnPaidBy === 'seller' ? '退货运费由我们承担。' : '退货运费由您承担。'}我们收到完整且保持原状的商品后，会立即为您退款。`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, '发货'),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `非常抱歉，您的${ord(p)}发货延迟了。`,
    p.shipDate
      ? `我们会在 ${p.shipDate} 前通过带追踪的方式寄出，并第一时间把运单号发给您。`
      : '我们已优先处理您的订单，会尽快通过带追踪的方式寄出，并第一时间把运单号发给您。',
    '感谢您的耐心与理解。',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hans', p.name),
    `非常抱歉，我们暂时无法在承诺的时间内寄出您的${ord(p)}。`,
    '作为专业卖家，我们无法自行终止订单。如您不想继续等待，可以申请撤销订单：在乐天账户的“Mes achats”中点击“Vous rétracter”，或直接联系乐天客服。订单款项届时将全额退还给您。',
    '再次向您致歉。',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, '质保') : '您的质保申请',
  body: paragraphs(
    greeting('zh-Hans', p.name),
    !p.replying
      ? `乐天客服已将您关于${ord(p)}的申请转交给我们，给您带来不便，非常抱歉。`
      : p.order
        ? `感谢您就${ord(p)}与我们联系，给您带来不便，非常抱歉。`
        : '感谢您的来信，给您带来不便，非常抱歉。',
    '如果故障是在收货后 2 年内出现的，属于 2 年法定质保（garantie légale de conformité）的范围，我们会与您协商解决：维修、更换，或在无法维修和更换时退款。',
    p.order ? null : '麻烦您告知订单号（可在乐天账户的“Mes achats”中查看）。',
    '首先，麻烦您简单描述一下故障情况，并发一张照片或一段短视频给我们。',
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
      return `承运商通知我们，${parcelOf(p)}在运输途中受损。签收时如发现问题，请当场向快递员说明并告诉我们，我们会为您妥善解决。`;
    default:
      return `特此通知：${parcelOf(p)}目前被海关扣留，我们正在与承运商跟进，争取尽快清关。`;
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
    `好消息：您的${ord(p)}已通过带追踪的方式寄出${viaCarrier(p)}。${p.tracking ? `运单号：${p.tracking}。` : ''}`,
    '感谢您的购买！',
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
