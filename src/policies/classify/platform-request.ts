import type { Category, Evidence, MarketplaceId, PlatformRequest } from '../triage.schemas.ts';

/**
 * What a marketplace notice asks the merchant to do, and by when. Works on
 * folded text. Phrases inside a condition ("if you cannot ship…", "à défaut…",
 * 如…) weigh less: they describe a fallback, not the request.
 */
const REQUEST_SOURCES: Record<Exclude<PlatformRequest, 'info_only'>, string[]> = {
  remove_listings: [
    '(?:retirer|supprimer|desactiver|retrait de)[^.]{0,100}annonces', 'remove[^.]{0,80}listings?', 'take (?:down|offline)[^.]{0,40}listings?', 'listings? (?:must|should) be removed',
    '请(?:您)?(?:立即|尽快|马上)?[^。]{0,8}下架', '請(?:您)?(?:立即|盡快|馬上)?[^。]{0,8}下架', '要求[^。]{0,6}下架', '删除[^。]{0,8}(?:商品|链接|listing)', '刪除[^。]{0,8}(?:商品|連結)',
  ],
  provide_documents: [
    '(?:transmettre|faire parvenir|adresser|envoyer|fournir|communiquer)[^.]{0,100}(?:preuve|justificatif|facture|photo|document|attestation|bon de livraison|fiche technique|piece)', 'pieces justificatives',
    '(?:provide|send|submit|supply)[^.]{0,60}(?:documents?|invoices?|proof|evidence|photos?|authori[sz]ation|licen[cs]e)', 'supporting documents',
    '提供[^。]{0,30}(?:发票|發票|凭证|憑證|证明|證明|材料|文件|单据|單據|授权|授權|相片|照片)', '提供以下(?:材料|文件)', '采购凭证', '採購單據',
  ],
  provide_tracking: [
    '(?:communiquer|renseigner|transmettre|indiquer|fournir|ajouter|saisir|telecharger)[^.]{0,120}numero de suivi', 'renseigner le transporteur', 'numero de suivi[^.]{0,30}(?:sous|dans les) \\d+',
    '(?:upload|input|enter|provide|add|update)[^.]{0,30}tracking', 'latest (?:tracking|shipment|delivery) status', 'check with (?:your|the) carrier', '(?:contacter|contactez|joindre) (?:votre|le) transporteur', 'statut (?:de suivi )?(?:le plus )?recent',
    '联系(?:您的)?(?:商品)?承运商', '聯絡(?:您的)?物流商', '上传[^。]{0,12}(?:追踪|运单|單號|单号)', '上傳[^。]{0,12}(?:追蹤|運單)', '提供(?:发货|發貨)?单号', '最新(?:的)?(?:追踪|物流|追蹤)', '輸入運單號碼', '输入运单号', '确认[^。]{0,12}最新',
  ],
  decide_refund: [
    'en l\'acceptant ou en la refusant', '(?:accepter|acceptez) ou (?:refuser|refusez)', 'si vous acceptez cette demande', 'proceder au remboursement', 'refuser le remboursement', 'demandes de remboursement',
    'agree refund', 'reject refund', '(?:accept|approve|agree to|reject|decline) (?:the )?(?:refund|return) request',
    '同意退款', '拒絕退款', '拒绝退款', '同意或拒绝', '同意或拒絕',
  ],
  contact_buyer: [
    '(?:contacter|prendre contact avec|joindre|repondre a) (?:directement )?(?:votre|le|l\') ?(?:client|acheteur)', 'prendre contact (?:directement )?avec', 'proposer[^.]{0,60}(?:rabais|solution|echange|remboursement|reparation)', 'trouver un accord', 'convenir avec',
    '(?:contact|communicate with|reach out to|get in touch with|reply to) (?:the |your )?(?:customer|buyer)', 'agree (?:on )?a solution', 'reach an agreement with the customer',
    '与买家(?:沟通|联系|達成|达成)', '與買家(?:溝通|聯繫|達成)', '与顾客(?:沟通|联系)', '與顧客(?:溝通|聯絡|聯繫)', '回复买家', '回覆買家', '直接与买家联系', '直接與顧客聯絡', '联系买家', '聯絡顧客',
  ],
};
const INFO_ONLY = [
  "aucune action (?:n'est )?(?:requise|necessaire)", 'vous n\'avez rien a faire', 'ne necessite pas de reponse', 'cette decision est definitive', 'dossier est (?:desormais )?clos', "il n'est pas necessaire", 'a (?:donc )?ete rejetee', 'sera pas prise en compte dans le calcul',
  'no (?:further )?action (?:is )?(?:required|needed)', 'nothing (?:further )?(?:is required|to do)', 'for your information only', 'unable to reinstate', 'cannot be reinstated',
  '无需进行任何操作', '您无需', '無需再作任何操作', '无需回复', '無需回覆', '此邮件无需回复', '仅为通知', '僅為通知', '僅作通知', '仅作通知', '已被驳回', '已被駁回', '投诉已关闭', '投訴已關閉',
];
const PRIORITY: Exclude<PlatformRequest, 'info_only'>[] = ['remove_listings', 'provide_documents', 'provide_tracking', 'decide_refund', 'contact_buyer'];

const REQUEST_RES = Object.fromEntries(Object.entries(REQUEST_SOURCES).map(([k, v]) => [k, new RegExp(v.join('|'))])) as Record<
  Exclude<PlatformRequest, 'info_only'>,
  RegExp
