import { buyerClosing, greeting, yohoRefundTiming } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoBuyerTemplate } from '../template-ids.ts';

/**
 * Yoho, to a customer writing Simplified Chinese. Same content as the
 * English and Traditional versions; refund times are the English figures
 * (3-5 个工作日 / 3-4 周), never 1-2 个工作日 / 2-4 周 (YOHO-ENGLISH-PREVAILS).
 * Subjects in the 【主题】 form of Chinese shop mail; full-width punctuation.
 */

const ord = (p: TemplateParams) => (p.order ? `订单 ${p.order}` : '订单');
const subject = (p: TemplateParams, what?: string) => (what ? `【${what}】您的${ord(p)}` : `关于您的${ord(p)}`);
const timing = (p: TemplateParams) => yohoRefundTiming('zh-Hans', p.refundMethod);

function deliveryStatus(p: TemplateParams): string {
  const carrier = p.carrier ?? '物流公司';
  switch (p.trackingState) {
    case 'delivered':
      return `物流记录显示包裹已派送。麻烦您向大厦管理处、邻居或其他可能代收的人确认一下；我们也已要求${carrier}提供签收证明。`;
    case 'returned':
      return '物流公司通知我们，包裹正在退回。我们很乐意为您重新寄送，请确认收货地址，并告诉我们您希望以智能柜、自提点还是送货上门的方式收货。';
    case 'held':
      return '包裹目前被海关扣留，我们正在与物流公司跟进，争取尽快清关。';
    case 'lost':
      return '物流公司已确认包裹丢失。我们可以为您补发或全额退款，请告诉我们您的选择。';
    case 'recent_update':
      return '根据物流信息，包裹正在运输途中，预计很快就会送达。';
    case 'stalled':
      return `由于物流信息已经有一段时间没有更新，我们已联系${carrier}查询包裹的位置，一有消息会立即通知您。`;
    default:
      return '我们正在向物流公司查询包裹的最新情况，会尽快回复您。';
  }
}

function logisticsNews(p: TemplateParams): string {
  const ids = [p.order ? `订单 ${p.order}` : null, p.tracking ? `运单号 ${p.tracking}` : null].filter(Boolean);
  const parcel = ids.length ? `您的包裹（${ids.join('，')}）` : '您的包裹';
  switch (p.event) {
    case 'returned':
      return `物流公司通知我们，${parcel}未能成功派送，正在退回。我们会尽快与您联系，重新安排寄送。`;
    case 'lost':
      return `物流公司已确认${parcel}丢失。我们可以为您补发或全额退款，请告诉我们您的选择。`;
    case 'damaged':
      return `物流公司通知我们，${parcel}在运输途中受损。收货时如发现任何问题，请立即告诉我们，我们会为您妥善处理。`;
    default:
      return `${parcel}目前被海关扣留，我们正在与物流公司跟进，争取尽快清关，有进展会及时告知您。`;
  }
}

