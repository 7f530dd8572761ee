import { buyerClosing, greeting } from '../phrases.ts';
import { paragraphs, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenBuyerTemplate } from '../template-ids.ts';

/**
 * Rakuten France, to a buyer writing Traditional Chinese. Same content as the
 * Simplified version, in Traditional characters and Hong Kong written wording:
 * 撤銷訂單 for a rétractation, never 取消訂單, which reads as the seller's
 * annulation (RAK-WORDS); 換貨 / 退貨退款 / 部分退款 for the three claim
 * solutions; 運單號碼. Subjects in the 【主題】 form; full-width punctuation; no
 * nested brackets (carrier names may carry their own, e.g. 法國郵政（La Poste）);
 * no empty 「訂單」 when the order number is unknown.
 */

const ord = (p: TemplateParams) => (p.order ? `訂單 ${p.order}` : '訂單');
const yourOrd = (p: TemplateParams) => `您的${ord(p)}`;
/** 「關於訂單 X」 inside a sentence, or nothing when the order is unknown. */
const aboutOrd = (p: TemplateParams) => (p.order ? `關於${ord(p)}` : '');
const subject = (p: TemplateParams, what?: string) => (what ? `【${what}】${yourOrd(p)}` : `關於${yourOrd(p)}`);
/** 「已透過 X 以可追蹤方式寄出」, or 「已採用可追蹤方式寄出」 without a carrier (never 「已以」). */
const shippedTracked = (p: TemplateParams) => (p.carrier ? `已透過${p.carrier}以可追蹤方式寄出` : '已採用可追蹤方式寄出');
const carrierOf = (p: TemplateParams) => p.carrier ?? '物流商';
const parcelOf = (p: TemplateParams) => {
  const ids = [p.order ? ord(p) : null, p.tracking ? `運單號碼 ${p.tracking}` : null].filter(Boolean);
  return `您的包裹${ids.length ? `（${ids.join('，')}）` : ''}`;
};

function nonRecuStatus(p: TemplateParams): string {
  const carrier = carrierOf(p);
  switch (p.trackingState) {
    case 'delivered':
      return `物流追蹤記錄顯示包裹已經簽收。麻煩您先檢查信箱，並向鄰居、大廈管理員或自取點查詢；同時，我們會向${carrier}查詢，並索取簽收證明。`;
    case 'returned':
      return '物流追蹤記錄顯示包裹正在退回。我們收到退件後可為您重新寄出，請確認您樂天帳戶中的收貨地址是否正確。';
    case 'held':
      return `包裹目前被海關扣留，我們正與${carrier}跟進，爭取盡快清關，有進展會隨即通知您。`;
    case 'lost':
      return `${carrier}已確認包裹遺失。我們可以為您重新寄出或全數退款，請告訴我們您的選擇。`;
    case 'recent_update':
      return '根據物流追蹤記錄，包裹仍在正常運送中，預計很快送達，我們會密切留意。';
    case 'stalled':
      return `由於物流追蹤記錄近幾天沒有更新，我們正向${carrier}查詢，一有回覆會盡快通知您。`;
    default:
      return `我們正向${carrier}核實包裹的運送情況，會盡快回覆您。`;
  }
}

const nonrecu: Template = (p) => ({
  subject: subject(p, '包裹追蹤'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    p.replying ? '感謝您的來信。您至今仍未收到包裹，令您久等，非常抱歉。' : '我們想向您說明包裹的運送情況。您至今仍未收到包裹，令您久等，非常抱歉。',
    `${yourOrd(p)}${shippedTracked(p)}${p.tracking ? `，運單號碼為 ${p.tracking}` : ''}。`,
    nonRecuStatus(p),
    buyerClosing(p),
  ),
});

const claim: Template = (p) => {
  const damaged = p.category === 'damaged';
  const item = p.product ? `您訂購的「${p.product}」${p.order ? `（${ord(p)}）` : ''}` : `您${p.order ? `於${ord(p)}` : ''}訂購的商品`;
  const rebate = p.rebatePercent ? `我們可以退還商品金額的 ${p.rebatePercent}%` : '我們可以與您商議部分退款的金額';
  return {
    subject: subject(p, damaged ? '商品損壞' : '商品與描述不符'),
    body: paragraphs(
      greeting('zh-Hant', p.name),
      damaged ? `非常抱歉，${item}送達時已經損壞。` : `非常抱歉，${item}與商品描述不符。`,
      p.hasPhotos
        ? '感謝您提供相片，這有助我們盡快處理。'
        : damaged
          ? '為了盡快為您處理，麻煩您提供幾張商品及外包裝的相片。'
          : '為了盡快為您處理，麻煩您提供幾張能顯示差異的相片（例如標籤、尺碼、顏色或型號）。',
      [
        '我們可以為您提供以下方案，您可任選其一：',
        `1. 換貨：為您更換一件全新${damaged ? '' : '且與描述相符'}的商品，費用由我們承擔；`,
        '2. 退貨退款：退貨運費由我們承擔，收到退貨後為您全數退款；',
        `3. 部分退款：如您願意保留商品，${rebate}。`,
      ].join('\n'),
      '請告訴我們您選擇哪個方案，我們會盡快為您安排。',
      buyerClosing(p),
    ),
  };
};

