import { z } from 'zod';

/**
 * What the classifier knows about the world that is not code: which domains
 * belong to each marketplace, how they relay buyer mail, which carriers exist.
 * Defaults fit Rakuten France and Yoho Hong Kong; a deployment can add to them
 * in its config file (see `src/config.ts`).
 */

const domain = z
  .string()
  .min(3)
  .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain name such as "rakuten.fr"')
  .transform((d) => d.toLowerCase());

export const marketplaceProfileSchema = z.object({
  /** Display name used in evidence and summaries. */
  name: z.string(),
  /** Mail from these domains (or their subdomains) is the marketplace itself. */
  domains: z.array(domain).min(1),
  /** Words that name the marketplace in text ("Rakuten", "乐天", …), lower-case. */
  names: z.array(z.string().min(2)).min(1),
  /** Local parts (before the @) of the marketplace's marketing senders: their mail is not "platform". */
  marketingLocalParts: z.array(z.string()).default([]),
  /** Local-part prefixes of relay addresses that forward to a buyer (Reply-To of relayed mail). */
  buyerRelayLocalParts: z.array(z.string()).default([]),
  /**
   * Phrases (lower-case, accents removed; regular expressions) that announce a relayed buyer
   * message ("new message from your buyer"). A claim notice that merely quotes the buyer under a
   * label is not a relay.
   */
  relayMarkers: z.array(z.string()).default([]),
  /** Labels that introduce the buyer's words inside a relay ("Message de l'acheteur :"), used to find them. */
  relayLabels: z.array(z.string()).default([]),
  /** Pattern of the marketplace's own order numbers, when they have a distinctive form. */
  orderPattern: z.string().optional(),
});
export type MarketplaceProfile = z.infer<typeof marketplaceProfileSchema>;

export const carrierProfileSchema = z.object({
  name: z.string(),
  domains: z.array(domain).min(1),
  /** Words naming the carrier in text, lower-case. */
  names: z.array(z.string().min(2)).default([]),
});

export const triageConfigSchema = z.object({
  marketplaces: z.object({
    rakuten_fr: marketplaceProfileSchema,
    yoho_hk: marketplaceProfileSchema,
  }),
  /** Marketplaces the shop does not sell on; a mail naming several marketplaces at once is about none of them. */
  otherMarketplaceNames: z.array(z.string()),
  carriers: z.array(carrierProfileSchema),
  /** Public mailbox providers: two people on gmail.com are not colleagues. */
  freeMailDomains: z.array(domain),
  /** The shop's own domains. Empty: mail whose sender domain equals a recipient's domain counts as internal. */
  shopDomains: z.array(domain).default([]),
  /** Helpdesk services that send the shop's tickets (Freshdesk, Zendesk…): the customer is the Reply-To. */
  helpdeskDomains: z.array(domain).default([]),
});
export type TriageConfig = z.infer<typeof triageConfigSchema>;

