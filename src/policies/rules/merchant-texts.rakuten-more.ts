import type { MerchantText } from './merchant-text.ts';

/** Rakuten France merchant texts, continued: withdrawals, late shipments, warranty, notices. */
export const rakutenMoreTexts = {
  'withdraw-decide': {
    rule: 'RAK-WITHDRAW-SHIPPED',
    en: 'Accept the rétractation in the seller centre (Mes ventes › Rétractations) with your return address, or refuse it with a reason, before the deadline. Return shipping paid by: {payer}.',
    fr: 'Acceptez la rétractation dans l’Espace Vendeur (Mes ventes › Rétractations) avec votre adresse de retour, ou refusez-la en la motivant, avant l’échéance. Frais de retour : {payer}.',
    'zh-Hans': '请在截止前于卖家后台（Mes ventes › Rétractations）接受买家的撤销申请并填写退货地址，或说明理由拒绝。退货运费承担方：{payer}。',
    'zh-Hant': '請在截止前於賣家後台 (Mes ventes › Rétractations) 接受買家的撤銷申請並填寫退貨地址，或說明理由拒絕。退貨運費承擔方：{payer}。',
  },
  'withdraw-return-refund': {
    rule: 'RAK-WITHDRAW-SHIPPED',
    en: 'When the returned item arrives, confirm it and refund in the seller centre (Mes ventes › Retours), or refuse with photos if it is incomplete or damaged.',
    fr: 'À réception du retour, confirmez-le et remboursez dans l’Espace Vendeur (Mes ventes › Retours), ou refusez avec photos si l’article est incomplet ou endommagé.',
    'zh-Hans': '收到退货后，请在卖家后台（Mes ventes › Retours）确认并退款；如商品不完整或有损坏，请附照片拒绝退款。',
    'zh-Hant': '收到退貨後，請在賣家後台 (Mes ventes › Retours) 確認並退款；如商品不完整或有損壞，請附相片拒絕退款。',
  },
  'withdraw-do-not-ship': {
    rule: 'RAK-WITHDRAW-UNSHIPPED',
    en: 'The buyer withdrew before shipment (no effect on your MQS): do not ship it; put the item back in stock.',
    fr: 'L’acheteur s’est rétracté avant l’expédition (sans effet sur votre MQS) : n’expédiez pas, remettez l’article en stock.',
    'zh-Hans': '买家已在发货前撤销订单（不影响 MQS 评分）：请勿发货，商品放回库存即可。',
    'zh-Hant': '買家已在寄出前撤銷訂單（不影響 MQS 評分）：請勿寄出，商品放回庫存即可。',
  },
  'ship-now': {
    rule: 'RAK-SHIP-48H',
    en: 'Ship now with a tracked mode (“Suivi”, or “Recommandé” when the value requires it) and upload the tracking number.',
    fr: 'Expédiez tout de suite en mode suivi (« Suivi », ou « Recommandé » si la valeur l’exige) et renseignez le numéro de suivi.',
    'zh-Hans': '请立即使用带追踪的方式（Suivi，金额达到要求时用 Recommandé 挂号）发货，并上传运单号。',
    'zh-Hant': '請立即使用有追蹤的方式（Suivi，金額達到要求時用 Recommandé 掛號）寄出，並上傳運單號碼。',
  },
  'late-no-annulation': {
    rule: 'RAK-WORDS',
    en: 'If you cannot ship: do not cancel the order yourself (double commission, MQS); ask the buyer to withdraw with “Vous rétracter”.',
    fr: 'Si vous ne pouvez pas expédier : n’arrêtez pas la commande vous-même (double commission, MQS) ; invitez l’acheteur à se rétracter (« Vous rétracter »).',
    'zh-Hans': '如确实无法发货：切勿自行取消订单（双倍佣金并影响 MQS），请先联系买家，引导其通过“Vous rétracter”自行撤销订单。',
    'zh-Hant': '如確實無法寄出：切勿自行取消訂單（雙倍佣金並影響 MQS)，請先聯絡買家，引導其透過「Vous rétracter」自行撤銷訂單。',
  },
  'late-decide-refund': {
    rule: 'RAK-SHIP-48H',
    en: 'Accept or refuse the refund request in the seller centre before the deadline; a refusal counts only with a valid tracking number proving shipment.',
    fr: 'Acceptez ou refusez la demande de remboursement dans l’Espace Vendeur avant l’échéance ; un refus n’est pris en compte qu’avec un numéro de suivi valide.',
    'zh-Hans': '请在截止前于卖家后台接受或拒绝退款申请；只有提供有效运单号证明已发货，拒绝才会被受理。',
    'zh-Hant': '請在截止前於賣家後台接受或拒絕退款申請；只有提供有效運單號碼證明已寄出，拒絕才會被受理。',
  },
  'warranty-contact': {
    rule: 'RAK-WARRANTY',
    en: 'Contact the buyer and agree a repair, a replacement or a refund (legal 2-year guarantee).',
    fr: 'Contactez l’acheteur et convenez d’une réparation, d’un remplacement ou d’un remboursement (garantie légale de 2 ans).',
    'zh-Hans': '请联系买家，协商维修、换货或退款方案（2 年法定质保）。',
    'zh-Hant': '請聯絡買家，協商維修、換貨或退款方案（2 年法定保養）。',
  },
  'warranty-refund-own-means': {
    rule: 'RAK-WARRANTY',
    en: 'Refund by your own means (bank transfer, PayPal), not through Rakuten; then tell customer service the matter is settled.',
    fr: 'Remboursez par vos propres moyens (virement, PayPal), pas via Rakuten ; puis informez le service client que le dossier est réglé.',
    'zh-Hans': '如需退款，请通过您自己的方式（银行转账、PayPal）退款，无需通过乐天平台；退款后请告知乐天客服问题已解决。',
    'zh-Hant': '如需退款，請透過您自己的方式（銀行轉帳、PayPal)退款，無需經樂天平台；退款後請告知樂天客服問題已解決。',
  },
  'warranty-send-proof': {
    rule: 'RAK-WARRANTY',
    en: 'Send customer service the proof of your refund (bank transfer or PayPal screenshot showing amount and date).',
    fr: 'Envoyez au service client le justificatif du remboursement (capture du virement ou de la transaction PayPal avec montant et date).',
    'zh-Hans': '请向平台客服提供退款凭证（银行转账或 PayPal 交易截图，需显示金额和日期）。',
    'zh-Hant': '請向平台客服提供退款證明（銀行轉帳或 PayPal 交易截圖，需顯示金額及日期）。',
  },
  'lost-commission': {
    rule: 'RAK-COMMISSION',
    en: 'At MQS grade {grade}, you still pay commission on a lost complaint.',
    fr: 'Avec une note MQS {grade}, une réclamation perdue paie quand même la commission.',
    'zh-Hans': 'MQS 评分为 {grade} 级时，被投诉成功的订单依然要收取佣金。',
    'zh-Hant': 'MQS 評分為 {grade} 級時，被投訴成功的訂單依然要收取佣金。',
  },
  'claim-withdrawn-info': {
    rule: 'RAK-CLAIM-CANCEL',
    en: 'The buyer withdrew the complaint: it does not count in your MQS. Nothing to do.',
    fr: 'L’acheteur a retiré sa réclamation : elle ne compte pas dans votre MQS. Rien à faire.',
    'zh-Hans': '买家已主动撤回投诉，不计入 MQS 评分。无需操作。',
    'zh-Hant': '買家已主動撤回投訴，不計入 MQS 評分。無需操作。',
  },
  'verdict-info': {
    rule: 'RAK-ANSWER',
    en: 'Customer service closed the case (verdict): nothing left to answer.',
    fr: 'Le service client a clos le dossier (décision) : plus rien à répondre.',
    'zh-Hans': '平台客服已结案（处理结果通知）：无需再回复。',
    'zh-Hant': '平台客服已結案（處理結果通知）：無需再回覆。',
  },
  'info-only': {
    rule: 'RAK-ANSWER',
    en: 'Information from Rakuten: nothing to answer.',
    fr: 'Information de Rakuten : rien à répondre.',
    'zh-Hans': '乐天的通知：无需回复。',
    'zh-Hant': '樂天的通知：無需回覆。',
  },
  'policy-reminder': {
    rule: 'RAK-TRACKED',
    en: 'Rakuten rules reminder: tracked shipping only (“Suivi”, never “normal”), registered mail above 200 EUR from the EU / 60 EUR from outside, ship within 48 h.',
    fr: 'Rappel des règles Rakuten : envoi suivi obligatoire (« Suivi », jamais « normal »), recommandé au-delà de 200 EUR depuis l’UE / 60 EUR hors UE, expédition sous 48 h.',
    'zh-Hans': '乐天规则提醒：必须使用 Suivi 追踪发货（不可用 normal），欧盟发货超过 200 欧元、欧盟以外超过 60 欧元须用挂号，收到订单后 48 小时内发货。',
    'zh-Hant': '樂天規則提醒：必須使用 Suivi 追蹤寄件（不可用 normal)，歐盟寄出超過 200 歐元、歐盟以外超過 60 歐元須用掛號，收到訂單後 48 小時內寄出。',
  },
  'cs-chinese-team': {
    rule: 'RAK-CS-HOURS',
    en: 'Rakuten customer service answers Mon–Fri 08:00–20:00 and Sat–Sun 08:00–19:00, Paris time; you may write to it in Chinese.',
    fr: 'Le service client Rakuten répond du lundi au vendredi de 8 h à 20 h et le week-end de 8 h à 19 h (heure de Paris) ; il a une équipe sinophone.',
    'zh-Hans': '乐天客服服务时间（法国时间）：周一至周五 8:00-20:00，周六至周日 8:00-19:00；可以用中文联系中文服务团队。',
    'zh-Hant': '樂天客服服務時間（法國時間）：週一至週五 8:00-20:00，週六至週日 8:00-19:00；可以用中文聯絡中文服務團隊。',
  },
} as const satisfies Record<string, MerchantText>;