const counterfeit: Template = (p) => ({
  subject: subject(p),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `我們已收到您${aboutOrd(p)}的來信，對此非常重視。`,
    '我們正向供應商核實該商品的來源。為方便核查，麻煩您提供商品、包裝，以及您提及的標記或序號的相片。',
    '我們會盡快回覆您。',
    buyerClosing(p),
  ),
});

const withdrawUnshipped: Template = (p) => ({
  subject: subject(p, '撤銷訂單申請'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `我們已收到您${aboutOrd(p)}的撤銷申請。`,
    '作為專業賣家，我們無法自行終止訂單。請您直接聯絡樂天客服，申請撤銷訂單（rétractation）。',
    '同時，我們會向樂天客服說明這是您本人提出的撤銷申請，並會暫停寄出。',
    buyerClosing(p),
  ),
});

const withdrawShipped: Template = (p) => ({
  subject: subject(p, '退貨'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    '感謝您的來信。您可以行使撤銷權（droit de rétractation）將商品退回。撤銷權可於收貨後 14 天內行使。',
    `操作方法：登入您的樂天帳戶，進入「Mes achats」（我的購物），找到${p.order ? ord(p) : '該訂單'}，點擊「Vous rétracter」。我們確認您的申請後，會告知您退貨地址。`,
    `${p.returnPaidBy === 'seller' ? '退貨運費由我們承擔。' : '退貨運費需由您承擔。'}我們收到退回的商品，並確認商品完整及保持原狀後，會盡快為您退款。`,
    buyerClosing(p),
  ),
});

const lateShip: Template = (p) => ({
  subject: subject(p, '寄出安排'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `非常抱歉，${yourOrd(p)}未能按時寄出。`,
    p.shipDate
      ? `我們最遲會於${p.shipDate}以可追蹤方式寄出，並會第一時間把運單號碼發送給您。`
      : '我們正優先處理您的訂單，會盡快以可追蹤方式寄出，並第一時間把運單號碼發送給您。',
    '感謝您的耐心與體諒。',
    buyerClosing(p),
  ),
});

const lateCannotShip: Template = (p) => ({
  subject: subject(p, '寄出延誤'),
  body: paragraphs(
    greeting('zh-Hant', p.name),
    `非常抱歉，我們暫時未能在承諾的時間內寄出${yourOrd(p)}。`,
    '作為專業賣家，我們無法自行終止訂單。如您不想繼續等待，可以申請撤銷訂單（rétractation）：登入樂天帳戶，在「Mes achats」中找到該訂單並點擊「Vous rétracter」，或直接聯絡樂天客服申請。撤銷後，訂單款項將全數退還給您。',
    '為您帶來不便，再次致歉。',
    buyerClosing(p),
  ),
});

const warranty: Template = (p) => ({
  subject: p.order ? subject(p, '保養申請') : '關於您的保養申請',
  body: paragraphs(
    greeting('zh-Hant', p.name),
    !p.replying
      ? `樂天客服已將您${aboutOrd(p)}的保養申請轉交給我們。為您帶來不便，非常抱歉。`
      : p.order
        ? `感謝您就${ord(p)}與我們聯絡。為您帶來不便，非常抱歉。`
        : '感謝您的來信。為您帶來不便，非常抱歉。',
    '如果故障在收貨後 2 年內出現，即屬於 2 年法定保養（garantie légale de conformité）的範圍，我們會與您商討解決方案：維修或更換；如無法維修或更換，則為您退款。',
    '首先，麻煩您簡單描述故障情況，並提供一張相片或一段短片。',
    p.order ? null : '另外，也麻煩您告知訂單編號（可在樂天帳戶的「Mes achats」中查看）。',
    '收到後我們會盡快回覆您。',
    buyerClosing(p),
  ),
});

function logisticsNews(p: TemplateParams): string {
  const carrier = carrierOf(p);
  switch (p.event) {
    case 'returned':
      return `${carrier}通知我們，${parcelOf(p)}未能派送，現正退回給我們。我們會盡快與您聯絡，按您的意願安排重新寄送或退款。`;
    case 'lost':
      return `${carrier}已確認${parcelOf(p)}遺失。我們可以為您重新寄出或全數退款，請告訴我們您的選擇。`;
    case 'damaged':
      return `${carrier}通知我們，${parcelOf(p)}在運送途中受損。收貨時請仔細檢查；如發現損壞，請盡量即場告知送貨員，並盡快連同相片通知我們，我們會與您商討解決方案。`;
    default:
      return `${parcelOf(p)}目前被海關扣留，我們正與${carrier}跟進，爭取盡快清關，有進展會通知您。`;
  }
}

const noticeLogistics: Template = (p) => ({
  subject: subject(p, '包裹最新情況'),
  body: paragraphs(greeting('zh-Hant', null), logisticsNews(p), '為您帶來不便，敬請見諒。', buyerClosing(p)),
});

const noticeShipping: Template = (p) => ({
  subject: `${yourOrd(p)}已寄出`,
  body: paragraphs(
    greeting('zh-Hant', null),
    `${yourOrd(p)}${shippedTracked(p)}${p.tracking ? `，運單號碼為 ${p.tracking}，您可憑此查詢送貨進度` : ''}。`,
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