export const defaultTriageConfig: TriageConfig = triageConfigSchema.parse({
  marketplaces: {
    rakuten_fr: {
      name: 'Rakuten France',
      domains: ['rakuten.fr', 'fr.shopping.rakuten.com', 'rakuten.com', 'priceminister.com'],
      names: ['rakuten', 'priceminister', '乐天', '樂天'],
      marketingLocalParts: ['newsletter', 'newsletter-vendeurs', 'news', 'marketing', 'promo', 'offres', 'info-pro'],
      buyerRelayLocalParts: ['acheteur', 'contact-acheteur', 'reclamation', 'buyer', 'client', 'reponse'],
      relayMarkers: [
        'nouveau message (?:de votre acheteur|de l\'acheteur|concernant)',
        'message de votre acheteur',
        "message de l'acheteur \\S+ (?:le|du|-|–) ?\\d",
        "message de l'acheteur « [^»]+ »",
        "message de l'acheteur [^\\n\\]]{1,40}transmis par",
        'transmis par la messagerie',
        '-{3,} ?(?:message de l\'acheteu(?:r|se)|son message|message du client|message de la cliente) ?-{3,}',
        '(?:un|une) (?:internaute|client|cliente|acheteur|acheteuse|visiteur|visiteuse) (?:vous )?a pose une question',
        'message de [^\\n()]{1,40}\\((?:acheteu(?:r|se)|client|cliente|buyer|customer)\\)',
        'message de ?: ?[\\w.@-]{2,40}(?=\\n|$)',
        '(?:votre |l\')acheteu(?:r|se) [^\\n]{1,40} vous a (?:ecrit|repondu|envoye)',
        '^[\\w.-]{2,40} vous a (?:repondu|ecrit) ?:',
        '(?:envoye|transmis) via la messagerie',
        "question d'une? (?:acheteur|acheteuse|client|cliente|internaute)",
        'vous a envoye (?:un (?:nouveau )?message|le message suivant)',
        'a new message from (?:the |your )?buyer',
        'new message from your buyer',
        'sent you a (?:new )?message',
        '您有一条新的买家留言',
        '新的买家留言',
        '买家给您发送了',
        '买家向您发送了',
      ],
      relayLabels: ["message de l'acheteur", "l'acheteur vous a ecrit", 'votre acheteur vous a ecrit', 'question :', 'message du client', '买家留言'],
    },
    yoho_hk: {
      name: 'Yoho Hong Kong',
      domains: ['yoho.com.hk', 'yoho.hk', 'yohohongkong.com'],
      names: ['yoho', '友和'],
      marketingLocalParts: ['newsletter', 'news', 'marketing', 'promo', 'edm'],
      buyerRelayLocalParts: ['customer', 'buyer'],
      relayMarkers: [
        'new message from (?:your |a |the )?customer',
        'message from your customer',
        'has sent you a (?:new )?message',
        '(?:顧客|顾客|客戶|客户)(?:就[^。，,\\n]{0,12})?向您(?:發送|发送|傳送|传送)了',
        '顧客傳送了',
        '顾客发送了',
        '顧客向您發送了',
        '您有一則新的顧客訊息',
        '新的顧客訊息',
        '顧客訊息(?:開始|转发|轉發)',
        '顾客讯息(?:开始|转发)',
      ],
      relayLabels: ['message:', 'customer message', '顧客留言', '顧客訊息', '客戶留言'],
      orderPattern: 'YH\\d{8,12}',
    },
  },
  otherMarketplaceNames: [
    'amazon', 'cdiscount', 'ebay', 'aliexpress', 'fnac', 'darty', 'manomano', 'shopee', 'lazada', 'hktvmall',
    'temu', 'wish', 'etsy', 'zalando', 'vinted', 'leboncoin', 'taobao', 'tmall', 'jd.com',
  ],
  carriers: [
    { name: 'Colissimo', domains: ['colissimo.fr', 'notif.colissimo.fr', 'colissimo.com'], names: ['colissimo'] },
    { name: 'La Poste', domains: ['laposte.fr', 'notif-laposte.fr', 'lapostegroupe.com'], names: ['la poste', 'lettre suivie'] },
    { name: 'Chronopost', domains: ['chronopost.fr'], names: ['chronopost'] },
    { name: 'DHL', domains: ['dhl.com', 'dhl.fr', 'dhl.de', 'dhl.com.hk', 'dhl.com.cn'], names: ['dhl'] },
    { name: 'UPS', domains: ['ups.com'], names: ['ups'] },
    { name: 'FedEx', domains: ['fedex.com'], names: ['fedex'] },
    { name: 'GLS', domains: ['gls-france.com', 'gls-group.eu', 'gls-group.com'], names: ['gls'] },
    { name: 'DPD', domains: ['dpd.fr', 'dpd.com', 'dpdgroup.com'], names: ['dpd'] },
    { name: 'Mondial Relay', domains: ['mondialrelay.fr', 'mondialrelay.com'], names: ['mondial relay'] },
    { name: 'Relais Colis', domains: ['relaiscolis.com'], names: ['relais colis'] },
    { name: 'Colis Privé', domains: ['colisprive.com', 'colisprive.fr'], names: ['colis prive'] },
    { name: 'SF Express', domains: ['sf-express.com', 'sf-express.com.hk', 'sf-international.com', 'sfexpress.com'], names: ['sf express', 'sf-express', '順豐', '顺丰'] },
    { name: 'Hongkong Post', domains: ['hongkongpost.hk', 'hongkongpost.gov.hk'], names: ['hongkong post', 'hong kong post', '香港郵政', 'ec-ship'] },
    { name: '4PX', domains: ['4px.com', '4px.cn'], names: ['4px', '递四方', '遞四方'] },
    { name: 'Cainiao', domains: ['cainiao.com', 'cainiao.com.cn'], names: ['cainiao', '菜鸟', '菜鳥'] },
    { name: 'Yanwen', domains: ['yw56.com.cn', 'yanwen.com'], names: ['yanwen', '燕文'] },
    { name: 'China Post', domains: ['chinapost.com.cn', '11183.com.cn', 'ems.com.cn'], names: ['china post', '中国邮政', 'ems'] },
    { name: 'YunExpress', domains: ['yunexpress.com', 'yunexpress.cn'], names: ['yunexpress', '云途'] },
    { name: 'Kerry Express', domains: ['kerryexpress.com', 'kerrylogistics.com'], names: ['kerry express', '嘉里'] },
    { name: 'Zeek', domains: ['zeek.one'], names: ['zeek'] },
    { name: 'TNT', domains: ['tnt.com', 'tnt.fr'], names: ['tnt'] },
    { name: 'J&T Express', domains: ['jtexpress.com', 'jet.co.id'], names: ['j&t express'] },
    { name: 'YTO Express', domains: ['yto.net.cn'], names: ['yto', '圆通'] },
    { name: 'ZTO Express', domains: ['zto.com'], names: ['zto', '中通'] },
    { name: 'CNE Express', domains: ['cne.com'], names: ['cne express'] },
    { name: 'PostNL', domains: ['postnl.nl', 'postnl.com'], names: ['postnl'] },
    { name: 'bpost', domains: ['bpost.be'], names: ['bpost'] },
    { name: 'Royal Mail', domains: ['royalmail.com'], names: ['royal mail'] },
    { name: 'Deutsche Post', domains: ['deutschepost.de'], names: ['deutsche post'] },
    { name: 'GoGoX', domains: ['gogox.com'], names: ['gogox'] },
    { name: 'Lalamove', domains: ['lalamove.com'], names: ['lalamove'] },
  ],
  helpdeskDomains: ['freshdesk.com', 'zendesk.com', 'gorgias.com', 'gorgias.help', 'helpscout.net', 'zohodesk.com', 'intercom-mail.com', 'kayako.com', 'reamaze.com', 'gladly.com'],
  freeMailDomains: [
    'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'yahoo.com.hk', 'ymail.com', 'hotmail.com', 'hotmail.fr',
    'outlook.com', 'outlook.fr', 'live.com', 'live.fr', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
    'protonmail.com', 'proton.me', 'gmx.fr', 'gmx.com', 'gmx.de', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr',
    'laposte.net', 'bbox.fr', 'neuf.fr', 'netvigator.com', 'qq.com', '163.com', '126.com', 'sina.com', 'sohu.com',
    'foxmail.com', 'mail.com', 'yandex.com', 'zoho.com', 'hotmail.co.uk', 'yahoo.co.uk', 'yahoo.com.tw', 'outlook.com.hk', 'gmx.net', 'web.de',
    't-online.de', 'aliyun.com', 'vip.qq.com', 'yeah.net', 'hotmail.com.hk', 'live.hk', 'myself.com', 'hknet.com', 'ymail.com.hk',
  ],
});