/** Rakuten texts for a buyer writing before any complaint. */
export const rakutenBuyerSideTexts = {
  'nonrecu-chase-carrier': {
    rule: 'RAK-NOTIFY',
    en: 'Ask {carrier} where parcel {tracking} is and keep the buyer informed: a buyer who gets answers rarely opens a Non Reçu complaint.',
    fr: 'Demandez à {carrier} où se trouve le colis {tracking} et tenez l’acheteur informé : un acheteur qui a des réponses ouvre rarement une réclamation « Non reçu ».',
    'zh-Hans': '请向{carrier}查询包裹 {tracking} 的下落，并及时告知买家：积极沟通可以有效避免“Non Reçu”投诉。',
    'zh-Hant': '請向{carrier}查詢包裹 {tracking} 的下落，並及時告知買家：積極溝通可以有效避免「Non Reçu」投訴。',
  },
  'nonrecu-delivered-dispute': {
    rule: 'RAK-NONRECU',
    en: 'The tracking says delivered but the buyer has nothing: get the proof of delivery from {carrier} now; if it is weak, settle with the buyer before a complaint is opened.',
    fr: 'Le suivi indique « livré » mais l’acheteur n’a rien : demandez tout de suite la preuve de livraison à {carrier} ; si elle est fragile, trouvez un accord avant l’ouverture d’une réclamation.',
    'zh-Hans': '追踪显示已签收但买家称未收到：请立即向{carrier}索取签收证明；如证据不足，建议在买家投诉前协商解决。',
    'zh-Hant': '追蹤顯示已簽收但買家表示未收到：請立即向{carrier}索取簽收證明；如證據不足，建議在買家投訴前協商解決。',
  },
  'hold-shipment': {
    rule: 'RAK-WITHDRAW-UNSHIPPED',
    en: 'Hold the shipment of order {order} until customer service confirms the rétractation.',
    fr: 'Suspendez l’expédition de la commande {order} jusqu’à ce que le service client confirme la rétractation.',
    'zh-Hans': '在平台客服确认撤销之前，请暂停订单 {order} 的发货。',
    'zh-Hant': '在平台客服確認撤銷之前，請暫停訂單 {order} 的寄出。',
  },
  'delay-notice': {
    rule: 'RAK-NOTIFY',
    en: 'Message the buyer at the first sign of delay (a delay notice is drafted).',
    fr: 'Prévenez l’acheteur dès le premier signe de retard (un message est préparé).',
    'zh-Hans': '出现延迟发货时请第一时间通知买家（已起草通知）。',
    'zh-Hant': '出現延遲寄出時請第一時間通知買家（已草擬通知）。',
  },
} as const satisfies Record<string, MerchantText>;
