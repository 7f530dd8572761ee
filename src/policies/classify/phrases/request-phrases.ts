import type { PlatformRequest } from '../../triage.schemas.ts';

/** What marketplace notices ask (folded text), and the phrases that say nothing is asked. */
export const REQUEST_PHRASES: Record<Exclude<PlatformRequest, 'info_only'>, string[]> = {
  remove_listings: [
    '(?:retirer|supprimer|desactiver)[^.]{0,100}(?:annonces|offres|fiches produits?)', 'remove[^.]{0,80}listings?', 'remove (?:the |all )?(?:listed |following |above |these |those |said |this |that )?(?:products?|items?|skus?|offers?)', 'delist', 'unpublish', 'take (?:down|offline)[^.]{0,40}listings?', 'listings? (?:must|should) be removed',
    '请(?:您)?(?:立即|尽快|马上)?[^。]{0,24}下架', '請(?:您)?(?:立即|盡快|馬上)?[^。]{0,24}下架', '要求[^。]{0,6}下架', '(?:將|将)[^。]{0,16}下架', '删除[^。]{0,8}(?:商品|链接|listing)', '刪除[^。]{0,8}(?:商品|連結)',
    'retirez (?:ces|les|vos|toutes)', 'retrait (?:de |des )?(?:toutes )?(?:les |vos |ces )?annonces', '(?:mise|mettre) hors ligne (?:de |des )?(?:ces |les |vos )?annonces', '(?:toujours|still) (?:en ligne|live|online)', '(?:take|bring) (?:them|these|it) (?:down|offline)',
    'remove (?:them|these|those|it)\\b',
    'listings?[^.]{0,30}(?:must|should|have to|need to) be (?:removed|taken down|deleted)',
  ],
  provide_documents: [
    '(?:transmettre|faire parvenir|adresser|envoyer|fournir|communiquer|recevoir|obtenir)[^.]{0,100}(?:preuve|justificatif|facture|photo|document|attestation|bon de livraison|fiche technique|piece|reference exacte)', 'pieces justificatives', 'avons besoin (?:de recevoir|des (?:elements|documents|pieces))',
    '(?:provide|send|submit|supply|we need|obtain)[^.]{0,60}(?:documents?|invoices?|proof|evidence|photos?|authori[sz]ation|licen[cs]e)', 'supporting documents',
    '提供[^。]{0,30}(?:发票|發票|凭证|憑證|证明|證明|材料|文件|单据|單據|授权|授權|相片|照片)', '提供以下(?:材料|文件)', '采购凭证', '採購單據', '索取[^。]{0,20}(?:证明|證明|记录|記錄|照片|相片)', '提交[^。]{0,12}(?:文件|证明|證明|资料|資料|凭证|憑證)', '(?:申请|申請)[^。]{0,20}(?:证明|證明)', '(?:上传|上傳)[^。]{0,20}(?:文件|证明|證明|资料|資料|凭证|憑證|发票|發票)',
    '(?:upload|send|provide|submit|transmettre|envoyer|fournir)[^.]{0,50}(?:proof of delivery|pod|bordereau|recu du transporteur|preuve de (?:depot|livraison)|signed)', 'piece manquante', '(?:documents?|pieces?) (?:needed|required|manquantes?|requises?)', 'needed: (?:purchase |supplier )?invoice',
    '索取[^。]{0,20}(?:报告|報告|证明|證明)', '(?:document|attestation|piece|justificatif)[^.]{0,40}(?:toujours pas parvenu|pas encore parvenu|not (?:yet )?(?:been )?received)',
    '(?:send|provide|give) us (?:your|the)[^.]{0,60}(?:terms|report|record|invoice|certificate|receipt|statement)', 'nous avons besoin (?:de la|du|des|de vos|de votre)[^.]{0,40}(?:facture|conditions|justificatif|attestation|photo|preuve)', 'upload[^.]{0,50}(?:photos?|records?|pictures?|images?|copy|certificate|invoice|documents?)', '(?:transmettre|envoyer|fournir)[^.]{0,40}(?:une copie|vos echanges|captures? d\'ecran|l\'historique)',
    '(?:reply|respond)[^.]{0,60}with the (?:following )?(?:documents|invoices|proof|evidence|photos)', 'the following documents', '(?:提供|附上)以下(?:文件|資料|资料)',
    'pieces attendues', '(?:en joignant|joindre|joignez) (?:les|vos|ces) (?:documents|pieces|justificatifs)', '(?:merci de )?les joindre', 'dans l\'attente des (?:photos|documents|pieces|justificatifs)', '(?:补充提交|補充提交|补交|補交)', 'required\\s*:\\s*(?:photos?|documents?|invoices?|proof|evidence)', '(?:上載|上传|上傳)[^。]{0,12}(?:證|证|副本|文件|資料|资料)',
    'nous attendons\\s*:', '(?:faire parvenir|transmettre) ces elements', '(?:n\'avons|n\'avons toujours) (?:recu|pas recu) aucun (?:document|element|justificatif)', '(?:documents?|photos?|pieces|justificatifs|attestation|constat)[^.]{0,40}(?:toujours manquant|still missing|manquent toujours)',
    '(?:aurions|aurons) besoin (?:de la|du|des|de vos|de votre)[^.]{0,40}(?:facture|justificatif|attestation|photo|preuve|document)', '(?:restons|sommes) dans l\'attente (?:de ces|des|de vos|du|de la|de votre)[^.]{0,30}(?:documents|justificatifs|pieces|facture|elements|photos|attestation|preuves)', '(?:written|carrier\'s|courier\'s) (?:confirmation|statement|report)', 'investigation (?:result|report)', '(?:mettre a jour|deposer|televerser)[^.]{0,40}(?:justificatifs|documents|pieces)', '(?:documents?|justificatifs|pieces) (?:sont )?a (?:deposer|fournir|transmettre|televerser)',
  ],
  provide_tracking: [
    '(?:communiquer|renseigner|transmettre|indiquer|fournir|ajouter|saisir|telecharger)[^.]{0,120}numero de suivi', 'renseigner le transporteur', 'numero de suivi[^.]{0,30}(?:sous|dans les) \\d+',
    '(?:upload|input|enter|provide|add|update)[^.]{0,30}tracking', 'latest (?:tracking|shipment|delivery) status', 'check with (?:your|the) (?:carrier|courier|logistics)', 'latest status of the (?:item|parcel|shipment|order)', "courier's findings", '(?:contacter|contactez|joindre) (?:votre|le) transporteur', 'statut (?:de suivi )?(?:le plus )?recent',
    '联系(?:您的)?(?:商品)?承运商', '聯絡(?:您的)?物流商', '上传[^。]{0,12}(?:追踪|运单|單號|单号|物流)', '填写[^。]{0,16}(?:追踪单号|运单号|承运商)', '填寫[^。]{0,16}(?:運單號碼|追蹤號碼|物流商)', '上傳[^。]{0,12}(?:追蹤|運單)', '提供(?:发货|發貨)?单号', '最新(?:的)?(?:追踪|物流|追蹤)', '輸入運單號碼', '输入运单号', '确认[^。]{0,12}最新',
    '(?:statut|status) (?:actualise|updated|a jour)', '(?:补回|補回|补上|補上|更新)[^。]{0,8}(?:运单|運單|追踪|追蹤|单号|單號)', '(?:rapprocher de|contact) (?:votre|your|the) (?:transporteur|carrier|courier)',
    '(?:联系|聯絡|聯繫)(?:您的)?(?:物流|快递|快遞|速遞)(?:公司|商)?', '更正[^。]{0,6}(?:运单|運單|单号|單號|追踪|追蹤)',
    '最新(?:的)?(?:派送|運送|运送|物流)?(?:狀態|状态)',
    'tracking number[^.]{0,120}(?:correct|update|fix) it', '(?:correct|fix|update) the tracking(?: number)?', '(?:enter|input|add|upload) it (?:in|within|by|before)',
    '(?:attente|attendons)[^.]{0,30}(?:numero de suivi|tracking number|運單號碼|运单号)', 'merci de (?:le|les) (?:renseigner|ajouter|saisir)', '(?:yet to|still (?:have not|haven\'t)|not yet) (?:receive|received)[^.]{0,20}(?:tracking|latest (?:status|update))',
  ],
  decide_refund: [
    'en l\'acceptant ou en la refusant', '(?:accepter|acceptez) ou (?:refuser|refusez)', 'si vous acceptez cette demande', 'proceder au remboursement', 'refuser le remboursement', '(?:accepter|valider)[^.]{0,80} ou (?:pour )?(?:le|la|les) refuser', '(?:accepter|valider) le remboursement', 'remboursement a valider', 'demandes de remboursement',
    'agree refund', 'reject refund', '(?:accept|approve|agree to|reject|decline) (?:the )?(?:refund|return) request', '(?:accept|approve)[^.]{0,80} or (?:to )?(?:reject|decline|refuse) it', '(?:approve|accept) the (?:customer\'s |buyer\'s )?refund', 'refund (?:awaiting|pending) your (?:approval|decision)',
    '同意退款', '拒絕退款', '拒绝退款', '(?:同意|接受)或拒(?:绝|絕)', '(?:接受|同意)[^。]{0,6}退款申请', '(?:接受|同意)[^。]{0,6}退款申請',
    '(?:agree|accept|approve)(?: to)? or (?:reject|decline|refuse)', 'statuer sur (?:cette|la|sa) demande', '(?:acceptation|accepter) ou (?:refus|refuser)', 'accepter la retractation', '(?:process|handle|review) the (?:refund|return) request', '(?:请|請)?告知(?:您)?是否同意', '(?:处理|處理)(?:退款|退貨|退货)申(?:请|請)', '(?:repondre|answer|reply)[^.]{0,20}(?:par )?oui ou (?:par )?non', 'souhaitez-vous que nous (?:procedions|remboursions)', '(?:是否)?同意[^。]{0,12}(?:退款|办理|辦理)',
    'acceptez-vous (?:ce|le|la|cette)', '(?:agree|accept|approve) ?/ ?(?:reject|decline|refuse)', '(?:si vous acceptez|whether you (?:accept|agree to)) (?:le|la|the) (?:remboursement|refund)',
    '(?:l\'|la |le )?accepter ou (?:de )?(?:la |le |l\')?refuser', '(?:處理|处理)(?:此|该|該|有關|有关)?(?:退款)?(?:申請|申请)', 'valider (?:la|sa) (?:demande de )?retractation', '(?:valider|accepter) (?:la|sa|cette) demande',
    'raise the refund', '(?:點擊|点击)[「“"]?refund', '(?:填寫|填写)退款原因',
    '(?:remboursement|refund)[^.]{0,40}(?:pas (?:encore )?ete valide|not (?:yet )?been (?:approved|processed|validated))',
  ],
  contact_buyer: [
    '(?:contacter|prendre contact avec|joindre|repondre a) (?:directement )?(?:votre|le|l\') ?(?:client|acheteur)', 'prendre contact (?:directement )?avec', 'proposer[^.]{0,60}(?:rabais|solution|echange|remboursement|reparation)', 'trouver un accord', 'convenir avec',
    '(?:contact|communicate with|reach out to|get in touch with|reply to) (?:the |your )?(?:customer|buyer)', 'agree (?:on )?a solution', 'reach an agreement with the customer',
    '(?:lui|leur|a (?:votre|l\'|son) ?acheteur|au client) (?:faire|adresser|soumettre|envoyer) (?:rapidement |au plus vite )?une (?:proposition|offre)', "(?:si )?aucun accord n'est trouve", "aucune solution n'a (?:encore )?ete proposee", 'make (?:the buyer |the customer |them )?an offer', 'propose a (?:solution|resolution|remedy)', 'offer (?:the )?(?:customer|buyer) (?:a|an) (?:exchange|refund|partial refund|replacement|solution)',
    '(?:向|同)(?:买家|買家|顧客|顾客|客人)(?:提出|提供)(?:解决|解決|处理|處理)?(?:方案|方法|建議|建议)', '(?:与|與|同)(?:买家|買家|顧客|顾客|客人)(?:协商|協商|商量|傾)', '与买家(?:沟通|联系|達成|达成)', '與買家(?:溝通|聯繫|達成)', '与顾客(?:沟通|联系)', '與顧客(?:溝通|聯絡|聯繫)', '回复买家', '回覆買家', '直接与买家联系', '直接與顧客聯絡', '联系买家', '聯絡顧客',
    '(?:respond|reply|answer|write|get back) to (?:the |your )?(?:customer|buyer)', '(?:trouver|parvenir a|conclure|convenir d\') ?(?:une solution|un accord)', 'solution amiable', 'reach an agreement with (?:the )?(?:customer|buyer)', '(?:merci de|veuillez|nous vous invitons a) (?:le|la|les) (?:contacter|joindre|recontacter|rassurer)', '(?:contact|message|call|reassure) (?:him|her|them) (?:by|before|within|today|directly)', '(?:联系|聯絡|聯繫|回覆|回复)(?:顧客|顾客|客人|买家|買家)',
    '(?:lui|leur) repondre', '(?:与|與)(?:买家|買家|顧客|顾客)[^。，,]{0,6}(?:沟通|溝通|协商|協商)',
    '(?:lui|leur) (?:communiquer|indiquer|envoyer|adresser|proposer|ecrire)', '(?:regler|resoudre|traiter) (?:ce|le) (?:dossier|litige|probleme) (?:directement )?avec (?:l\'|votre |son )?acheteur', 'agree with the (?:customer|buyer)', '(?:與|与)(?:顧客|顾客|买家|買家)(?:商討|商讨|商量)',
    'regler (?:la situation|le probleme|ce dossier|le litige)[^.]{0,20}avec (?:le |votre |l\')?(?:client|acheteur)', '(?:soumettre|faire|adresser|envoyer) (?:au client|a l\'acheteur|a votre acheteur) une (?:nouvelle )?(?:proposition|offre)',
    '(?:convenir|s\'entendre|trouver une solution) (?:directement )?avec (?:lui|elle|l\'acheteur|le client|votre client|l\'acheteuse|la cliente)', 'arrange[^.]{0,60}with the (?:buyer|customer)', 'liaise with (?:the |your )?(?:buyer|customer)',
  ],
};
export const INFO_ONLY_PHRASES = [
  "aucune action (?:n'est )?(?:requise|necessaire)", 'vous n\'avez rien a faire', 'ne necessite pas de reponse', 'cette decision est definitive', 'dossier est (?:desormais )?clos', "il n'est pas necessaire", 'a (?:donc )?ete rejetee', 'sera pas prise en compte dans le calcul',
  'no (?:further )?action (?:is )?(?:required|needed)', 'nothing (?:further )?(?:is required|to do)', 'for your information only', 'unable to reinstate', 'cannot be reinstated',
  '此(?:為|为)(?:系統|系统)通知[。.]?(?=\\s*\\n|$)', '(?:无需|無需|毋須|毋需|不需要?)(?:进一步|進一步|再|任何)?(?:的)?(?:操作|处理|處理|跟进|跟進|行动|行動|提交)', '无需进行任何操作', '您无需', '無需再作任何操作', '无需回复', '無需回覆', '此邮件无需回复', '仅为通知', '僅為通知', '僅作通知', '仅作通知', '已被驳回', '已被駁回', '投诉已关闭', '投訴已關閉',
];
