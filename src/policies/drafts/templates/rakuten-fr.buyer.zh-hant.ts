import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to a buyer writing Traditional Chinese. Same content as the
 * Simplified version, in Traditional characters and wording (撤銷訂單, 運單號碼).
 */

const ord = (p: TemplateParams) => (p.order ? `訂單 ${p.order}` : '訂單');
const subject = (p: TemplateParams, what?: string) => `您的${ord(p)}${what ? ` – ${what}` : ''}`;
const viaCarrier = (p: TemplateParams) => (p.carrier ? `（物流商：${p.carrier}）` : '');
const parcelOf = (p: TemplateParams) => `您的包裹（${ord(p)}${p.tracking ? `，運單號碼 ${p.tracking}` : ''}）`;

function nonRecuStatus(p: TemplateParams): string {
  switch (p.trackingState) {
    case 'delivered':
      return '物流商顯示包裹已經簽收。麻煩您向鄰居、大廈管理處或自取點確認一下；我們亦已向物流商提出查詢，索取簽收證明。';
    case 'returned':
      return '物流商通知我們包裹正在退回。收到後我們可以為您重新寄出，請確認您樂天帳戶中的收貨地址是否正確。';
    case 'held':
      return '包裹目前被海關扣留，我們正與物流商跟進，爭取盡快清關，並會隨時通知您最新進展。';
    case 'lost':
      return '物流商已確認包裹遺失。我們可以為您重新寄出或安排退款，請告訴我們您的選擇。';
    case 'recent_update':
      return '根據追蹤資料，包裹仍在正常運送中，預計很快就會送達，我們會密切留意。';
    case 'stalled':
      return '由於近幾天追蹤資料沒有更新，我們已向物流商提出查詢，一有回覆會立即通知您。';
    default:
      return '我們正向物流商核實包裹的運送情況，會盡快給您答覆。';
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, '包裹追蹤'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    p.replying ? '感謝您的來信，讓您久等了，非常抱歉。' : '關於您包裹的送貨情況，讓您久等了，非常抱歉。',
    `您的${ord(p)}已經寄出，採用可追蹤的寄件方式${viaCarrier(p)}${p.tracking ? `，運單號碼：${p.tracking}` : ''}。`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = `您${ord(p)}中的商品${p.product ? `「${p.product}」` : ''}`;
  const rebate = p.rebatePercent ? `我們可以退還商品金額的 ${p.rebatePercent}% 作為部分退款` : '我們可以與您商討一個部分退款金額';
  return {
    subject: subject(p, damaged ? '商品損壞' : '商品與描述不符'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      damaged ? `非常抱歉，${item}在運送途中損壞了。` : `非常抱歉，${item}與商品描述不符。`,
      p.hasPhotos
        ? '感謝您提供相片，這有助我們盡快處理。'
        : damaged
          ? '為了盡快為您處理，麻煩您傳送幾張商品及外包裝的相片給我們。'
          : '為了盡快為您處理，麻煩您傳送幾張能顯示差異的相片（標籤、尺碼、顏色或型號）給我們。',
      [
        '我們可以為您提供以下方案，您可任選其一：',
        `– 更換一件全新${damaged ? '' : '且與描述相符'}的商品，費用由我們承擔；`,
        '– 退貨並全數退款，退貨運費由我們承擔；',
        `– 如您願意保留商品，${rebate}。`,
      ].join('\n'),
      '請告訴我們您希望選擇哪個方案，我們會立即為您安排。',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `我們已收到您關於${ord(p)}的來信，對此非常重視。`,
    '我們正向供應商核實該商品的來源。為方便核查，麻煩您提供商品、包裝以及您提及的標記或序號的相片。',
    '我們會盡快給您答覆。',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, '撤銷訂單申請'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `我們已收到您關於${ord(p)}的申請。`,
    '作為專業賣家，我們無法自行終止訂單。請您直接聯絡樂天客服，申請撤銷訂單（rétractation）。',
    '同時，我們會告知樂天客服這是您本人的申請，並暫停寄出。',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, '退貨'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    '感謝您的來信。您可以依據撤銷權（droit de rétractation）將商品退回。',
    `操作方法：登入您的樂天帳戶，進入「Mes achats」，打開${ord(p)}，點擊「Vous rétracter」。我們確認您的申請後，會告知您退貨地址。`,
    `${p.returnPaidBy === 'seller' ? '退貨運費由我們承擔。' : '退貨運費由您承擔。'}我們收到完整且保持原狀的商品後，會立即為您退款。`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, '寄出安排'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `非常抱歉，您的${ord(p)}延遲寄出了。`,
    p.shipDate
      ? `我們會在 ${p.shipDate} 前以可追蹤的寄件方式寄出，並第一時間把運單號碼發給您。`
      : '我們已優先處理您的訂單，會盡快以可追蹤的寄件方式寄出，並第一時間把運單號碼發給您。',
    '感謝您的耐心與體諒。',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `非常抱歉，我們暫時未能在承諾的時間內寄出您的${ord(p)}。`,
    '作為專業賣家，我們無法自行終止訂單。如您不想繼續等待，可以申請撤銷訂單：在樂天帳戶的「Mes achats」中點擊「Vous rétracter」，或直接聯絡樂天客服。屆時訂單款項將全數退還給您。',
    '再次向您致歉。',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, '保養') : '您的保養申請',
  body: paragraphs(
    greeting('zh-Hant', p.name),
    !p.replying
      ? `樂天客服已將您關於${ord(p)}的申請轉交給我們，為您帶來不便，非常抱歉。`
      : p.order
        ? `感謝您就${ord(p)}與我們聯絡，為您帶來不便，非常抱歉。`
        : '感謝您的來信，為您帶來不便，非常抱歉。',
    '如果故障是在收貨後 2 年內出現，屬於 2 年法定保養（garantie légale de conformité）的範圍，我們會與您商討解決方案：維修、更換，或在無法維修及更換時退款。',
    p.order ? null : '麻煩您告知訂單號碼（可在樂天帳戶的「Mes achats」中查看）。',
    '首先，麻煩您簡單描述一下故障情況，並傳送一張相片或一段短片給我們。',
    '收到後我們會盡快回覆您。',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  switch (p.event) {
    case 'returned':
      return `物流商通知我們，${parcelOf(p)}正在退回。我們會盡快與您聯絡，安排重新寄送。`;
    case 'lost':
      return `物流商已確認${parcelOf(p)}遺失。我們可以為您重新寄出或安排退款，請告訴我們您的選擇。`;
    case 'damaged':
      return `物流商通知我們，${parcelOf(p)}在運送途中損壞。簽收時如發現問題，請即場向派件員說明並告訴我們，我們會為您妥善處理。`;
    default:
      return `特此通知：${parcelOf(p)}目前被海關扣留，我們正與物流商跟進，爭取盡快清關。`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, '包裹最新情況'),
  body: paragraphs(greeting('zh-Hant', null), logisticsNews(p), '為您帶來不便，敬請見諒。', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: `您的${ord(p)}已寄出`,
  body: paragraphs(
    greeting('zh-Hant', null),
    `好消息：您的${ord(p)}已經寄出，採用可追蹤的寄件方式${viaCarrier(p)}。${p.tracking ? `運單號碼：${p.tracking}。` : ''}`,
    '感謝您的惠顧！',
    buyerClosing(p),
  ),
});

export const rakutenBuyerZhHant: Record<RakutenBuyerTemplate, Template> = {
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
