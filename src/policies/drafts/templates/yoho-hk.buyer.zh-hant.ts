import { buyerClosing, greeting, yohoRefundTiming } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoBuyerTemplate } from '../template-ids.ts';

/**
 * Yoho, to the customer, in Traditional Chinese (Hong Kong written style, not
 * Cantonese colloquial). Terms follow the Yoho guide's Chinese: 訂單編號,
 * 運單號碼, 商品回收, 轉數快 (FPS). Refund times are the English figures: the
 * guide's Chinese 1-2 個工作天 / 2-4 週 must never appear (YOHO-ENGLISH-PREVAILS).
 */

const ord = (p: TemplateParams) => (p.order ? `訂單 ${p.order}` : '訂單');
const subject = (p: TemplateParams, what?: string) => `您的${ord(p)}${what ? ` – ${what}` : ''}`;
const timing = (p: TemplateParams) => yohoRefundTiming('zh-Hant', p.refundMethod);

function deliveryStatus(p: TemplateParams): string {
  const carrier = p.carrier ?? '物流商';
  switch (p.trackingState) {
    case 'delivered':
      return `物流記錄顯示包裹已經派送。麻煩您向大廈管理處、鄰居或可能代收的人士查詢一下；我們亦已要求${carrier}提供派送證明。`;
    case 'returned':
      return '物流商通知我們包裹正退回給我們。我們樂意為您重新安排寄送，請確認收件地址，以及您希望以智能櫃、自取點還是送貨上門的方式收件。';
    case 'held':
      return '包裹目前被海關扣留，我們正與物流商跟進，爭取盡快清關。';
    case 'lost':
      return '物流商已確認包裹遺失。我們可以為您補寄或全數退款，請告訴我們您的選擇。';
    case 'recent_update':
      return '根據物流資訊，包裹正在運送途中，應該很快送達。';
    case 'stalled':
      return `由於物流資訊已有一段時間未有更新，我們已聯絡${carrier}查詢包裹的位置，一有消息會立即通知您。`;
    default:
      return '我們正向物流商查詢包裹的最新情況，會盡快回覆您。';
  }
}

function logisticsNews(p: TemplateParams): string {
  const parcel = `您的包裹（${ord(p)}${p.tracking ? `，運單號碼 ${p.tracking}` : ''}）`;
  switch (p.event) {
    case 'returned':
      return `物流商通知我們，${parcel}未能成功派送，正退回給我們。我們會盡快與您聯絡，重新安排寄送。`;
    case 'lost':
      return `物流商已確認${parcel}遺失。我們可以為您補寄或全數退款，請告訴我們您的選擇。`;
    case 'damaged':
      return `物流商通知我們，${parcel}在運送途中受損。收貨時如發現任何問題，請立即通知我們，我們會為您妥善處理。`;
    default:
      return `特此通知：${parcel}目前被海關扣留，我們正與物流商跟進，爭取盡快清關。`;
  }
}

