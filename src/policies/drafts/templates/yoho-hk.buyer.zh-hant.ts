import { buyerClosing, greeting, yohoRefundTiming } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoBuyerTemplate } from '../template-ids.ts';

/**
 * Yoho, to the customer, in Traditional Chinese (Hong Kong written style, not
 * Cantonese colloquial). Terms follow the Yoho guide's Chinese: 訂單編號,
 * 運單號碼, 換貨 / 退款, 寄出, 轉數快 (FPS). The merchant arranges and pays any
 * pick-up (YOHO-RETURN-COST). Refund times are the English figures: the guide's
 * Chinese 1-2 個工作天 / 2-4 週 must never appear (YOHO-ENGLISH-PREVAILS).
 * Subjects in the 【主題】 form of Hong Kong shop mail; full-width punctuation;
 * no nested brackets (carrier names may carry their own, e.g. 遞四方（4PX）);
 * no empty 「訂單」 when the order number is unknown; no promise of an action
 * not yet taken (we 正/會 ask the carrier, not 已).
 */

const ord = (p: TemplateParams) => (p.order ? `訂單 ${p.order}` : '訂單');
/** 「您的訂單 YH…」, or 「您的訂單」 without a number. */
const yourOrd = (p: TemplateParams) => `您的${ord(p)}`;
/** 「就訂單 YH…」 inside a sentence, or nothing when the order is unknown. */
const aboutOrd = (p: TemplateParams) => (p.order ? `就${ord(p)}` : '');
const subject = (p: TemplateParams, what?: string) => (what ? `【${what}】${yourOrd(p)}` : `關於${yourOrd(p)}`);
const timing = (p: TemplateParams) => yohoRefundTiming('zh-Hant', p.refundMethod);
const carrierOf = (p: TemplateParams) => p.carrier ?? '物流商';

function deliveryStatus(p: TemplateParams): string {
  const carrier = carrierOf(p);
  switch (p.trackingState) {
    case 'delivered':
      return `物流記錄顯示包裹已經送達。麻煩您先向大廈管理處、家人或鄰居查詢是否有人代收；同時，我們會向${carrier}查詢，並索取簽收證明。`;
    case 'returned':
      return '物流記錄顯示包裹現正退回給我們。我們樂意為您重新寄出，請確認收件地址，以及您希望以智能櫃、自取點還是送貨上門的方式收件。';
    case 'held':
      return `包裹目前被海關扣留，我們正與${carrier}跟進，爭取盡快清關，有進展會通知您。`;
    case 'lost':
      return `${carrier}已確認包裹遺失。我們可以為您補寄或全數退款，請告訴我們您希望選擇哪一項。`;
    case 'recent_update':
      return '根據物流追蹤記錄，包裹正在運送途中，預計很快送達。';
    case 'stalled':
      return `由於物流追蹤記錄已有一段時間未有更新，我們正向${carrier}查詢包裹的下落，一有消息會盡快通知您。`;
    default:
      return `我們正向${carrier}查詢包裹的最新情況，會盡快回覆您。`;
  }
}

function logisticsNews(p: TemplateParams): string {
  const carrier = carrierOf(p);
  const ids = [p.order ? ord(p) : null, p.tracking ? `運單號碼 ${p.tracking}` : null].filter(Boolean);
  const parcel = `您的包裹${ids.length ? `（${ids.join('，')}）` : ''}`;
  switch (p.event) {
    case 'returned':
      return `${carrier}通知我們，${parcel}未能成功派送，現正退回給我們。我們會盡快與您聯絡，按您的意願重新安排送貨或退款。`;
    case 'lost':
      return `${carrier}已確認${parcel}遺失。我們可以為您補寄或全數退款，請告訴我們您希望選擇哪一項。`;
    case 'damaged':
      return `${carrier}通知我們，${parcel}在運送途中受損。收貨時請先檢查清楚；如發現任何問題，請盡快通知我們並附上相片，我們會為您妥善處理。`;
    default:
      return `${parcel}目前被海關扣留，我們正與${carrier}跟進，爭取盡快清關。`;
  }
}

