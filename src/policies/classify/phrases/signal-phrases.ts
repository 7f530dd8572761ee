/**
 * Named signals: phrases in French, English and Chinese (both scripts, and
 * Cantonese) that tell what a mail is about. Patterns match folded text (see
 * `foldText`: lower case, accents removed), so buyers who type without
 * accents match too. A signal names a meaning, not a category: the decision
 * rules in `../category.ts` combine them.
 */
export const SIGNAL_PHRASES = {
  notReceived: [
    // fr
    "(?:pas|jamais|rien) (?:encore |toujours |du tout )?(?:ete )?recue?s?\\b", "n'ai (?:toujours |jamais |encore )?(?:pas |rien )?recu", 'rien recu', 'toujours rien', 'non[- ]recu',
    '(?:jamais|pas) (?:ete )?(?:arrive|livre)e?', 'colis (?:perdu|egare|introuvable)', 'ou (?:est|en est) (?:mon|ma|le) (?:colis|commande|paquet)', '(?:il|elle) est ou (?:mon|ma|le|la) (?:colis|commande|paquet)',
    "rien dans (?:ma|la) boite", "n'avoir (?:jamais )?recu", 'ne pas avoir recu', "n'est jamais arrive", 'conteste la livraison',
    // en
    "(?:not|never) (?:yet )?(?:been )?(?:received|arrived|delivered|got (?:it|them|anything))", "(?:haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:received|arrived|get|got|come)",
    'where is (?:my|the) (?:parcel|order|package|item|delivery)', '(?:parcel|package|item|order) (?:is |was |got |has been )?(?:lost|missing)', 'lose my parcel', 'lost (?:my|the) (?:parcel|package)',
    'nothing (?:was )?in (?:it|the letterbox|my letterbox)', 'never (?:came|turned up|showed up)',
    // zh
    'toujours pas arrive', 'pas encore arrive', 'still waiting for (?:my|the) (?:parcel|order|package|delivery)', 'missing parcel', '未到貨', '未到货', '仲未到', '還沒到', '还没到', '未收到', '没有?收到', '沒有?收到', '冇收到', '(?:没|沒|冇)(?:有)?人收(?:到|过|過)', '收唔到', '仲未收到', '還未收到', '还未收到', '完全冇收', '唔見咗', '包裹(?:丢失|遺失|丟失)', '去咗邊', '去了哪', '去哪了', '下落',
  ],
  trackingStalled: [
    'plus rien(?: depuis)?', 'plus aucune? (?:nouvelle|mise a jour|information|mouvement)', '(?:aucune|pas de) mise a jour', "n'a (?:pas|plus) bouge", 'ne bouge (?:plus|pas)', 'bloque', "n'evolue (?:plus|pas)", "n'a pas evolue", 'suivi (?:est )?(?:fige|arrete|bloque)',
    'no (?:tracking )?(?:update|movement|progress|scan)s?', '(?:not|hasn\'t|has not|wasn\'t) (?:been )?updated', 'not moving', "(?:hasn't|has not|haven't) moved", 'nothing since', 'stuck', 'stalled', 'no news since',
    '没有(?:任何)?更新', '沒有(?:任何)?更新', '冇再更新', '冇更新', '冇再 ?update', '冇 ?update', '一直冇(?:再)? ?(?:郁|update|更新)', '無更新', '无更新', '再无任何物流更新', '停留在', '一直(?:停|卡)', '一直(?:显示|顯示|係|是)[^。，,]{0,4}(?:派送中|配送中|运输中|運輸中|转运中|轉運中|在途|運送中|运送中)', '卡住', '冇郁', '未有更新', '物流长时间未更新', '長時間未更新', '沒有再更新', '就冇再更新',
  ],
  deliveredClaimed: [
    '(?:indique|marque|affiche|statut) (?:comme )?«? ?livre', 'a ete distribue', 'distribue dans', 'indique livre', 'colis indique livre',
    '(?:shown|marked|showing|shows|says|listed) (?:as )?delivered', 'status (?:is )?delivered', 'signed by', 'delivered to (?:my|the) (?:letterbox|building|office|door)',
    '顯示.{0,12}(?:已經)?(?:派送|簽收|送達)', '显示.{0,12}(?:已经)?(?:派送|签收|送达)', '已簽收', '已签收',
  ],
  returnedOrHeld: [
    "retourne(?:e)? a l'expediteur", "retour(?:ne)? (?:a|vers) l'expediteur", "renvoye a l'expediteur", 'destinataire inconnu', 'non reclame', 'adresse (?:incomplete|insuffisante)',
    'retenu (?:en|par les services des) douane', 'bloque en douane', 'en souffrance', 'perdu en transit',
    '(?:returned|returning|return) to (?:the )?sender', 'being returned', 'addressee unknown', 'unclaimed', 'undeliverable', 'could not be delivered', '(?:attempted|failed) (?:to deliver|delivery)', 'delivery exception',
    '(?:held|detained|stuck) (?:at|by|in) customs', 'customs hold', 'lost in transit', 'confirmed (?:as )?lost',
    '退回寄件人', '退返寄件人', '退回寄件者', '退回發件人', '退回发件人', '已經退返', '已经退回', '海关扣留', '海關扣留', '清关.{0,6}异常', '清關.{0,6}異常', '途中遗失', '途中遺失', '确认丢失', '確認遺失', '派送失败', '派送失敗', '已經過期', '過期.{0,10}退',
  ],
  notShipped: [
    '(?:pas|toujours pas|jamais) (?:encore )?(?:ete )?(?:parti|expedie|envoye|poste)e?s?', "n'est (?:toujours )?pas (?:encore )?(?:parti|expedie)", "n'a (?:toujours )?pas (?:encore )?ete (?:expedie|envoye|confirme)", 'non expediee?',
    "en attente d'expedition", 'en cours de preparation', '(?:aucun|pas de|sans) (?:envoi ni )?(?:aucun )?numero de suivi', 'sans aucun envoi', "pas ete expediee? dans", 'toujours pas ete confirmee comme expediee', "delai d'expedition .{0,60}depasse",
    '(?:not|never) (?:yet )?(?:been )?(?:shipped|dispatched|sent out|posted|handed over)', "(?:hasn't|has not|haven't|have not) (?:yet )?(?:been )?(?:shipped|dispatched|sent)", 'still (?:not|hasn\'t) (?:shipped|dispatched|sent)', 'awaiting (?:shipment|dispatch)',
    'no tracking (?:number|no|info)', 'without (?:any )?tracking', 'exceeded (?:its |your |the )?(?:shipment sla|day to ship)', '(?:past|beyond|after) (?:its |the |your )?day to ship', 'overdue (?:order|delivery)', 'will exceed its day to ship', 'approaching the day to ship', 'not (?:been )?shipped', 'not (?:yet )?(?:been )?(?:marked|confirmed|set) as (?:shipped|dispatched)', "(?:isn't|is not|wasn't|was not) (?:yet )?(?:shipped|sent|dispatched)", '(?:still|status)[^.]{0,20}"?to ship"?', 'still (?:showing|shows|says) "?(?:to ship|processing|accepted|awaiting)', '(?:toujours|encore) (?:indiquee? )?(?:« ?)?(?:a expedier|en attente|acceptee)',
    '未寄出', '仲未寄', '仲未ship', '未ship', '還未寄', '还未寄', '未發貨', '未发货', '没发货', '沒發貨', '未出貨', '待出貨', '待出货', '待发货', '待發貨', '未有運單', '冇運單', '没有运单', '沒有運單', '超出.{0,14}寄出時效', '超出.{0,14}寄出时效', '逾期未(?:發|发)貨', '逾期未发货', '超时未发货', '超時未發貨', '未确认发货', '未確認發貨', '仍未寄出', '未安排發貨', '未出到貨', '仲未出貨', '出唔到貨', '冇辦法出貨', '無法出貨', '无法发货', '仲未寄出',
  ],
  noPickup: [
    'no pick ?up', '(?:never|not) (?:been )?picked up', 'only (?:one|1) (?:line|scan|event)', 'label (?:was )?created', '(?:shipment )?information received', 'pre-?advice',
    "pas (?:encore )?(?:ete )?pris en charge par (?:le )?transporteur", 'etiquette (?:creee|imprimee)', 'seulement (?:une|1) ligne',
    '已建立訂單', '已建立订单', '已建立(?:運|运)單', '已建立运单', '待收件', '待揽收', '待攬收', '(?:冇|沒有|没有)(?:收件|攬收|揽收)', '未攬收', '未揽收', '只有一行', '得一行', '未交收', '未交(?:俾|給|给)',
  ],
  shipped: [
    '(?:a ete |est |ete |bien )?(?:expedie|envoye|poste)e?s? (?:le|aujourd|hier|depuis|par|en|avec|ce)', 'colis (?:est |etait )?parti', 'etait parti', 'est parti', 'en cours d\'acheminement', 'en transit',
    '(?:was|were|been|you|your shop) (?:marked as )?(?:shipped|dispatched|sent out|posted)', 'shipped (?:on|by|with|it|my)', 'handed (?:over )?to', 'in transit', 'departed', 'carrier scans',
    '已寄出', '寄出咗', '已發貨', '已发货', '已經寄', '已经寄', '已出貨', '已出货', '由順豐寄出', '顺丰寄出',
  ],
  damaged: [
    'casse', 'brise', 'fele', 'fissure', 'endommage', 'abime', 'ebreche', 'eventre', 'ecrase', 'enfonce', 'en (?:mille )?morceaux', 'tordu', 'deforme', 'detrempe', 'trempe', 'mouille', 'fendu', 'cabosse', 'dechire', 'avarie', 'rayure', 'raye\\b', 'bec casse', 'fuit',
    'broken', 'cracked', '\\bcrack\\b', 'shattered', 'damaged', 'damage', 'dented', '\\bdent\\b', 'crushed', 'smashed', 'snapped', '\\bbent\\b', 'torn', 'leaks?\\b', 'leaking', 'scratched', 'in pieces', 'soaked', 'chipped', 'dead on arrival', '\\bdoa\\b',
    '爛咗', '爛', '烂', '裂', '破損', '破损', '損壞', '损坏', '摔壞', '撳扁', '壓扁', '压扁', '甩咗', '碎咗', '碎了', '凹', '刮花', '漏水', '變形', '变形', '受潮', '損毀',
  ],
  fault: [
    '(?:ne|n\') ?(?:se )?(?:fonctionne|marche|charge|recharge|s\'allume|demarre|chauffe|tourne|repond|tient|s\'appaire|connecte)(?:nt)? (?:plus|pas)', 'en panne', 'defectueu', 'defaut', 'ecran (?:reste )?noir', 'ne repondent plus', "s'eteint", 'bruit', 'plus du tout',
    'stop(?:ped|s)? working', 'not working', "(?:doesn't|does not|won't|will not|can't|cannot) (?:work|charge|turn on|power on|switch on|start|heat(?: up)?|cool(?: down)?|spin|light up|pair|connect|hold)", 'no longer (?:works|charges|turns on|starts|heats|cools|spins|lights up|pairs|connects|holds)', 'not (?:heating|charging|cooling|spinning|turning on|powering on)\\b', 'faulty', 'defect', '(?:board|battery|motor|unit|device|screen|part|component|charger|pump|fuse|thermostat) (?:has |have |had )?failed', 'failed (?:\\w+ )?(?:board|battery|motor|screen|part|component|charger|pump|fuse|thermostat)', 'malfunction', 'no power', 'keeps (?:restarting|rebooting|turning off)', 'noise', 'flicker',
    '壞咗', '坏了', '壞了', '故障', '唔work', '唔郁', '冇反應', '没反应', '沒反應', '開唔到', '开不了', '無法開機', '无法开机', '唔著', '唔充', '唔抽水', '閃爍', '闪烁', '重新啟動', '自动重启', '自動重啟', '嗡嗡', '接觸不良', '接触不良', '產品缺陷', '产品缺陷', '(?<!細咗|大咗|太細|太大|細|大)用唔到', '冇聲', '壞機', '不转', '不轉', '唔轉', '不工作', '不能用', '无法使用', '無法使用', '停止工作', '失灵', '失靈', '充唔到电', '充唔到電', '充不了电', '开不了机', '開不了機',
  ],
  onArrival: [
    'a la reception', "a l'arrivee", 'des (?:la )?reception', 'en ouvrant', "a l'ouverture", 'au deballage', 'je viens de (?:le |la |les )?recevoir', 'recu ce jour', 'reception ce jour',
    '(?:recu|arrive|livre|reception)e?s? (?:le colis )?(?:hier|ce matin|aujourd\'hui|ce jour|ce soir|avant-hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', '(?:hier|ce matin|aujourd\'hui|hier soir),? .{0,30}(?:recu|arrive|livre)', 'arrive(?:e|s)? (?:casse|brise|endommage|abime|fele|fissure|en morceaux|mouille|trempe)',
    "(?:pas|jamais) pu l'utiliser", 'colis recu',
    'on arrival', 'upon arrival', 'arrived (?:today|yesterday|this morning|on \\w+day|broken|damaged|cracked|in pieces|completely|with)', '(?:received|got|delivered) (?:it |them |the \\w+ |my \\w+ )?(?:today|yesterday|this morning|on \\w+day)', 'when i opened', 'upon opening', 'opened (?:the|it)', 'out of the box', 'delivered this morning', 'just (?:received|arrived)', 'the parcel was (?:left|delivered)', 'was delivered',
    '今日收到', '昨日收到', '今天收到', '昨天收到', '啱啱收到', '剛收到', '刚收到', '一收到', '收到部', '收到個', '收到嘅時候', '開箱', '开箱', '拆開', '拆开', '打開', '打开', '到貨', '到货', '送到', '簽收', '收貨時', '收货时',
  ],
  // Time since purchase or delivery: what tells a fault under the guarantee from damage on arrival.
  longUse: [
    '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs) mois', "(?:l'annee|l'an) derniere?", 'il y a (?:plus d\')?(?:\\d+|un|une|deux|plusieurs|quelques) (?:mois|ans?)', 'a (?:tres )?bien fonctionne', '(?:marchait|fonctionnait) (?:nickel|bien|tres bien|parfaitement|sans probleme)', "jusqu'(?:ici|a present|au mois dernier|a la semaine derniere|a recemment|a maintenant)", 'periode de reclamation .{0,40}(?:close|terminee|expiree)', 'depuis (?:son |l\')?achat', 'apres (?:\\d+|quelques|plusieurs) (?:mois|semaines)',
    '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|couple of) months', 'last (?:year|yr|january|february|march|april|may|june|july|august|september|october|november|december|summer|autumn|winter|spring)', 'a year ago', 'worked (?:fine|well|perfectly|great|flawlessly)', 'until (?:a couple of|two|a few|three|last|recently|this) (?:weeks?|days?|month)?', 'has been (?:working|fine|great) (?:for|until)', 'after (?:\\d+|a few|several) (?:months|weeks) of (?:use|using)',
    '去年', '個月', '个月', '半年', '用咗', '用了', '用開', '一直都好', '一直正常',
  ],

  // Guarantee terms: the buyer invokes it, which alone does not make a case a warranty case.
  warrantyWord: [
    'garantie', 'garanti', 'warranty', 'guarantee', '保養', '保养', '保修', '质保', '質保', '保固',
    'garantie legale', 'garantie de conformite', '(?:2|deux) ans', 'application de la garantie', 'dans les 2 ans suivant', '(?:1|one|12|2|two)[- ](?:year|yr|month)s?\\b', '12-month', '一年', '兩年', '两年', '2年',
  ],
  wrongItem: [
    "pas (?:du tout )?ce que j'ai commande", 'au lieu d[eu\']', '(?:mauvaise?|autre) (?:taille|couleur|coloris|modele|article|produit|pointure|reference)', 'pas (?:la|le) (?:bonne?|meme) (?:taille|couleur|coloris|reference|modele|produit)', 'ne correspond (?:pas|a rien)', 'non conforme', 'pas conforme', '(?:contre|avec|par|dans) (?:la|le) bon(?:ne)? (?:couleur|coloris|taille|pointure|modele|reference)',
    "differente? de (?:l'annonce|la description|la photo)", '(?:annonce|description|fiche) (?:indiquait|disait|dit|mentionne|indique|annoncait)', "sur (?:l'|votre )annonce c'(?:est|etait) (?:marque|ecrit)", 'taille comme', 'guide des tailles', 'trop (?:petit|grand|court|serre)e?s?', 'il manque', 'manquant', 'pas (?:du tout )?ce qui (?:etait|est) (?:annonce|indique|decrit)', "(?:pas|non) (?:le|la|les|du|de la|des) (?:\\S+ ){0,4}(?:que j'ai|que nous avons) (?:commande|choisie?s?|achete)", 'au lieu (?:du|de la|des|de l\')',
    'wrong (?:item|size|colou?r|model|product|one|version|case|variant)', '(?:received|got|sent|delivered|arrived|came|shipped|is|are|was|were)\\b[^.!?\\n]{0,50}instead of', '(?:for|with) the (?:right|correct) (?:size|colou?r|model|one)', 'not the (?:\\S+ ){0,4}(?:i|we) (?:ordered|chose|selected|bought|paid for)', "(?:doesn't|does not|won't|will not) (?:even )?fit", 'not (?:what|the one) i (?:ordered|paid for|bought)', 'not as (?:described|advertised|pictured|shown|listed)', 'different (?:from|to|than) (?:the|what)', "(?:doesn't|does not|don't|do not) (?:match|fit)", 'too (?:small|big|large|short|tight)', 'missing', 'incomplete', 'not what i paid for',
    '貨不對辦', '货不对板', '唔啱', '唔係我訂', '收到嘅係', '收到的是', '收到的却是', '与描述不符', '與描述不符', '描述不符', '不符', '唔符', '唔一樣', '不一樣', '不一样', '寫明', '写明', '冇[^,，。]{0,6}火牛', 'size ?唔啱', '唔啱 ?size', '套唔落', '唔夠大', '唔啱尺寸', '尺寸不对', '尺寸不對', '太細', '太大', '缺少', '少咗', '冇附', '唔係行貨', '水貨', '寄(?:嚟|來|来)嘅?(?:係|是)', '寄(?:錯|错)', '(?:落單|下單|下单|訂|订)(?:揀|拣|选|選)?(?:咗|了)?(?:嘅|的)(?:係|是)', '細咗', '(?:發|发)(?:錯|错)(?:貨|货)', '啱 ?size', '搞錯晒',
  ],
  listingCompare: [
    "(?:sur |dans )?(?:l'|votre )annonce (?:indiquait|disait|dit|mentionne|indique|annoncait|precise)", 'annonce (?:est )?(?:mensong|trompeu)', "sur (?:l'|votre )annonce", "ce qui (?:etait|est) (?:annonce|indique|decrit)", 'non conforme', 'description (?:indiquait|disait|dit)', 'fiche produit',
    '(?:listing|description|title|product page|item page) (?:clearly )?(?:says|said|shows|states|stated|mentions)', 'not as (?:described|advertised|listed)', 'the listing', 'in the listing',
    'page (?:寫|写)', '寫明', '写明', '描述', '商品頁', '商品页', '網頁(?:上)?寫', '网页(?:上)?写', '網頁顯示', '(?:listing|photos?|pictures?|order confirmation)[^.]{0,30}(?:says?|shows?|said)',
  ],
  // Words that make two measures in one mail a size complaint.
  sizeWord: ['taille', 'dimension', 'mesure', 'pointure', 'size', 'measure', '尺寸', '尺碼', '尺码', '大細', '呎吋'],
  transportDamage: [
    '(?:carton|colis|paquet|emballage|boite) (?:etait |est |arrive )?(?:completement )?(?:ecrase|eventre|abime|enfonce|mouille|trempe|dechire|cabosse)', 'transporteur', 'en transit', 'pendant le transport',
    '(?:box|parcel|package|carton|packaging) (?:was |is |arrived )?(?:completely |badly )?(?:crushed|dented|wet|soaked|damaged|torn|smashed)', 'in transit', 'dropped', 'courier', 'left outside',
    '撳扁', '壓扁', '压扁', '紙箱', '纸箱', '個box', '個盒', '外箱', '受潮', '運送', '运输',
  ],
  counterfeit: [
    'contrefacon', 'contrefait', '\\bfaux\\b', '\\bfausses?\\b', '\\bcopie\\b', 'imitation', '\\breplique', "pas (?:un |une |des |de )?(?:produit |article )?(?:authentique|original|d'origine|vraie?s?)\\b",
    'counterfeit', '\\bfakes?\\b', "(?:not|isn't|aren't|is not|are not|never) (?:a |an )?(?:genuine|authentic|real|original)", "(?:don't|do not) think (?:these|this|it|they) (?:are|is) (?:genuine|authentic|real|original)", 'replica', 'knock-?off', 'infring', 'intellectual property', 'trademark', 'ip complaint', 'rights holder', 'unlicensed',
    '假貨', '假货', '假卡', '翻版', 'a貨', 'a货', '高仿', '冒牌', '山寨', '仿冒', '非正貨', '非正品', '唔係正', '不是正品', '售假', '涉假', '侵權', '侵权', '假冒', '並非正貨', '并非正品', '是假的', '係假',
  ],
  authenticity: [
    'numero de (?:serie|module)', 'n° de serie', 'gravure', '\\blogo', 'hologramme', 'authentique', 'officiel', "d'origine", '(?:sur|que|comme|des|les) vraies?\\b', 'produit de marque', 'marque officielle', 'certifie', 'achetee? en boutique', 'boutique officielle', 'hologram',
    'serial', 'batch code', 'genuine', 'authentic', 'official', 'registration site', 'brand', '\\boriginal', "(?:can't|cannot|couldn't) (?:find|verify|register)", 'checkcoverage', 'engrav', 'barcode',
    '序號', '序号', '官網', '官网', '正貨', '正品', '原裝', '原装', '批次', '防偽', '防伪', '品牌', '條碼', '条码',
  ],
  counterfeitNegated: [
    'pas (?:une |de la )?contrefacon', "(?:not|isn't|i'm not) (?:saying|claiming) (?:it'?s|it is|they are) (?:a )?fake", 'not (?:a )?fake', "isn't (?:a )?fake", '唔係話佢係假', '唔係假貨', '不是假货', '不是假貨', '並非假貨',
  ],
  unbranded: ['sans marque', 'unbranded', 'no brand', 'generic', '冇牌', '無牌子', '无品牌'],
  ownReason: [
    "change(?:r|ment)? d'avis", 'plus besoin', "n'en ai plus besoin", 'commande trop vite', 'par erreur', 'trop encombrant', 'ne me (?:convient|plait) pas', 'ne correspond pas a mes (?:besoins|attentes)', 'retractation', 'me retracter', 'deja (?:achete|recu|offert|eu|le meme|la meme|commande|pris|trouve)', 'en a deja', "(?:femme|mari|fille|fils|mere|pere|copine|copain|soeur|frere) (?:m'a |en a |l'a |me l'a )?(?:deja )?(?:offert|achete|pris|trouve)", "m'a offert", 'offert exactement', 'en double', 'deux fois', 'je prefere (?:le |la |les )?(?:renvoyer|retourner)', "c'est ma faute", 'mon erreur', 'conformes? a (?:la photo|l\'annonce|la description)', 'rien a redire', 'fonctionne (?:tres )?bien', 'aucun souci', '(?:trouve|vu) (?:le meme|la meme|moins cher|ailleurs|en magasin)', 'ne (?:me )?plait pas', 'pas convaincue?', 'raisons? personnelles?', 'mes besoins', '(?:marche|fonctionne) (?:parfaitement|tres bien|nickel|tres bien)', 'trop (?:lourd|encombrant|bruyant|volumineux)e?s?', "j'ai mal (?:lu|regarde|mesure)", 'dans les (?:14|quatorze) jours', 'works (?:perfectly|fine|great|well)', 'within (?:the )?14 days', 'je me suis trompee?', 'erreur de ma part', 'demenag', 'alors que je (?:voulais|souhaitais|pensais prendre)', 'je (?:repasserai|vais repasser|recommanderai) (?:une )?(?:commande|la bonne)', "(?:on|il|elle|ils|mon \\w+|ma \\w+) (?:m'en|nous en) (?:a|ont) (?:offert|donne) (?:un|une)",
    "chang(?:ed|e) (?:of )?(?:my )?mind", 'no longer need', "(?:don't|do not) need", 'by mistake', 'ordered (?:it )?twice', 'same order twice', 'duplicate', "(?:don't|do not) (?:love|like)", 'not for me', 'found (?:the same|it cheaper|a cheaper|one)', 'bought (?:one|it|the same) (?:elsewhere|in a shop)', 'nothing wrong with', "exactly what(?:'s| is) (?:shown|pictured|described)", 'matches the (?:photos|listing|description|pictures)', 'my (?:fault|mistake)', 'bad timing', 'relocat', "(?:we're|we are|i'm|i am) moving", 'moving (?:to|house|home|flat|out|abroad|overseas)', 'personal reason', 'would rather', 'already (?:have|has|got|bought)', '(?:exactly|just) as (?:shown|described|pictured|advertised|listed)', "(?:won't|will not|wouldn't) (?:be )?(?:using|use|need)", 'ordered (?:the )?wrong', 'clicked (?:buy )?on the wrong', 'wrong (?:one|size|colou?r) by mistake', '(?:got|get|getting|given|giving|gave|gives) (?:me |us )?(?:one|it|the same one) (?:for free|free|as a gift)', 'meant to (?:order|buy|get)',
    '改變主意', '改变主意', '不再需要', '唔需要', '唔想要', '買錯', '买错', '已經有', '已经有', '另行購買', '另行购买', '重複落單', '重复下单', '落錯', '落多咗', '唔鍾意', '不喜歡', '不喜欢', '個人原因', '个人原因', '揀錯', '拣错', '選錯', '选错', '買重', '买重', '一模一樣', '一模一样', '唔係你哋嘅問題', '不是你们的问题', '自己買錯', '自己买错', "not your (?:problem|fault)", "(?:ce n'est )?pas (?:de )?votre faute", '搬屋', '搬家', '(?:老公|老婆|先生|太太|屋企人|家人|朋友|媽咪|媽媽|妈妈|爸爸|老豆|老媽|個仔|個女|同事)[^,，。]{0,10}(?:已經|已经)[^,，。]{0,6}(?:買|买)(?:咗|了)?', '冇位(?:擺|放)', '没地方放', '沒地方放', '放唔落', '(?:貨品|货品|產品|产品|商品|部機|件貨|部机)(?:本身)?(?:都)?(?:冇|沒有?|没有?|無)(?:問題|问题)', '同(?:網頁|网页|網站|网站|描述|相片|圖片)[^。，,]{0,8}(?:一樣|一样)', '(?:與|与)(?:描述|網頁|网页)(?:一致|相符)', '(?:老公|老婆|先生|太太|屋企人|家人|朋友|媽咪|媽媽|妈妈|爸爸|個仔|個女|同事)[^,，。]{0,10}(?:送咗|送了)[^,，。]{0,6}同款', '用唔著', '用不着', '用不著',
  ],
  // The state of goods sent back: a condition of any return, a personal reason only when nothing is wrong.
  unusedState: ['(?:encore |toujours )?(?:dans son|sous) (?:emballage|blister) (?:d\'origine)?', 'jamais (?:servi|utilise)', 'still (?:sealed|unopened|unused|in the original)', '(?:unopened|unused|never used)', '未開封', '未拆封', '冇開過'],
  cancel: ['annul', 'cancel', '取消', '撤销', '撤銷', 'retract'],
  returnOrRefund: ['rembours', 'retourn', 'renvoy', '\\bretour', 'refund', '\\breturn', 'send (?:it|them) back', '退貨', '退货', '退款', '退錢', '寄返', '退返'],
  delayComplaint: [
    '\\d+ jours (?:apres|plus tard|que)', 'toujours (?:pas|rien|marque|indique|en attente|« ?en)', 'expedition sous \\d+', 'sous \\d+ ?h', "partirait sous", '(?:il y a|depuis) (?:plus de )?(?:\\d+|une|deux) (?:jours|semaines?)',
    "it's now the", 'still (?:says|shows|not|no|hasn\'t|nothing)', '(?:a week|\\d+ days) (?:later|after|past|since)', 'dispatch within', 'promised', 'no message from you', 'no (?:news|update) from you',
    '\\d日內寄出', '\\d日内寄出', '成個禮拜', '仲係', '而家都', '等咗', '一個星期', '一个星期', '一個禮拜',
  ],
  resolved: [
    'tout est regle', 'probleme (?:est )?resolu', "j'ai (?:fini par|finalement) (?:le |la )?recevoir", 'finalement recu', 'bien recu finalement', 'please ignore', 'no longer an issue', 'found it', 'it (?:finally )?arrived (?:today|now)',
    '已經收到,?\\s*冇問題', '已经收到', '搵到', '找到了', '冇問題', '沒問題了', '原來', 'sorry 麻煩',
  ],
  preSale: [
    'avant de (?:commander|passer commande|l\'acheter|acheter)', 'before (?:i )?(?:order|buy|purchas)', 'is (?:it|this) compatible', 'do you have (?:it|this) in',
    'does (?:it|this|the|your) [^.?\\n]{0,80}(?:work with|fit|come with|include|support)', '(?:is|are) (?:it|this|the|your|these) [^.?\\n]{0,60}(?:compatible|available|in stock|waterproof|suitable)',
    'est-ce que (?:ce|cette|ces|le|la|les|votre) [^.?\\n]{0,80}(?:peut|peuvent|fonctionne|marche|convient|existe)',
    '想問', '係咪香港', '有冇中文', '就唔買住', '想買', '買唔買', '请问.{0,16}(?:是否|有没有)', '請問.{0,16}(?:是否|有沒有)',
  ],
  // Adding to or changing an order that has not left yet: housekeeping, not a complaint.
  orderChange: [
    "(?:ajouter|rajouter) (?:un |une |deux |\\d+ )?(?:autre |second |seconde |deuxieme )?(?:article|exemplaire|unite|produit)s? a (?:ma|la) commande", 'dans le meme colis', 'meme envoi',
    'add (?:one more|another|a second|\\d+ more|an extra)', '(?:put|ship|send|include) (?:a second|another|one more|an extra)[^.!?\\n]{0,30} in the same (?:parcel|package|box|shipment)', 'in the same (?:parcel|package|shipment)', 'combine (?:the )?(?:shipping|orders)',
    '加多(?:一|1)?(?:件|個|个|部|隻)', '同一個包裹', '同一个包裹', '一齊寄', '一起寄', '合併寄', '合并寄',
  ],
  invoiceRequest: ['(?:une |la |a )?facture (?:au nom|pour (?:ma|notre) societe|d\'entreprise)', 'company invoice', 'issue (?:us )?an invoice', 'invoice (?:addressed|for (?:our|my) company)', '開發票', '开发票', '發票抬頭', '发票抬头', 'tva intracom'],
  addressChange: ['(?:nouvelle|mauvaise|ancienne) adresse', "(?:changer|modifier) (?:l'|d')?adresse", 'change (?:the |my )?(?:delivery |shipping )?address', 'wrong address', 'address (?:is )?(?:wrong|incorrect)', '改地址', '地址打錯', '地址打错', '地址写错', '更改地址', '地址錯'],
  supplier: ['这批货', '這批貨', '供应商', '供應商', '售后部', '销售部', '銷售部', '外贸部', '工程师', 'rma (?:form|number)', '(?:on|from) your next invoice', '形式发票', '形式發票', '\\bpi\\b', 'proforma', 'pro forma', '补货', '補貨', '货款', '貨款', '对账单', '對賬單', '出货', '出貨', '定金', '尾款', '我司', '贵司', '貴司', '工厂', '工廠', '授权书', '授權書', '增值税发票', '供应链', '供應鏈', 'restock', 'wholesale', 'lead time', 'moq', '报价单', '報價單', '起订量', '起訂量', '寄样', '寄樣', '样品', '樣品', '\\bfob\\b', 'price list', 'quotation'],
  // A buyer speaking of their own purchase (what makes a marketplace mail a relayed buyer's message)...
  ownPurchase: [
    "j'ai (?:bien )?(?:commande|achete|recu (?:le|la|les|mon|ma|mes|un|une|des|ce|cette|l')|passe (?:une |la |ma )?commande|paye)", '\\b(?:ma|mes) commandes?\\b', '\\bmon colis\\b',
    '\\bi (?:ordered|bought|purchased|received (?:the|my|a|an|it|them|this))\\b', '\\bmy (?:order|parcel|package|purchase)\\b',
    '我(?:買|买|訂|订|收到|落)', '我(?:的|嘅)(?:訂單|订单|包裹)', '我(?:張|张)單',
  ],
  // ...and the buyer named in the third person, as a notice or a supplier does.
  buyerInThirdPerson: [
    "l'acheteu(?:r|se)", '\\b(?:votre|le|la|un|une|du|au|vos|les|des) (?:client|cliente|acheteur|acheteuse)s?\\b', '\\b(?:the|your|a|this) (?:buyer|customer)s?\\b(?! service| care| support| team)',
    '买家', '買家', '顾客', '顧客', '客户', '客戶',
  ],
  // The shop's customer in the third person: a supplier or colleague writing about a case, never the buyer.
  shopsCustomer: ['您的客户', '你的客户', '客户的', '客戶的', '你们(?:的)?客户', '你們(?:的)?客戶', '(?:客户|客戶|客人)反映', "your (?:\\w+ ){0,3}customers?\\b(?! service| care| support)", "the customer(?:'s|s)?\\b(?! service| care| support)", 'votre client', 'vos clients', 'le client (?:a |dit|souhaite|indique|signale|nous|vous)'],
  buyerVoice: [
    "j'ai (?:commande|achete|recu|passe (?:la |une )?commande|paye)", '(?:ma|mes) commandes?', 'mon colis', 'chez vous', 'votre (?:boutique|magasin|site|annonce)', 'je voudrais', 'pourriez-vous', 'pouvez-vous',
    'my (?:order|parcel|package|purchase)', 'i (?:ordered|bought|purchased|received|got|paid)', 'we (?:purchased|ordered|bought)', 'your (?:shop|store|listing)', 'could you', 'can you', 'please',
    '我(?:張|张)單', '我訂', '我买', '我買', '落(?:咗)?單', '你哋', '貴店', '贵店', '貴公司', '訂單', '订单', '收到',
  ],
  spam: ['代运营', '代運營', '好评', '好評', '测评', '測評', '免费诊断', '免費診斷', '店铺诊断', '排名首页', '不想再收到', '退订', '名额', '(?:fake|verified) reviews', 'ranking', 'we help (?:cross-border )?sellers', 'free trial', '5-star reviews', 'free audit', 'reply "?yes', 'growth (?:manager|agency)', 'seo ', 'boost your', 'unsubscribe', 'se desinscrire', 'lettre d\'information', 'newsletter', '退订', '退訂', '周报', '週報'],
} as const;
