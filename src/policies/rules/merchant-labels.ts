import type { Label } from './merchant-text.ts';

/** Short labels for the merchant: what a draft is for, what to attach, what a deadline is. */

export const purposes = {
  'reply-buyer': { en: 'Reply to the buyer', fr: 'Réponse à l’acheteur', 'zh-Hans': '回复买家', 'zh-Hant': '回覆買家' },
  'contact-buyer': { en: 'Message to the buyer', fr: 'Message à l’acheteur', 'zh-Hans': '联系买家', 'zh-Hant': '聯絡買家' },
  'reply-platform': { en: 'Reply to customer service', fr: 'Réponse au service client', 'zh-Hans': '回复平台客服', 'zh-Hant': '回覆平台客服' },
  'tell-platform': { en: 'Message to customer service (contact form)', fr: 'Message au service client (formulaire)', 'zh-Hans': '通过联络表单告知平台客服', 'zh-Hant': '透過聯絡表格告知平台客服' },
  'late-ship': { en: 'If you can ship now', fr: 'Si vous pouvez expédier tout de suite', 'zh-Hans': '如可立即发货', 'zh-Hant': '如可立即寄出' },
  'late-cannot-ship': { en: 'If you cannot ship: guide to “Vous rétracter”', fr: 'Si vous ne pouvez pas expédier : orienter vers « Vous rétracter »', 'zh-Hans': '如无法发货：引导买家撤销订单（Vous rétracter）', 'zh-Hant': '如無法寄出:引導買家撤銷訂單 (Vous rétracter)' },
  'delay-agree': { en: 'Agree a delay with the customer', fr: 'Convenir d’un délai avec le client', 'zh-Hans': '与顾客协商延迟发货', 'zh-Hant': '與顧客協商延遲寄出' },
  'refund-confirm': { en: 'Confirm the refund to the customer', fr: 'Confirmer le remboursement au client', 'zh-Hans': '向顾客确认退款', 'zh-Hant': '向顧客確認退款' },
  'refund-keep': { en: 'Ask the customer’s consent to keep the order (before Reject Refund)', fr: 'Demander l’accord du client pour maintenir la commande (avant Reject Refund)', 'zh-Hans': '征求顾客同意保留订单（拒绝退款前）', 'zh-Hant': '徵求顧客同意保留訂單(拒絕退款前)' },
  'notice-logistics': { en: 'Logistics notice to the buyer', fr: 'Information logistique à l’acheteur', 'zh-Hans': '物流异常通知买家', 'zh-Hant': '物流異常通知買家' },
  'notice-shipping': { en: 'Shipping notice to the buyer', fr: 'Avis d’expédition à l’acheteur', 'zh-Hans': '发货通知买家', 'zh-Hant': '寄出通知買家' },
  'start-only': { en: 'Starting point only: write it yourself', fr: 'Simple point de départ : à rédiger vous-même', 'zh-Hans': '仅供参考：请亲自撰写', 'zh-Hant': '僅供參考:請親自撰寫' },
  'after-refund': { en: 'To customer service once the matter is settled', fr: 'Au service client une fois le dossier réglé', 'zh-Hans': '问题解决后告知平台客服', 'zh-Hant': '問題解決後告知平台客服' },
} satisfies Record<string, Label>;
export type Purpose = keyof typeof purposes;