export const yohoBuyerZhHant: Record<YohoBuyerTemplate, Template> = {
  nonrecu: (p) => ({
    subject: subject(p, '送貨進度'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      p.replying ? '感謝您的來信。您至今仍未收到包裹，令您久等，非常抱歉。' : '現就您包裹的送貨情況與您聯絡。您至今仍未收到包裹，令您久等，非常抱歉。',
      `${yourOrd(p)}已${p.carrier ? `由${p.carrier}` : ''}寄出${p.tracking ? `，運單號碼為 ${p.tracking}` : ''}。`,
      deliveryStatus(p),
      buyerClosing(p),
    ),
  }),
  claim: (p) => {
    const damaged = p.category === 'damaged';
    const item = p.product ? `「${p.product}」` : '商品';
    const inOrder = p.order ? `（${ord(p)}）` : '';
    return {
      subject: subject(p, damaged ? '商品損壞' : '商品與描述不符'),
      body: paragraphs(
        greeting('zh-Hant', p.name),
        damaged ? `非常抱歉，您訂購的${item}${inOrder}送達時已經損壞。` : `非常抱歉，您收到的${item}${inOrder}與我們的商品描述不符。`,
        p.hasPhotos
          ? '感謝您提供相片，讓我們可以盡快了解情況。'
          : damaged
            ? '為了盡快為您處理，麻煩您提供幾張商品及外包裝的相片。'
            : '為了盡快為您處理，麻煩您提供幾張能顯示差異的相片（例如標籤、型號、尺寸或顏色）。',
        ['我們可以為您安排以下其中一項：', `1. 換貨：更換${damaged ? '全新' : '正確的'}商品；`, '2. 退貨退款：收回商品後為您全數退款。'].join('\n'),
        '無論選擇哪一項，我們都會安排上門收回商品，費用全數由我們承擔。',
        `如您選擇退款，請留意：${timing(p)}`,
        '請告訴我們您希望換貨還是退款，以及方便上門收件的地址和時間。',
        buyerClosing(p),
      ),
    };
  },
  counterfeit: (p) => ({
    subject: subject(p),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `感謝您${aboutOrd(p)}與我們聯絡，我們非常重視您反映的情況。`,
      '我們正向供應商核實該商品的來源。為方便核查，麻煩您提供商品、包裝，以及您提及的序號或標記的相片。',
      '我們會盡快回覆您。',
      buyerClosing(p),
    ),
  }),
  'withdraw-unshipped': (p) => ({
    subject: subject(p, '取消及退款'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      p.shipped === false
        ? `感謝您通知我們。由於${yourOrd(p)}尚未寄出，我們可以為您取消訂單並全數退款。`
        : `感謝您通知我們。如${yourOrd(p)}尚未寄出，我們可以為您取消訂單並全數退款。`,
      `請您回覆確認。收到您的確認後，我們便會為${p.order ? ord(p) : '您的訂單'}辦理全數退款，退款原因為「顧客於寄出前要求取消」。`,
      timing(p),
      buyerClosing(p),
    ),
  }),
  'withdraw-return': (p) => ({
    subject: subject(p, '退貨'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      p.replying
        ? `感謝您的來信。我們樂意為您辦理${p.order ? `${ord(p)}的` : ''}退貨。`
        : `我們已收到您${aboutOrd(p)}提交的退貨退款申請。${p.category === 'damaged' || p.category === 'not_as_described' ? '對於商品出現的問題，我們深感抱歉，並' : '我們'}樂意為您辦理退貨。`,
      `我們會安排上門收回商品，費用全數由我們承擔；${p.category === 'withdrawal' ? '請保持商品未經使用及包裝完整' : '請連同原有包裝及配件一併交回'}。收到商品後，我們會為您安排全數退款。${timing(p)}`,
      '麻煩您告知方便上門收件的地址及時間。',
      buyerClosing(p),
    ),
  }),
  'late-delay': (p) => ({
    subject: subject(p, '寄出安排'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `非常抱歉，${yourOrd(p)}出現延誤，目前仍未寄出。`,
      p.shipDate
        ? `我們預計可於${p.shipDate}或之前寄出，請問您是否同意這個安排？`
        : '我們正優先處理您的訂單，寄出後會第一時間通知您運單號碼。請問您是否願意稍候？',
      `如您不希望再等，我們亦可以為您取消訂單並全數退款，請直接告訴我們。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'late-refund': (p) => ({
    subject: subject(p, '退款'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `非常抱歉，${yourOrd(p)}未能如期寄出。`,
      '按照您的要求，我們會為您取消訂單並全數退款，退款原因為「訂單逾期未寄出」。麻煩您回覆確認，我們收到後便會立即處理。',
      timing(p),
      buyerClosing(p),
    ),
  }),
  'refund-confirm': (p) => ({
    subject: subject(p, '退款申請'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `我們已收到您${aboutOrd(p)}提交的退款申請${p.category === 'late_shipment' ? '，對於延誤寄出，我們深感抱歉' : ''}。`,
      `我們同意您的退款申請，並會立即為您處理。${timing(p)}`,
      buyerClosing(p),
    ),
  }),
  'refund-keep': (p) => ({
    subject: subject(p, '退款申請'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `我們已收到您${aboutOrd(p)}提交的退款申請，對於延誤寄出，我們深感抱歉。`,
      `我們可於${p.shipDate ?? ph('可寄出日期')}或之前寄出您的訂單。請問您是否願意保留訂單？如願意，請回覆確認，我們便會保留訂單、不作退款，並在寄出後立即通知您運單號碼。`,
      '如您仍希望退款，請告訴我們，我們會同意您的退款申請。',
      buyerClosing(p),
    ),
  }),
  warranty: (p) => ({
    subject: p.order ? subject(p, '保養查詢') : '關於您的保養查詢',
    body: paragraphs(
      greeting('zh-Hant', p.name),
      `${p.replying ? '感謝您的來信。' : ''}得悉您${p.order ? `於${ord(p)}` : ''}購買的${p.product ? `「${p.product}」` : '商品'}出現問題，我們深感抱歉。`,
      '我們樂意為您跟進，並核實問題是否屬於產品保養範圍。首先，麻煩您簡單描述故障情況，並提供一張相片或一段短片。',
      p.order ? null : '另外，請告知您的友和訂單編號。',
      '如確認屬於保養範圍，我們會安排上門收回商品進行維修或更換，費用全數由我們承擔。',
      buyerClosing(p),
    ),
  }),
  'notice-logistics': (p) => ({
    subject: subject(p, '包裹最新情況'),
    body: paragraphs(greeting('zh-Hant', null), logisticsNews(p), '為您帶來不便，敬請見諒。', buyerClosing(p)),
  }),
  'notice-shipping': (p) => ({
    subject: `${yourOrd(p)}已寄出`,
    body: paragraphs(
      greeting('zh-Hant', null),
      `${yourOrd(p)}已${p.carrier ? `由${p.carrier}` : ''}寄出${p.tracking ? `，運單號碼為 ${p.tracking}。您可憑運單號碼於${carrierOf(p)}的網站或應用程式查閱送貨進度` : ''}。`,
      '多謝惠顧！',
      buyerClosing(p),
    ),
  }),
};
