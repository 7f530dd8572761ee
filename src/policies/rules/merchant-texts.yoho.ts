import type { MerchantText } from './merchant-text.ts';

/**
 * What the merchant reads about a Yoho case. Chinese follows the Yoho guide's
 * Traditional Chinese terms （商戶後台， 寄出時效 Day To Ship, 內部備註 Internal Notes,
 * 同意退款 Agree Refund, 拒絕退款 Reject Refund).
 */
export const yohoTexts = {
  'yoho-carrier-status': {
    rule: 'YOHO-PROMPT',
    en: 'Ask {carrier} for the latest status of parcel {tracking}, then update the customer{andYoho}.',
    fr: 'Demandez à {carrier} le dernier statut du colis {tracking}, puis informez le client{andYoho}.',
    'zh-Hans': '请向{carrier}查询包裹 {tracking} 的最新状态，然后通知顾客{andYoho}。',
    'zh-Hant': '請向{carrier}查詢包裹 {tracking} 的最新狀態，然後通知顧客{andYoho}。',
  },
  'yoho-merchant-handles': {
    rule: 'YOHO-MERCHANT-CS',
    en: 'You handle this customer yourself: Yoho’s service team is not involved. Show only the shop’s service contact, never a personal one.',
    fr: 'Vous gérez ce client vous-même : le service client de Yoho n’intervient pas. N’indiquez que le contact service de la boutique, jamais un contact personnel.',
    'zh-Hans': '由您直接处理该顾客：友和客服团队不参与。只可提供店铺的客服联系方式，不可使用私人联系方式。',
    'zh-Hant': '由您直接處理此顧客：友和顧客服務團隊不會參與。只可提供店鋪的售後聯絡方式，避免使用私人聯絡方式。',
  },
  'yoho-offer-solutions': {
    rule: 'YOHO-RETURN-COST',
    en: 'Offer an exchange, or a return and full refund. If the item comes back, arrange the pick-up yourself: all costs are yours.',
    fr: 'Proposez un échange, ou un retour avec remboursement intégral. Si l’article revient, organisez vous-même l’enlèvement : tous les frais sont à votre charge.',
    'zh-Hans': '请提出换货或退货全额退款方案。如商品需要退回，请自行安排上门取件，所有费用由商户承担。',
    'zh-Hant': '請提出換貨或退貨全數退款方案。若商品需要退回，請自行安排商品回收，所有相關費用由商戶全額承擔。',
  },
  'yoho-delay-agree': {
    rule: 'YOHO-DELAY-NOTE',
    en: 'Agree the expected ship date with the customer first, then record that date and the agreed terms in the order’s Internal Notes.',
    fr: 'Convenez d’abord de la date d’expédition avec le client, puis notez cette date et les conditions convenues dans les Internal Notes de la commande.',
    'zh-Hans': '请先与顾客沟通达成共识，然后在订单的内部备注（Internal Notes）中记录预计寄出日期及协议内容。',
    'zh-Hant': '請先與顧客溝通達成共識，並於訂單的內部備註 (Internal Notes) 中記錄預計寄出日期及與顧客達成的共識。',
  },
  'yoho-past-day-to-ship': {
    rule: 'YOHO-DAY-TO-SHIP',
    en: 'Past the Day To Ship: if the customer asks to cancel, Yoho cancels and refunds without notice, the tracking number can no longer be entered, and every loss is yours. Ship today or agree a delay now.',
    fr: 'Day To Ship dépassé : si le client demande l’annulation, Yoho rembourse sans préavis, le suivi ne peut plus être saisi et toute perte est pour vous. Expédiez aujourd’hui ou convenez d’un délai.',
    'zh-Hans': '已超出寄出时效（Day To Ship）：如顾客提出取消，友和会直接取消并退款、不另行通知，之后无法再输入运单号，一切损失由商户承担。请今天寄出或立即与顾客协商延期。',
    'zh-Hant': '已超出寄出時效 (Day To Ship)：若顧客提出取消，友和會直接取消訂單及退款、不作另行通知，之後無法再輸入運單號碼，一切損失概由商戶承擔。請今天寄出或立即與顧客協商延期。',
  },
  'yoho-ship-and-input': {
    rule: 'YOHO-DAY-TO-SHIP',
    en: 'Ship the order and input the tracking number in the Merchant Center before the deadline.',
    fr: 'Expédiez la commande et saisissez le numéro de suivi dans le Merchant Center avant l’échéance.',
    'zh-Hans': '请在截止前寄出订单，并在商户后台输入运单号。',
    'zh-Hant': '請在期限前寄出訂單，並於商戶後台輸入運單號碼。',
  },
  'yoho-agree-refund': {
    rule: 'YOHO-REFUND-CUSTOMER',
    en: 'To refund: after talking to the customer, choose Agree Refund (Order › Exchange / Refund). The refund is automatic, so check the details first.',
    fr: 'Pour rembourser : après échange avec le client, choisissez Agree Refund (Order › Exchange / Refund). Le remboursement est automatique : vérifiez d’abord les détails.',
    'zh-Hans': '如同意退款：与顾客沟通后，在 Order › Exchange / Refund 页面点击“同意退款 (Agree Refund)”。系统会自动退款，请先核实退款详情。',
    'zh-Hant': '如同意退款：與顧客溝通後，在「Order」>「Exchange / Refund」頁面點擊「同意退款 (Agree Refund)」。系統會自動處理退款，請先核實退款詳情。',
  },
  'yoho-reject-refund': {
    rule: 'YOHO-REFUND-CUSTOMER',
    en: 'To keep the order: select Reject Refund only with the customer’s consent, and write a clear, detailed reason in the reason field.',
    fr: 'Pour maintenir la commande : Reject Refund seulement avec l’accord du client, et un motif clair et détaillé dans le champ prévu.',
    'zh-Hans': '如拒绝退款：必须先取得顾客同意，并在指定栏位填写清晰、详细的拒绝原因。',
    'zh-Hant': '如拒絕退款：必須先取得顧客的共識，並於指定欄位提供清晰且詳細的拒絕原因。',
  },
  'yoho-merchant-refund': {
    rule: 'YOHO-REFUND-MERCHANT',
    en: 'Once the customer acknowledges the refund and its reason, raise it at Order › To Ship › Refund, with the reason.',
    fr: 'Une fois que le client a pris acte du remboursement et de son motif, lancez-le dans Order › To Ship › Refund, avec le motif.',
    'zh-Hans': '顾客确认知悉退款安排及原因后，请在 Order › To Ship 页面点击“Refund”提交退款，并填写退款原因。',
    'zh-Hant': '顧客確認知悉退款安排及原因後，請前往「訂單 (Order)」>「待出貨 (To Ship)」點擊「退款 (Refund)」，並填寫退款原因。',
  },
  'yoho-refund-timing': {
    rule: 'YOHO-ENGLISH-PREVAILS',
    en: 'Refund times to quote, in every language: FPS or bank transfer about 3–5 working days, credit card up to 3–4 weeks (the English text prevails over the Chinese 1–2 days / 2–4 weeks).',
    fr: 'Délais de remboursement à indiquer, dans toutes les langues : FPS ou virement environ 3 à 5 jours ouvrés, carte bancaire jusqu’à 3 à 4 semaines (le texte anglais prévaut sur le chinois, 1–2 jours / 2–4 semaines).',
    'zh-Hans': '任何语言都须引用英文版退款时间：转数快（FPS）或银行转账约 3-5 个工作日，信用卡最长 3-4 周（以英文本为准，而非中文版的 1-2 个工作日 / 2-4 周）。',
    'zh-Hant': '任何語言都須引用英文版退款時間：轉數快 (FPS) 或銀行轉帳約 3-5 個工作天，信用卡最長 3-4 週（以英文本為準，而非中文譯本的 1-2 個工作天 / 2-4 週）。',
  },
  'yoho-counterfeit-documents': {
    rule: 'YOHO-PROMPT',
    en: 'Gather the supplier invoices of the batch, any brand authorisation, and photos of serial numbers and packaging of the same stock.',
    fr: 'Rassemblez les factures fournisseur du lot, toute autorisation de la marque, et des photos des numéros de série et emballages du même stock.',
    'zh-Hans': '请准备该批货品的供应商发票、品牌授权书（如有）以及同批存货的序号和包装照片。',
    'zh-Hant': '請準備該批貨品的供應商發票或採購單據、品牌授權書（如有）以及同批存貨的機身序號及包裝相片。',
  },
  'yoho-remove-listings': {
    rule: 'YOHO-PROMPT',
    en: 'Take the listings concerned offline before the deadline, then answer with licences or authorised-distributor invoices if you dispute it.',
    fr: 'Mettez hors ligne les annonces concernées avant l’échéance, puis répondez avec licences ou factures de distributeur agréé si vous contestez.',
    'zh-Hans': '请在期限前下架相关商品；如有异议，再回复提供授权书或授权经销商发票。',
    'zh-Hant': '請在期限前下架相關商品；如有異議，再回覆並提供授權書或授權經銷商發票。',
  },
  'yoho-cancelled-info': {
    rule: 'YOHO-DAY-TO-SHIP',
    en: 'Yoho cancelled and refunded the order: the tracking number can no longer be entered. If the parcel is already with the carrier, ask the carrier to intercept or return it.',
    fr: 'Yoho a annulé et remboursé la commande : le suivi ne peut plus être saisi. Si le colis est déjà chez le transporteur, demandez-lui de l’intercepter ou de le retourner.',
    'zh-Hans': '友和已取消订单并退款：无法再输入运单号。如包裹已交给物流商，请联系物流商截回。',
    'zh-Hant': '友和已取消訂單及退款：無法再輸入運單號碼。如商品已交予物流商，請自行聯絡物流商安排截回。',
  },
  'yoho-warranty': {
    rule: 'YOHO-RETURN-COST',
    en: 'Agree a repair or replacement under the shop’s warranty; if the item must come back, arrange the pick-up yourself at your cost.',
    fr: 'Convenez d’une réparation ou d’un remplacement au titre de la garantie ; si l’article doit revenir, organisez l’enlèvement à vos frais.',
    'zh-Hans': '请按店铺保修条款安排维修或换货；如商品需要寄回，请自行安排取件并承担费用。',
    'zh-Hant': '請按店鋪保養條款安排維修或換貨；若商品需要退回，請自行安排商品回收並承擔費用。',
  },
  'yoho-info-only': {
    rule: 'YOHO-PROMPT',
    en: 'Information from Yoho: nothing to answer.',
    fr: 'Information de Yoho : rien à répondre.',
    'zh-Hans': '友和的通知：无需回复。',
    'zh-Hant': '友和的通知：無需回覆。',
  },
} as const satisfies Record<string, MerchantText>;

/** Yoho texts about returns. */
export const yohoReturnTexts = {
  'yoho-return-pickup': {
    rule: 'YOHO-RETURN-COST',
    en: 'Arrange the pick-up of the returned item yourself: all return costs are yours, even if the customer offers to pay.',
    fr: 'Organisez vous-même l’enlèvement de l’article retourné : tous les frais de retour sont à votre charge, même si le client propose de payer.',
    'zh-Hans': '请自行安排退货取件：所有退货费用由商户承担，即使顾客表示愿意支付。',
    'zh-Hant': '請自行安排商品回收：所有退貨費用由商戶全額承擔，即使顧客表示願意支付。',
  },
  'yoho-record-solution': {
    rule: 'YOHO-MERCHANT-CS',
    en: 'Record the solution agreed with the customer in the order’s Internal Notes, as Yoho asks.',
    fr: 'Notez la solution convenue avec le client dans les Internal Notes de la commande, comme Yoho le demande.',
    'zh-Hans': '按友和要求，在订单的内部备注（Internal Notes）中记录与顾客商定的方案。',
    'zh-Hant': '按友和要求，於訂單的內部備註（Internal Notes）中記錄與顧客達成的方案。',
  },
} as const satisfies Record<string, MerchantText>;