export const yohoBuyerZhHant: Record<YohoBuyerTemplate, Template> = {
  nonrecu: (p) => ({
    subject: subject(p, '送貨進度'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      p.replying ? '感謝您的來信，抱歉令您久等。' : '關於您包裹的送貨情況，抱歉令您久等。',
      `您的${ord(p)}已經${p.carrier ? `由${p.carrier}` : ''}寄出${p.tracking ? `，運單號碼為 ${p.tracking}` : ''}。`,
      deliveryStatus(p),
      buyerClosing(p),
    ),
  }),
  claim: (p) => {
    const damaged = p.category === 'damaged';
    const item = p.product ? `（${p.product}）` : '';
    return {
      subject: subject(p, damaged ? '商品損壞' : '商品與描述不符'),
      body: paragraphs(
        greeting('zh-Hant', p.name),
        damaged ? `非常抱歉，您的${ord(p)}${item}送達時出現損壞。` : `非常抱歉，您就${ord(p)}收到的商品${item}與我們的商品描述不符。`,
        p.hasPhotos
          ? '感謝您提供相片。'
          : damaged
            ? '麻煩您傳送幾張商品及外包裝的相片給我們，以便我們盡快處理。'
            : '麻煩您傳送幾張能顯示差異的相片（標籤、型號、尺寸或顏色）給我們，以便我們盡快處理。',
        ['我們可以為您安排：', `– 更換${damaged ? '全新' : '正確的'}商品；或`, '– 退貨及全數退款。'].join('\n'),
        '無論選擇哪一項，我們都會安排上門收回商品，費用全數由我們承擔。',
        `如選擇退款：${timing(p)}`,
        '請告訴我們您希望選擇哪個方案。',
        buyerClosing(p),
      ),
    };
  },
  counterfeit: (p) => ({
    subject: subject(p),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `感謝您就${ord(p)}與我們聯絡，我們非常重視您反映的情況。`,
      '我們正向供應商核實該商品的來源。為方便核查，麻煩您提供商品、包裝以及您提及的序號或標記的相片。',
      '我們會盡快回覆您。',
      buyerClosing(p),
    ),
  }),
  'withdraw-unshipped': (p) => ({
    subject: subject(p, '取消及退款'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      p.shipped === false
        ? `感謝您通知我們。由於您的${ord(p)}尚未寄出，我們可以為您取消訂單並全數退款。`
        : `感謝您通知我們。如您的${ord(p)}尚未寄出，我們可以為您取消訂單並全數退款。`,
      `確認一下：我們會為${ord(p)}提交全數退款，退款原因為「顧客於寄出前要求取消」。麻煩您回覆確認，謝謝。`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'withdraw-return': (p) => ({
    subject: subject(p, '退貨'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `${p.replying ? '感謝您的來信。' : ''}我們可以為您辦理${ord(p)}的退貨。`,
      `我們會安排上門收回商品，費用全數由我們承擔；請保持商品未經使用及原有包裝完整。收到商品後，我們會為您提交全數退款。${timing(p)}`,
      '麻煩您告知方便收件的地址及時間。',
      buyerClosing(p),
    ),
  }),
  'late-delay': (p) => ({
    subject: subject(p, '寄出安排'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `非常抱歉，您的${ord(p)}仍未寄出，亦未有及時通知您。`,
      p.shipDate
        ? `我們預計會在 ${p.shipDate} 或之前寄出，請問您是否接受？`
        : '我們正優先處理您的訂單，寄出後會第一時間通知您運單號碼。請問您是否願意稍等？',
      `如您不想再等，我們亦可以為您取消訂單並全數退款，請直接告訴我們。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'late-refund': (p) => ({
    subject: subject(p, '退款'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `非常抱歉，您的${ord(p)}未能如期寄出。`,
      '按照您的要求，我們會為您取消訂單並提交全數退款，退款原因為「訂單逾期未寄出」。麻煩您回覆確認，謝謝。',
      timing(p),
      buyerClosing(p),
    ),
  }),
  'refund-confirm': (p) => ({
    subject: subject(p, '退款申請'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `我們已收到您就${ord(p)}提交的退款申請${p.category === 'late_shipment' ? '，對於延誤寄出，我們深感抱歉' : ''}。`,
      `我們會同意您的退款申請。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'refund-keep': (p) => ({
    subject: subject(p, '退款申請'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `我們已收到您就${ord(p)}提交的退款申請，對於延誤寄出，我們深感抱歉。`,
      `您的訂單將於 ${p.shipDate ?? ph('可寄出日期')} 或之前寄出。請問您是否願意保留訂單？如願意，請回覆確認，我們寄出後會立即通知您運單號碼。`,
      '如您仍希望退款，請告訴我們，我們會同意您的退款申請。',
      buyerClosing(p),
    ),
  }),
  warranty: (p) => ({
    subject: p.order ? subject(p, '保養') : '您的保養查詢',
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `${p.replying ? '感謝您的來信，' : ''}得悉您的${p.product ?? '商品'}${p.order ? `（${ord(p)}）` : ''}出現問題，我們深感抱歉。`,
      '我們樂意按產品保養為您跟進。首先，麻煩您簡單描述故障情況，並傳送一張相片或一段短片給我們。',
      p.order ? null : '另外，請告知您的友和訂單編號。',
      '確認後，我們會安排上門收回商品進行維修或更換，費用全數由我們承擔。',
      buyerClosing(p),
    ),
  }),
  'notice-logistics': (p) => ({
    subject: subject(p, '包裹最新情況'),
    body: paragraphs(greeting('zh-Hant', null), logisticsNews(p), '為您帶來不便，敬請見諒。', buyerClosing(p)),
  }),
  'notice-shipping': (p) => ({
    subject: `您的${ord(p)}已寄出`,
    body: paragraphs(
      greeting('zh-Hant', null),
      `好消息：您的${ord(p)}已經${p.carrier ? `由${p.carrier}` : ''}寄出。${p.tracking ? `運單號碼：${p.tracking}。` : ''}`,
      '多謝惠顧！',
      buyerClosing(p),
    ),
  }),
};
