import type { Category } from '../../triage.schemas.ts';

/**
 * The claim types marketplace notices name ("motif « Article endommagé »",
 * 未收到包裹, "Item not as described"). Used for platform mail and for mail
 * that forwards a platform notice. Folded text (lower case, no accents).
 */
export const MOTIF_PHRASES: Record<Exclude<Category, 'general'>, string[]> = {
  non_recu: [
    'non[- ]recu', 'non livre', "(?:pas|jamais) ete livre", 'colis introuvable', 'not delivered', 'never (?:arrived|delivered)', '未送達', '未送达', '未收到貨品', '未收到货品', 'conteste la livraison', "n'avoir jamais recu", 'ne pas avoir recu', 'pas recu(?! (?:de |la |sa |une |d\'|l\'|le |son |votre |leur )?(?:facture|reponse|confirmation|mail|e-?mail|message|code|remboursement|numero|document|devis))', 'non[- ]?reception', 'non[- ]?receipt', 'colis indique livre', 'not (?:been )?received(?! (?:a |an |the |any |their |his |her |your )?(?:invoice|reply|response|refund|confirmation|receipt|answer|email|code))', 'tracking (?:has shown )?no update', 'tracking not updated', 'delivery (?:status )?enquiry', 'has not received the parcel',
    '未收到包裹', '未收到(?!發票|发票|回覆|回复|退款|單據|单据)', '物流(?:长时间|長時間)?未更新', '再无任何物流更新', '包裹丢失', '包裹遺失', '(?:nothing was|never|not) received', '(?:cannot|can\'t|could not) find (?:it|the parcel|the package)', 'delivered[^.]{0,60}but the customer', 'sans nouvelles? de son colis', 'ne pas voir son colis arriver', 'litige de livraison', 'delivery dispute', 'colis perdu', 'parcel (?:was )?lost',
  ],
  damaged: ['article endommage', 'endommage', 'arrive (?:casse|brise|fele)', 'damaged item', 'item damaged', '\\bdamaged\\b', 'cracked', 'broken', '商品损坏', '商品損壞', '损坏', '損壞', '破損', '破损', 'defective', 'defectueu', 'faulty', 'arrived (?:broken|shattered|cracked|dented)', '(?:arrive|recu)e?s? (?:brise|fele|fissure|ecrase)'],
  not_as_described: ['non conforme', 'mauvais article', "erreur d'article", 'produit different', "ne correspond pas a (?:la description|l'annonce)", 'wrong item', 'item received (?:is )?(?:different|incorrect)', '貨不對辦', '货不对板', '與商品描述不符', '与商品描述不符', 'non-conformite', 'non conformite', 'not as described', 'not match(?:ing)? the (?:listing|description)', '与描述不符', '與描述不符', '描述不符', '不符', 'different (?:model|item|product|colou?r|size|version) (?:from|than|to) (?:the one )?(?:listed|ordered|advertised|shown)', 'modele different', '(?:recu|received) (?:un|une|a|an) (?:modele|article|produit|model|item|version) different', 'colis incomplet', 'incomplete (?:parcel|order|delivery)', 'ne figurai(?:en)?t pas dans le colis', 'missing from the (?:parcel|box|package)', 'ne correspond pas a l\'etat', 'etat decrit'],
  counterfeit: [
    'contrefacon', 'contrefait', 'contrefaisant', "ne correspond(?:ent)? pas a des produits officiels", 'authenticite', 'authenticity', 'not authentic', 'propriete intellectuelle', '盜版', '盗版', '冒牌', '假冒', 'marques? officielles?', 'utilisation non autorisee de marques', 'marque generique', 'counterfeit', 'not genuine', 'intellectual property', 'ip complaint', 'infring', 'trademark', 'rights holder',
    '售假', '假货', '假貨', '非正貨', '非正品', '涉假', '侵权', '侵權', '仿冒', '品牌授权', '品牌授權', '知識產權', '知识产权', '商標', '商标', '版權', '版权', '未經授權', '未经授权', '(?:没|沒)有?授权', '(?:没|沒)有?授權', '權利人', '权利人', 'atteinte a la marque', 'titulaire de la marque', 'usage non autorise',
  ],
  withdrawal: [
    'retractation', 'retracter', 'droit de retractation', '(?:acheteur|client) (?:souhaite|a demande|demande) (?:a )?annuler', 'customer (?:wants|wishes|requested|asked) to cancel', 'cancellation requested by the (?:customer|buyer)', 'change of mind', 'changed (?:my|his|her|their) mind', 'no longer need(?:ed)?', 'ordered by mistake', 'by mistake', 'not needed', 'ne correspond pas a (?:mes|ses) besoins', "changement d'avis",
    '撤销', '撤銷', '不再需要', '改變主意', '改变主意', '買錯', '买错', '揀錯',
  ],
  late_shipment: [
    'non expediee?', "n'a (?:toujours )?pas (?:encore )?ete (?:confirmee comme )?expediee?", "pas ete expediee", "delai d'expedition .{0,60}depasse", 'expedition .{0,20}en retard', 'overdue', 'exceeded .{0,30}day to ship', '(?:past|beyond) (?:its |the |your )?day to ship', "(?:will exceed|approaching) (?:its |the )?day to ship", 'not (?:yet )?(?:been )?shipped', 'not (?:yet )?(?:been )?(?:marked|confirmed|set) as (?:shipped|dispatched)', "pas (?:encore )?(?:ete )?(?:marquee?|confirmee?|indiquee?) comme expediee?",
    "expedition n'a pas (?:encore )?ete confirmee", "retard (?:d'|de l')?expedition", 'expedition en retard', 'late (?:shipment|dispatch)', 'shipping delay', 'delayed shipment', '延迟发货', '延遲發貨', "en attente d'expedition", "commande non confirmee", '(?:statut|status)\\s*:?\\s*a expedier',
    '晚发货', '晚發貨', '延迟发货', '延遲發貨', '延期发货', '延期發貨', '延迟寄出', '延遲寄出', '超过.{0,12}发货期限', '超過.{0,12}發貨期限', '超过.{0,8}(?:发货|寄出)时效', '超過.{0,8}(?:發貨|寄出)時效',
    '超时未发货', '超時未發貨', '逾期未發貨', '逾期未发货', '逾期訂單', '逾期订单', '超出.{0,14}寄出時效', '超出.{0,14}寄出时效', '未确认发货', '未確認發貨', '超过承诺的发货时效', '超過承諾的發貨時效', 'passed (?:its|the) day to ship', 'without being shipped', 'au-dela du delai (?:de|d\')', 'hors delai', 'unshipped', '(?:n\'est|n\'a) toujours pas (?:ete )?expedie',
  ],
  warranty: [
    'garantie', 'dans les 2 ans suivant', 'defectueu', 'warranty', 'guarantee', '2年质保', '质保', '質保', '保養', '保修', '产品缺陷', '產品缺陷',
  ],
};