export const yohoBuyerZhHans: Record<YohoBuyerTemplate, Template> = {
  nonrecu: (p) => ({
    subject: subject(p, '配送进度'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      p.replying ? '感谢您的来信，让您久等了，非常抱歉。' : '我们想向您说明一下包裹的配送情况。让您久等了，非常抱歉。',
      `您的${ord(p)}已${p.carrier ? `通过${p.carrier}` : ''}寄出${p.tracking ? `，运单号为 ${p.tracking}` : ''}。`,
      deliveryStatus(p),
      buyerClosing(p),
    ),
  }),
  claim: (p) => {
    const damaged = p.category === 'damaged';
    const item = p.product ? `“${p.product}”` : '';
    return {
      subject: subject(p, damaged ? '商品损坏' : '商品与描述不符'),
      body: paragraphs(
        greeting('zh-Hans', p.name),
        damaged ? `非常抱歉，您${ord(p)}中的商品${item}送达时已损坏。` : `非常抱歉，您在${ord(p)}中收到的商品${item}与我们的商品描述不符。`,
        p.hasPhotos
          ? '感谢您提供照片，这有助于我们尽快处理。'
          : damaged
            ? '麻烦您发几张商品及外包装的照片给我们，以便我们尽快处理。'
            : '麻烦您发几张能显示差异的照片（标签、型号、尺寸或颜色）给我们，以便我们尽快处理。',
        ['我们可以为您安排以下任一方案：', `1. 换货：为您更换${damaged ? '全新的' : '正确的'}商品；`, '2. 退货退款：为您全额退款。'].join('\n'),
        '无论选择哪种方案，我们都会安排上门取件，费用全部由我们承担。',
        `如选择退款：${timing(p)}`,
        '请告诉我们您选择哪种方案，我们会尽快为您安排。',
        buyerClosing(p),
      ),
    };
  },
  counterfeit: (p) => ({
    subject: subject(p),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `感谢您${p.order ? `就${ord(p)}` : ''}与我们联系，我们非常重视您反映的情况。`,
      '我们正在向供应商核实该商品的来源。为便于核查，麻烦您提供商品、包装以及您提到的序列号或标识的照片。',
      '我们会尽快回复您。',
      buyerClosing(p),
    ),
  }),
  'withdraw-unshipped': (p) => ({
    subject: subject(p, '取消订单及退款'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      p.shipped === false
        ? `感谢您的来信。由于您的${ord(p)}尚未寄出，我们可以为您取消订单并全额退款。`
        : `感谢您的来信。如果您的${ord(p)}尚未寄出，我们可以为您取消订单并全额退款。`,
      `为确认起见：我们将为${p.order ? ord(p) : '该订单'}提交全额退款，退款原因填写为“顾客于发货前要求取消”。麻烦您回复确认，谢谢。`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'withdraw-return': (p) => ({
    subject: subject(p, '退货'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `${p.replying ? '感谢您的来信。' : ''}我们可以为您办理${p.order ? `${ord(p)}的` : ''}退货。`,
      `我们会安排上门取件，费用全部由我们承担；请确保商品未经使用、原包装完好。收到退回的商品后，我们会为您提交全额退款。${timing(p)}`,
      '麻烦您告知方便取件的地址和时间。',
      buyerClosing(p),
    ),
  }),
  'late-delay': (p) => ({
    subject: subject(p, '发货安排'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `非常抱歉，您的${ord(p)}至今仍未寄出，也未能及时通知您。`,
      p.shipDate
        ? `我们预计最迟在 ${p.shipDate} 寄出，请问您是否可以接受？`
        : '我们正在优先处理您的订单，寄出后会第一时间把运单号发给您。请问您是否愿意稍等？',
      `如果您不想再等，我们也可以为您取消订单并全额退款，直接告诉我们即可。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'late-refund': (p) => ({
    subject: subject(p, '退款'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `非常抱歉，您的${ord(p)}未能按时寄出。`,
      '根据您的要求，我们会为您取消订单并提交全额退款，退款原因填写为“订单逾期未寄出”。麻烦您回复确认，谢谢。',
      timing(p),
      buyerClosing(p),
    ),
  }),
  'refund-confirm': (p) => ({
    subject: subject(p, '退款申请'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `我们已收到您${p.order ? `就${ord(p)}` : ''}提交的退款申请。${p.category === 'late_shipment' ? '发货延误，我们深表歉意。' : ''}`,
      `我们将同意您的退款申请。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'refund-keep': (p) => ({
    subject: subject(p, '退款申请'),
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `我们已收到您${p.order ? `就${ord(p)}` : ''}提交的退款申请。发货延误，我们深表歉意。`,
      `您的订单最迟将于 ${p.shipDate ?? ph('可发货日期')} 寄出。请问您是否愿意继续保留订单？如愿意，请回复确认，发货后我们会第一时间把运单号发给您。`,
      '如果您仍希望退款，请告诉我们，我们会同意您的退款申请。',
      buyerClosing(p),
    ),
  }),
  warranty: (p) => ({
    subject: p.order ? subject(p, '保修') : '关于您的保修咨询',
    body: paragraphs(
      greeting('zh-Hans', p.name),
      `${p.replying ? '感谢您的来信。' : ''}得知您的${p.product ?? '商品'}${p.order ? `（${ord(p)}）` : ''}出现问题，我们深表歉意。`,
      '我们很乐意根据产品保修条款为您跟进。首先，麻烦您简单描述一下故障情况，并发一张照片或一段短视频给我们。',
      p.order ? null : '另外，也麻烦您告知您的友和订单编号。',
      '我们确认情况后，会安排上门取件，为您维修或更换商品，费用全部由我们承担。',
      buyerClosing(p),
    ),
  }),
  'notice-logistics': (p) => ({
    subject: subject(p, '包裹动态'),
    body: paragraphs(greeting('zh-Hans', null), logisticsNews(p), '给您带来不便，敬请谅解。', buyerClosing(p)),
  }),
  'notice-shipping': (p) => ({
    subject: `您的${ord(p)}已发货`,
    body: paragraphs(
      greeting('zh-Hans', null),
      `您的${ord(p)}已${p.carrier ? `通过${p.carrier}` : ''}寄出${p.tracking ? `，运单号为 ${p.tracking}，您可凭此查询物流进度` : ''}。`,
      '感谢您的惠顾！',
      buyerClosing(p),
    ),
  }),
};
