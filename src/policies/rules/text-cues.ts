import type { MailInput } from '../mail-input.schemas.ts';
import type { Language } from '../triage.schemas.ts';
import { chineseScript } from '../drafts/chinese-script.ts';

/**
 * Facts the handlers need that the triage record does not carry (yet), read
 * from the mail's own new text. Each cue is a small pattern list in the four
 * languages; absent means "the mail does not say".
 */

const HISTORY_START = [
  /^-{2,}\s*(?:original message|message d'origine|message transféré|forwarded message|转发的邮件|原始邮件|轉寄的郵件)/i,
  /^-----(?:original message|message d'origine)-----/i,
  /^(?:le|on|於|在)\s.{4,120}(?:a écrit|wrote|寫道|写道)\s*[:：]?\s*$/i,
  /^begin forwarded message/i,
  /^(?:de|from|发件人|寄件者)\s*[:：].+/i,
  /^_{10,}$/,
  /^historique de la conversation/i,
];

/** The new text of the mail: quoted lines (`>`) and the history below a reply or forward header are left out. */
export function newTextOf(mail: Pick<MailInput, 'text'>): string {
  const out: string[] = [];
  // Typographic apostrophes read as plain ones, so "hasn’t" matches like "hasn't".
  for (const line of mail.text.split(/\r?\n/)) {
    const t = line.trim();
    if (HISTORY_START.some((re) => re.test(t))) break;
    if (/^>/.test(t)) continue;
    out.push(line);
  }
  return out.join('\n').replace(/[’‘ʼ]/g, "'");
}

const has = (text: string, re: RegExp) => re.test(text);

/** The mail says answers to it go nowhere (a no-reply relay or system sender). */
export const NO_REPLY =
  /réponses envoyées directement à cette adresse ne sont pas transmises|merci de ne pas (?:y )?répondre|ne pas répondre à ce message|please do not reply|do not reply (?:to this|directly)|請勿直接回覆|請勿回覆|请勿直接回复|请勿回复|此郵件由系統自動發送|此邮件由系统自动发送/i;

/** The goods have not left yet. */
export const UNSHIPPED =
  /pas encore (?:parti|été expédi|expédi)|n'a (?:toujours )?pas été expédi|non expédiée|en attente d'expédition|en cours de préparation|aucun numéro de suivi|pas de numéro de suivi|(?:not|n't) (?:been |yet )?(?:shipped|dispatched|sent)|awaiting shipment|not shipped yet|hasn't shipped|未ship|仲未寄|未寄出|尚未寄出|尚未发货|尚未發貨|未发货|未發貨|待出貨|待出货|还没发货|還沒發貨|未有運單|未有运单/i;
/** The goods arrived (or left). */
export const SHIPPED =
  /bien reçu|j'ai reçu|ai bien reçu|reçu (?:le colis|la|le|hier|ce matin|vendredi)|colis reçu|sont arrivées|est arrivée?|a été livré|\b(?:i|we)(?:'ve| have)? (?:received|got)\b|\bgot (?:the|my|it)\b|\b(?:has|have|had) arrived|\barrived (?:on|today|yesterday|this)|(?:was|been) delivered|opened the box|收到|已送達|已送达|已签收|已簽收|已發貨|已发货|已寄出|已經寄出|未開封|未开封/i;

export function cueShipped(text: string): boolean | null {
  if (has(text, UNSHIPPED)) return false;
  if (has(text, SHIPPED)) return true;
  return null;
}

export type TrackingCue = 'missing' | 'stalled' | 'recent_update' | 'delivered' | 'returned' | 'lost' | 'held';

const TRACKING_CUES: [TrackingCue, RegExp][] = [
  ['missing', /aucun numéro de suivi n'a été|numéro de suivi manquant|suivi\s*:\s*non renseigné|non renseigné|尚未上传(?:单号|运单)|未上传(?:单号|运单)|no tracking (?:number )?(?:was |has been )?(?:uploaded|provided|entered)/i],
  ['recent_update', /mise à jour récente|présente une mise à jour|recent update|近期已更新|物流信息正常|有近期更新/i],
  // A buyer asking "is it lost?" or threatening customs is not a carrier's finding: these need the carrier's words.
  ['held', /(?:retenu|bloqué|held|扣留|滞留|滯留).{0,40}(?:douane|customs|海关|海關)|(?:douane|customs|海关|海關|清关|清關).{0,40}(?:retenu|held|hold|扣留|查验|查驗|异常|異常)/i],
  ['lost', /confirmé la perte|déclaré perdu|(?:confirmed|declared) (?:as )?lost|has been lost|确认丢失|確認遺失|确认遗失|已遗失|已丢失|已遺失|lost in transit|在途中遗失|途中遗失/i],
  ['returned', /retour(?:né)? (?:à|vers) l'expéditeur|returned to (?:the )?sender|being returned|will be returned|退回寄件人|退返寄件人|退回寄件|已經退返|已经退回|退回给寄件人/i],
  [
    'stalled',
    /aucune (?:autre )?mise à jour|plus aucune mise à jour|et plus rien|no (?:further )?update|not (?:been )?updated|not moving|nothing since|再无任何物流更新|无近期更新|冇再更新|沒有更新|未有更新|無更新|stuck|bloqué|depuis le \d+ .{0,40}(?:plus rien|rien)/i,
  ],
  ['delivered', /\blivré\b|statut « livré »|distribué|delivered|已签收|已簽收|已派送|已经派送|已經派送|已放度/i],
];

export function cueTrackingState(text: string): TrackingCue | null {
  for (const [state, re] of TRACKING_CUES) if (re.test(text)) return state;
  return null;
}

/** How the buyer paid or wants the refund (Yoho timings differ per method). */
export function cueRefundMethod(text: string): 'fps' | 'card' | 'bank' | null {
  if (/\bFPS\b|轉數快|转数快/i.test(text)) return 'fps';
  if (/credit card|信用卡|\bcard\b|carte bancaire/i.test(text)) return 'card';
  if (/bank transfer|銀行轉帳|银行转账|virement/i.test(text)) return 'bank';
  return null;
}

/** The buyer asks to be refunded or to stop the order. */
/**
 * The writer wants to settle or talk outside the marketplace: a personal messaging app, a money
 * transfer service, a personal number, "without going through" the platform. Yoho's own refunds by
 * FPS or bank transfer are not this, so those words alone do not count.
 */
export const OFF_PLATFORM =
  /whats ?app|wechat|微信|weixin|telegram|western union|moneygram|alipay|支付宝|支付寶|paypal|personal (?:phone |mobile )?(?:number|account)|num[ée]ro (?:de t[ée]l[ée]phone )?perso|t[ée]l[ée]phone perso|私人(?:电话|電話|号码|號碼|账户|帳戶)|(?:outside|off) (?:of )?(?:the )?(?:platform|rakuten|yoho|marketplace)|en dehors (?:de la plateforme|de rakuten|du site)|sans passer par (?:rakuten|yoho|la plateforme|le site)|(?:no need to|without) go(?:ing)? through (?:rakuten|yoho|the platform|the site)|不(?:用|经|經)(?:过|過)?(?:平台|乐天|樂天|友和)|私下(?:交易|解决|解決|转账|轉賬|轉帳)/i;

export const ASKS_REFUND_OR_CANCEL = /rembours|annul|cancel|refund|退款|退錢|退钱|取消/i;

/** Photos are attached or the mail says so. */
export function cueHasPhotos(mail: Pick<MailInput, 'attachments'>, text: string): boolean {
  if (mail.attachments.some((a) => a.mimeType.startsWith('image/'))) return true;
  return /photo jointe|photos jointes|je vous joins|ci-joint|pièce jointe\s*:\s*\d+\s*photo|attached|photo attached|附上|附件|相片|照片/i.test(text);
}

export type CarrierEvent = 'held' | 'returned' | 'lost' | 'damaged' | 'picked_up' | 'delivered' | 'in_transit';

/** What a carrier's mail reports. */
export function cueCarrierEvent(text: string): CarrierEvent | null {
  if (/douane|customs|海关|海關|清关|清關/i.test(text)) return 'held';
  if (/遗失|丢失|遺失|\blost\b|perdu/i.test(text)) return 'lost';
  if (/return(?:ed|ing)? to (?:the )?sender|being returned|will be returned|retour à l'expéditeur|退回寄件人|退回/i.test(text)) return 'returned';
  if (/avarie|damaged|endommag|破損|破损/i.test(text)) return 'damaged';
  if (/a été livré|a été distribué|delivered|已签收|已簽收|成功派送/i.test(text)) return 'delivered';
  if (/picked up|pris en charge|已揽收|已攬收|已收件/i.test(text)) return 'picked_up';
  if (/arrivé|arrived|transit|已到达|已到達|航班|acheminement/i.test(text)) return 'in_transit';
  return null;
}

/** "Produit : …", "Item: …", "商品：…" in a marketplace notice. */
export function cueProductName(text: string): string | null {
  const m = /^(?:\s*[–-]?\s*)(?:produit|item|item\(s\)|article|商品|產品|产品)\s*[:：]\s*(.+)$/im.exec(text);
  if (!m) return null;
  return m[1]!.replace(/\s+[-–]\s+\d[\d\s,.]*\s?€.*$/, '').replace(/\s*x\s*\d+\s*$/i, '').trim() || null;
}

/** The English and Chinese Yoho refund figures appear (a buyer quoting the Chinese 1–2 days). */
export const YOHO_TIMING_MENTION = /1\s*-\s*2\s*(?:working days|個工作天|个工作日)|1-2 個工作天|2\s*-\s*4\s*(?:weeks|週)/i;

/** A rough language guess for a short text: Chinese script first, then French or English by common words. */
export function guessLanguage(text: string): Language | null {
  const script = chineseScript(text);
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (script && cjk / Math.max(letters, 1) > 0.3) return script;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return null;
  const fr = words.filter((w) => /^(le|la|les|et|est|je|vous|une?|des|pas|mais|pour|avec|sur|reçu|colis|bonjour|merci)$/.test(w)).length;
  const en = words.filter((w) => /^(the|and|is|i|you|a|an|of|not|but|for|with|on|received|parcel|hello|hi|thanks|please)$/.test(w)).length;
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}

/** Language of the buyer's words a platform mail quotes (« … », “ … ”, 「 … 」). */
export function quotedBuyerLanguage(text: string): Language | null {
  const quotes = [...text.matchAll(/«([^»]{20,})»|“([^”]{20,})”|「([^」]{10,})」|"([^"]{20,})"/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  const longest = quotes.sort((a, b) => b.length - a.length)[0];
  return longest ? guessLanguage(longest) : null;
}