export const attachmentLabels = {
  'carrier-answer': { en: 'The carrier’s written answer or a tracking screenshot', fr: 'Réponse écrite du transporteur ou capture du suivi', 'zh-Hans': '承运商的书面答复或查询截图', 'zh-Hant': '物流商的書面回覆或查詢截圖' },
  'proof-of-delivery': { en: 'Proof of delivery from the carrier', fr: 'Preuve de livraison du transporteur', 'zh-Hans': '承运商的签收证明', 'zh-Hant': '物流商的簽收證明' },
  'deposit-proof': { en: 'Proof of deposit with the carrier', fr: 'Preuve de dépôt du colis', 'zh-Hans': '包裹交寄凭证', 'zh-Hant': '包裹交寄證明' },
  'packaging-photos': { en: 'Photos of the packaging used', fr: 'Photos de l’emballage utilisé', 'zh-Hans': '所用包装的照片', 'zh-Hant': '所用包裝的相片' },
  'product-sheet': { en: 'Product sheet or supplier invoice showing the specification', fr: 'Fiche technique ou facture fournisseur montrant la caractéristique', 'zh-Hans': '显示规格的产品说明或供应商发票', 'zh-Hant': '顯示規格的產品說明或供應商發票' },
  'supplier-invoices': { en: 'Supplier purchase invoices and payment proof', fr: 'Factures d’achat du fournisseur et preuve de paiement', 'zh-Hans': '供应商采购发票及付款凭证', 'zh-Hant': '供應商採購發票及付款證明' },
  'brand-authorisation': { en: 'Brand authorisation (if any)', fr: 'Autorisation de la marque (le cas échéant)', 'zh-Hans': '品牌授权书（如有）', 'zh-Hant': '品牌授權書(如有)' },
  'serial-photos': { en: 'Photos of serial numbers and packaging of the same batch', fr: 'Photos des numéros de série et emballages du même lot', 'zh-Hans': '同批存货的序号及包装照片', 'zh-Hant': '同批存貨的機身序號及包裝相片' },
  'refund-proof': { en: 'Proof of the refund (bank transfer or PayPal screenshot)', fr: 'Justificatif du remboursement (virement ou PayPal)', 'zh-Hans': '退款凭证（银行转账或 PayPal 截图）', 'zh-Hant': '退款證明(銀行轉帳或 PayPal 截圖)' },
  'documents-requested': { en: 'The documents customer service asked for', fr: 'Les pièces demandées par le service client', 'zh-Hans': '平台客服要求的文件', 'zh-Hant': '平台客服要求的文件' },
} satisfies Record<string, Label>;
export type Attachment = keyof typeof attachmentLabels;

export const deadlineLabels = {
  'docs-48h': { en: 'Send customer service the documents', fr: 'Envoyer les documents au service client', 'zh-Hans': '向平台客服提交文件', 'zh-Hant': '向平台客服提交文件' },
  'tracking-48h': { en: 'Give customer service the tracking information', fr: 'Transmettre le suivi au service client', 'zh-Hans': '向平台客服提供物流信息', 'zh-Hant': '向平台客服提供物流資訊' },
  'buyer-72h': { en: 'Agree a solution with the buyer before customer service steps in', fr: 'Trouver un accord avec l’acheteur avant l’intervention du service client', 'zh-Hans': '在平台客服介入前与买家达成方案', 'zh-Hant': '在平台客服介入前與買家達成方案' },
  'ship-48h': { en: 'Ship and upload the tracking number', fr: 'Expédier et renseigner le suivi', 'zh-Hans': '发货并上传运单号', 'zh-Hant': '寄出並上傳運單號碼' },
  'ship-by': { en: 'Ship-by date stated by the marketplace', fr: 'Date limite d’expédition indiquée', 'zh-Hans': '平台规定的最迟发货日期', 'zh-Hant': '平台規定的最遲寄出日期' },
  'remove-listings': { en: 'Take the listings down', fr: 'Retirer les annonces', 'zh-Hans': '下架相关商品', 'zh-Hant': '下架相關商品' },
  'withdraw-decide': { en: 'Accept or refuse the rétractation', fr: 'Accepter ou refuser la rétractation', 'zh-Hans': '接受或拒绝撤销申请', 'zh-Hant': '接受或拒絕撤銷申請' },
  'refund-decide': { en: 'Accept or refuse the refund request', fr: 'Accepter ou refuser la demande de remboursement', 'zh-Hans': '接受或拒绝退款申请', 'zh-Hant': '接受或拒絕退款申請' },
  'reply-platform': { en: 'Answer the marketplace (time stated in the mail)', fr: 'Répondre à la marketplace (délai indiqué)', 'zh-Hans': '回复平台（邮件规定的期限）', 'zh-Hant': '回覆平台(郵件規定的期限)' },
  'contact-customer': { en: 'Contact the customer (time stated in the mail)', fr: 'Contacter le client (délai indiqué)', 'zh-Hans': '联系顾客（邮件规定的期限）', 'zh-Hant': '聯絡顧客(郵件規定的期限)' },
  'carrier-deadline': { en: 'Carrier’s deadline stated in the mail', fr: 'Échéance du transporteur indiquée dans le message', 'zh-Hans': '物流商邮件中的期限', 'zh-Hant': '物流商郵件中的期限' },
  'refund-proof': { en: 'Send customer service the refund proof', fr: 'Envoyer le justificatif de remboursement', 'zh-Hans': '向平台客服提交退款凭证', 'zh-Hant': '向平台客服提交退款證明' },
} satisfies Record<string, Label>;
export type DeadlineLabel = keyof typeof deadlineLabels;