>;
const INFO_RE = new RegExp(INFO_ONLY.join('|'));
const CONDITION = /^(?:\s*[-–•*\d.)]*\s*)(?:si |sinon|a defaut|faute de|sans (?:ce|reponse|action|accord)|passe ce delai|if |otherwise|unless|should |in the event|若|如果|如未|如需|如確實|如确实|如有|逾期|否则|否則)/;
const CONDITION_INSIDE = /\b(?:si vous ne|if you (?:cannot|can't|are unable|believe|wish)|au cas ou)\b|(?:如确实|如確實|若确认|若確認|或会|或會)/;

/** Sentences of a notice; single line breaks are wrapping (or a list continuing its sentence), blank lines end one. */
function sentences(text: string): string[] {
  return text
    .replace(/\n(?!\s*\n)/g, ' ')
    .split(/(?<=[.!?。！？;；])\s+|\n+/)
    .filter((s) => s.trim());
}

export interface RequestResult {
  request: PlatformRequest;
  evidence: Evidence[];
}

export function decidePlatformRequest(folded: string, category: Category, hasOrder: boolean): RequestResult {
  const info = INFO_RE.exec(folded);
  if (info) return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'says no action is needed', source: 'body', text: info[0] }] };
  const scores = new Map<Exclude<PlatformRequest, 'info_only'>, { score: number; text: string }>();
  for (const sentence of sentences(folded)) {
    const weight = CONDITION.test(sentence) || CONDITION_INSIDE.test(sentence) ? 0.3 : 1;
    for (const req of PRIORITY) {
      const m = REQUEST_RES[req].exec(sentence);
      if (!m) continue;
      const prev = scores.get(req);
      scores.set(req, { score: (prev?.score ?? 0) + weight, text: prev?.text ?? m[0] });
    }
  }
  let best: Exclude<PlatformRequest, 'info_only'> | null = null;
  for (const req of PRIORITY) {
    const s = scores.get(req)?.score ?? 0;
    if (s >= 1 && (!best || s > (scores.get(best)?.score ?? 0) + 0.5)) best = req;
  }
  if (!best) {
    // Only fallbacks were named: take the strongest of them if any, else it is information.
    for (const req of PRIORITY) if ((scores.get(req)?.score ?? 0) > 0 && !best) best = req;
    if (!best || (!hasOrder && category === 'general')) return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'asks for nothing', source: 'rule' }] };
  }
  if (!hasOrder && category === 'general') return { request: 'info_only', evidence: [{ field: 'platform_request', reason: 'a notice about no particular order', source: 'rule' }] };
  return { request: best, evidence: [{ field: 'platform_request', reason: `asks to ${best.replace(/_/g, ' ')}`, source: 'body', text: scores.get(best)!.text }] };
}

// ---- Deadlines --------------------------------------------------------------

const ZH_NUM: Record<string, number> = { 一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 十: 10 };
const FR_NUM: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10, quatorze: 14, one: 1, two: 2, three: 3, five: 5, seven: 7, ten: 10 };
const HOURS_RE = [
  /(?:sous|dans les|dans un delai de|au plus tard sous|d'ici|vous disposez de|disposez de|within(?: the next)?|in the next|no later than)\s*(\d{1,3})\s*(?:h\b|heures?|hours?|hrs?)/g,
  /(\d{1,3})\s*(?:小时|小時|個小時|个小时)\s*(?:内|內|之内|之內)/g,
  /(\d{1,3})\s*(?:h|hours?|heures?)\s*(?:of|from|after|a compter|apres) (?:this|the|receipt|reception|ce|la)/g,
];
const DAYS_RE = [
  /(?:sous|dans les|dans un delai de|au plus tard sous|vous disposez de|disposez de|within(?: the next)?|in the next)\s*(\d{1,2}|un|une|deux|trois|quatre|cinq|sept|dix|one|two|three|five|seven|ten)\s*(?:jours?|days?)/g,
  /(?:在)?(\d{1,2}|[一两兩二三四五六七十])\s*(?:个|個)?(?:工作)?(?:天|日)\s*(?:（[^）]*）|\([^)]*\))?\s*(?:内|內)/g,
];

function num(token: string): number {
  return /^\d+$/.test(token) ? +token : ZH_NUM[token] ?? FR_NUM[token] ?? NaN;
}

/** Hours the notice gives the merchant, when it states them (hours preferred over days). */
export function statedDeadlineHours(folded: string): { hours: number; text: string } | null {
  for (const re of HOURS_RE) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) return { hours: num(m[1]!), text: m[0] };
  }
  for (const re of DAYS_RE) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m && !Number.isNaN(num(m[1]!))) return { hours: num(m[1]!) * 24, text: m[0] };
  }
  return null;
}

/**
 * Deadline in hours for a platform request: stated in the mail, else the
 * marketplace rule (RAK-DOCS-48H for documents and tracking, RAK-BUYER-72H for
 * claims to settle with the buyer). Yoho sets no default.
 */
export function decideDeadlineHours(
  folded: string,
  request: PlatformRequest,
  category: Category,
  marketplace: MarketplaceId | null,
): { hours: number | null; evidence: Evidence[] } {
  if (request === 'info_only') return { hours: null, evidence: [] };
  const stated = statedDeadlineHours(folded);
  if (stated) return { hours: stated.hours, evidence: [{ field: 'deadline_hours', reason: 'the mail states the time limit', source: 'body', text: stated.text }] };
  if (marketplace === 'rakuten_fr') {
    if (request === 'provide_documents' || request === 'provide_tracking') {
      return { hours: 48, evidence: [{ field: 'deadline_hours', reason: 'RAK-DOCS-48H: documents asked by customer service are due within 48 h', source: 'rule' }] };
    }
    if (request === 'contact_buyer' && ['damaged', 'not_as_described', 'non_recu'].includes(category)) {
      return { hours: 72, evidence: [{ field: 'deadline_hours', reason: 'RAK-BUYER-72H: 3 days to agree a solution with the buyer', source: 'rule' }] };
    }
  }
  return { hours: null, evidence: [] };
}
