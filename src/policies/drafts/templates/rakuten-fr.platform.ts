import { platformClosing } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { RakutenPlatformTemplate } from '../template-ids.ts';

/**
 * Rakuten France customer service: French, or Simplified Chinese when its
 * Chinese team wrote (ALL-LANGUAGE). To the point and on facts (RAK-ANSWER);
 * the withdrawal message is the guide's own sample sentence. Parts only the
 * merchant knows are `[[…]]` placeholders, which make the draft `never`.
 */

const cmd = (p: TemplateParams) => p.order ?? ph('numéro de commande/article');
const ord = (p: TemplateParams) => p.order ?? ph('订单号/article 号');

const fr: Record<RakutenPlatformTemplate, Template> = {
  tracking: (p) => ({
    subject: `Commande ${cmd(p)} – numéro de suivi`,
    body: paragraphs(
      'Bonjour,',
      `En réponse à votre message concernant la réclamation « Non reçu » sur la commande ${cmd(p)}, voici les informations d’expédition :\n– transporteur : ${p.carrier ?? ph('transporteur')}\n– numéro de suivi : ${p.tracking ?? ph('numéro de suivi')}`,
      'Le numéro de suivi a également été renseigné dans notre Espace Vendeur.',
      platformClosing(p),
    ),
  }),
  'carrier-status': (p) => ({
    subject: `Commande ${cmd(p)} – dernier statut du colis`,
    body: paragraphs(
      'Bonjour,',
      `Concernant la réclamation « Non reçu » sur la commande ${cmd(p)}${p.tracking ? ` (numéro de suivi ${p.tracking}${p.carrier ? `, ${p.carrier}` : ''})` : ''}, nous avons contacté le transporteur pour connaître le dernier statut du colis.`,
      `Voici sa réponse : ${ph('dernier statut communiqué par le transporteur, avec sa date')}`,
      'Vous trouverez en pièce jointe le justificatif correspondant (réponse écrite du transporteur ou capture d’écran du suivi).',
      platformClosing(p),
    ),
  }),
  'proof-of-delivery': (p) => ({
    subject: `Commande ${cmd(p)} – preuve de livraison`,
    body: paragraphs(
      'Bonjour,',
      `Concernant la réclamation « Non reçu » sur la commande ${cmd(p)}, vous trouverez en pièce jointe la preuve de livraison émise par ${p.carrier ?? 'le transporteur'}${p.tracking ? ` pour le colis ${p.tracking}` : ''}.`,
      'Nous restons à votre disposition pour tout complément d’information.',
      platformClosing(p),
    ),
  }),
  documents: (p) => ({
    subject: `Commande ${cmd(p)} – justificatifs`,
    body: paragraphs(
      'Bonjour,',
      p.category === 'damaged'
        ? `Concernant la réclamation « Article endommagé » sur la commande ${cmd(p)}, vous trouverez en pièce jointe la preuve de dépôt du colis auprès du transporteur, ainsi que des photos de l’emballage utilisé.`
        : p.category === 'not_as_described'
          ? `Concernant la réclamation « Article non conforme » sur la commande ${cmd(p)}, vous trouverez en pièce jointe la fiche technique ou la facture fournisseur du modèle expédié, ainsi que des photos du produit avant expédition.`
          : `Concernant la commande ${cmd(p)}, vous trouverez en pièce jointe les justificatifs demandés.`,
      'Nous restons à votre disposition pour tout complément d’information.',
      platformClosing(p),
    ),
  }),
  'withdraw-cs': (p) => ({
    subject: `Commande ${cmd(p)} – rétractation à la demande du client`,
    body: paragraphs(
      'Bonjour,',
      `Pour la commande ${cmd(p)}, c’est le client qui souhaite rétracter sa commande : il nous a écrit avant l’expédition pour demander la rétractation, et nous l’avons invité à vous contacter. Merci de vérifier nos échanges de communication.`,
      'La commande n’a pas été expédiée.',
      platformClosing(p),
    ),
  }),
  'warranty-settled': (p) => ({
    subject: `Commande ${cmd(p)} – garantie : dossier réglé`,
    body: paragraphs(
      'Bonjour,',
      `Concernant la demande d’application de la garantie sur la commande ${cmd(p)}, nous avons contacté le client et convenu avec lui de la solution suivante : ${ph('réparation, remplacement, ou remboursement par virement / PayPal avec montant et date')}.`,
      `Le dossier est donc réglé de notre côté. ${ph('en cas de remboursement : vous trouverez en pièce jointe le justificatif')}`,
      platformClosing(p),
    ),
  }),
  'counterfeit-documents': (p) => ({
    subject: `Commande ${cmd(p)} – réclamation pour contrefaçon`,
    body: paragraphs(
      'Bonjour,',
      `Concernant la réclamation pour contrefaçon sur la commande ${cmd(p)}, vous trouverez en pièce jointe les factures d’achat définitives de notre fournisseur pour ce produit, ainsi que la preuve de paiement correspondante.`,
      ph('précisez : fournisseur, numéros des factures, autorisation de la marque le cas échéant'),
      `Les annonces concernées ont été retirées le ${ph('date')}.`,
      platformClosing(p),
    ),
  }),
};