export const regionNames = {
  eu: { en: 'the EU', fr: 'l’UE', 'zh-Hans': '欧盟', 'zh-Hant': '歐盟' },
  outside_eu: { en: 'outside the EU', fr: 'hors UE', 'zh-Hans': '欧盟以外', 'zh-Hant': '歐盟以外' },
  china: { en: 'China', fr: 'Chine', 'zh-Hans': '中国', 'zh-Hant': '中國' },
} satisfies Record<string, Label>;

export const payerNames = {
  buyer: { en: 'the buyer', fr: 'l’acheteur', 'zh-Hans': '买家', 'zh-Hant': '買家' },
  seller: { en: 'you (the seller)', fr: 'vous (le vendeur)', 'zh-Hans': '卖家（您）', 'zh-Hant': '賣家(您)' },
} satisfies Record<string, Label>;

export const theCarrier: Label = { en: 'the carrier', fr: 'le transporteur', 'zh-Hans': '承运商', 'zh-Hant': '物流商' };
export const unknownValue: Label = { en: 'unknown', fr: 'inconnu', 'zh-Hans': '未知', 'zh-Hant': '未知' };

export const marketplaceNames = {
  rakuten_fr: { en: 'Rakuten France', fr: 'Rakuten France', 'zh-Hans': '法国乐天', 'zh-Hant': '法國樂天' },
  yoho_hk: { en: 'Yoho', fr: 'Yoho', 'zh-Hans': '友和 Yoho', 'zh-Hant': '友和 Yoho' },
  none: { en: 'No marketplace', fr: 'Sans marketplace', 'zh-Hans': '未知平台', 'zh-Hant': '未知平台' },
} satisfies Record<string, Label>;

export const categoryNames = {
  non_recu: { en: 'not received', fr: 'non reçu', 'zh-Hans': '未收到包裹', 'zh-Hant': '未收到包裹' },
  damaged: { en: 'damaged', fr: 'endommagé', 'zh-Hans': '商品损坏', 'zh-Hant': '商品損壞' },
  not_as_described: { en: 'not as described', fr: 'non conforme', 'zh-Hans': '与描述不符', 'zh-Hant': '與描述不符' },
  counterfeit: { en: 'counterfeit', fr: 'contrefaçon', 'zh-Hans': '售假投诉', 'zh-Hant': '售假投訴' },
  withdrawal: { en: 'withdrawal', fr: 'rétractation', 'zh-Hans': '买家撤销/退货', 'zh-Hant': '買家撤銷/退貨' },
  late_shipment: { en: 'late shipment', fr: 'retard d’expédition', 'zh-Hans': '逾期发货', 'zh-Hant': '逾期寄出' },
  warranty: { en: 'warranty', fr: 'garantie', 'zh-Hans': '质保', 'zh-Hant': '保養' },
  general: { en: 'general', fr: 'général', 'zh-Hans': '一般', 'zh-Hant': '一般' },
} satisfies Record<string, Label>;

export const senderNames = {
  platform: { en: 'marketplace', fr: 'marketplace', 'zh-Hans': '平台', 'zh-Hant': '平台' },
  buyer: { en: 'buyer', fr: 'acheteur', 'zh-Hans': '买家', 'zh-Hant': '買家' },
  carrier: { en: 'carrier', fr: 'transporteur', 'zh-Hans': '物流商', 'zh-Hant': '物流商' },
  other: { en: 'other sender', fr: 'autre expéditeur', 'zh-Hans': '其他发件人', 'zh-Hant': '其他寄件人' },
} satisfies Record<string, Label>;