const zhHans: Record<RakutenPlatformTemplate, Template> = {
  tracking: (p) => ({
    subject: `订单 ${ord(p)} – 发货运单号`,
    body: paragraphs(
      '您好：',
      `关于订单 ${ord(p)} 的“Non Reçu（未收到包裹）”投诉，发货信息如下：\n– 承运商：${p.carrier ?? ph('承运商')}\n– 运单号：${p.tracking ?? ph('运单号')}`,
      '该运单号也已上传至卖家后台。',
      platformClosing(p),
    ),
  }),
  'carrier-status': (p) => ({
    subject: `订单 ${ord(p)} – 包裹最新追踪状态`,
    body: paragraphs(
      '您好：',
      `关于订单 ${ord(p)} 的“Non Reçu（未收到包裹）”投诉${p.tracking ? `（运单号 ${p.tracking}）` : ''}，我们已联系承运商${p.carrier ?? ''}确认包裹的最新追踪状态。`,
      `承运商的答复如下：${ph('承运商提供的最新状态及日期')}`,
      '承运商的书面答复（或查询截图）见附件。',
      platformClosing(p),
    ),
  }),
  'proof-of-delivery': (p) => ({
    subject: `订单 ${ord(p)} – 签收证明`,
    body: paragraphs(
      '您好：',
      `关于订单 ${ord(p)} 的“Non Reçu（未收到包裹）”投诉，附件为${p.carrier ?? '承运商'}出具的签收证明${p.tracking ? `（运单号 ${p.tracking}）` : ''}。`,
      '如需其他资料，请随时告知。',
      platformClosing(p),
    ),
  }),
  documents: (p) => ({
    subject: `订单 ${ord(p)} – 证明材料`,
    body: paragraphs(
      '您好：',
      p.category === 'damaged'
        ? `关于订单 ${ord(p)} 的商品损坏（Article endommagé）投诉，附件为包裹交寄凭证及所用包装的照片。`
        : p.category === 'not_as_described'
          ? `关于订单 ${ord(p)} 的商品与描述不符（Article non conforme）投诉，附件为所发商品型号的产品规格表或供应商发票，以及发货前的商品照片。`
          : `关于订单 ${ord(p)}，附件为您要求的证明材料。`,
      '如需其他资料，请随时告知。',
      platformClosing(p),
    ),
  }),
  'withdraw-cs': (p) => ({
    subject: `订单 ${ord(p)} – 买家本人申请撤销订单`,
    body: paragraphs(
      '您好：',
      `订单 ${ord(p)} 的撤销（rétractation）由买家本人提出：买家在发货前写信向我们申请撤销，我们已请其联系乐天客服办理。请查看我们与买家的沟通记录。`,
      '该订单尚未发货，我们已暂停发货。',
      platformClosing(p),
    ),
  }),
  'warranty-settled': (p) => ({
    subject: `订单 ${ord(p)} – 质保问题已解决`,
    body: paragraphs(
      '您好：',
      `关于订单 ${ord(p)} 的质保申请（application de la garantie），我们已联系买家并商定以下方案：${ph('维修、更换，或通过银行转账 / PayPal 退款，注明金额和日期')}。`,
      `此事已与买家协商解决。${ph('如已退款：退款凭证见附件')}`,
      platformClosing(p),
    ),
  }),
  'counterfeit-documents': (p) => ({
    subject: `订单 ${ord(p)} – 售假投诉证明材料`,
    body: paragraphs(
      '您好：',
      `关于订单 ${ord(p)} 的售假投诉，附件为该商品的供应商采购发票（factures d'achat）及对应的付款凭证。`,
      ph('请补充：供应商名称、发票编号、品牌授权书（如有）'),
      `被投诉商品的所有相关链接已于 ${ph('日期')} 下架。`,
      platformClosing(p),
    ),
  }),
};

export const rakutenPlatformTemplates = { fr, 'zh-Hans': zhHans } as const;
