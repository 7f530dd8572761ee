import { describe, expect, it } from 'vitest';
import { checkCompliance, type ComplianceContext } from '../../src/policies/drafts/compliance.ts';
import {
  findAnnulWords,
  findAmounts,
  findPersonalContacts,
  findRebatesOver50,
  findYohoTimings,
} from '../../src/policies/drafts/compliance-detectors.ts';
import { findScriptMismatch } from '../../src/policies/drafts/chinese-script.ts';
import type { Draft } from '../../src/policies/case-decision.schemas.ts';
import { defaultShopProfile, shopProfileSchema } from '../../src/policies/shop-profile.schemas.ts';

const checks = (fs: { check: string }[]) => fs.map((f) => f.check);

describe('RAK-WORDS: annul- in any inflection', () => {
  it.each([
    ['Nous allons annuler votre commande.'],
    ['Votre commande a été annulée.'],
    ["L'ANNULATION est faite."],
    ['Annulez la commande depuis votre compte.'],
    ['Nous annulons la commande.'],
    ['la commande sera annulee demain'],
    ['Elle est annulé.'],
    ['Nous pouvons procéder à l’annulation.'],
  ])('flags %s', (text) => {
    expect(checks(findAnnulWords(text))).toEqual(['annul-word']);
  });
  it.each([
    ['Vous pouvez vous rétracter depuis votre compte Rakuten (« Vous rétracter »).'],
    ['La rétractation ne compte pas dans votre note.'],
    ['Nous ne pouvons pas interrompre la commande de notre côté.'],
    ['> je voudrais annuler ma commande'],
  ])('passes %s', (text) => {
    expect(findAnnulWords(text)).toEqual([]);
  });
});

describe('RAK-REBATE-50: partial refunds above half the order', () => {
  const eur = (value: number) => ({ value, currency: 'EUR' as const });
  it.each([
    ['fr', 'Nous vous proposons un rabais de 80 % sur votre commande.', null],
    ['fr', 'Geste commercial : remboursement partiel de 60 pour cent.', null],
    ['en', 'We can offer you a partial refund of 75% and you keep the item.', null],
    ['en', 'We will refund 100% and you can keep it, no return needed.', null],
    ['zh-Hans', '我们可以为您提供80%的部分退款。', null],
    ['zh-Hant', '我哋可以俾你三折優惠作為補償。', null],
    ['fr', 'Nous vous proposons un rabais de 40,00 € sur cette commande.', eur(59.9)],
    ['en', 'We can refund €35 as a goodwill gesture.', eur(49.9)],
  ])('flags (%s) %s', (_lang, text, amount) => {
    expect(checks(findRebatesOver50(text, amount))).toContain('rebate-over-50');
  });
  it.each([
    ['fr', 'Nous pouvons vous proposer un rabais (remboursement partiel, au plus 50 % du montant).', null],
    ['fr', 'Un rabais de 20 % vous conviendrait-il ?', eur(59.9)],
    ['en', 'After the return we will refund 100% of the order.', null],
    ['en', 'After you return it we refund €59.90 in full.', eur(59.9)],
    ['zh-Hans', '我们可以提供不超过订单金额50%的部分退款。', null],
    ['zh-Hant', '我哋可以提供八折優惠。', null],
    ['en', 'The fine is 100 EUR + 20 % of the sales.', null],
  ])('passes (%s) %s', (_lang, text, amount) => {
    expect(findRebatesOver50(text, amount)).toEqual([]);
  });
  it('reads French and English amounts', () => {
    expect(findAmounts('1 287,40 € puis €49.90 et HK$1,699.00').map((a) => a.money.value)).toEqual([1287.4, 49.9, 1699]);
  });
});

describe('personal contact details (YOHO-MERCHANT-CS)', () => {
  const allow = { emails: ['service@hexiang-shop.com'], phones: ['+852 2345 6789'], hosts: ['hexiang-shop.com', 'rakuten.fr', 'laposte.fr'], ids: ['6619032847/80112934', 'LX201938474CN', '77410293'] };
  it.each([
    ['fr', 'Appelez-moi au 06 12 34 56 78.', 'personal-phone'],
    ['fr', 'Contactez-nous : +33 6 12 34 56 78', 'personal-phone'],
    ['en', 'Call me on 9123 4567 any time.', 'personal-phone'],
    ['en', 'Add me on WhatsApp and we sort it out.', 'messaging-handle'],
    ['en', 'Write to kevin.wong.hk@gmail.com instead.', 'personal-email'],
    ['en', 'See https://bit.ly/refund-now for the form.', 'external-link'],
    ['zh-Hans', '请加我微信 wxid_8831 联系。', 'messaging-handle'],
    ['zh-Hans', '有问题请打我手机 138 1234 5678。', 'personal-phone'],
    ['zh-Hant', '有問題可以打俾我 6123 4567。', 'personal-phone'],
    ['zh-Hant', '請 WhatsApp 我哋 wa.me/85261234567', 'messaging-handle'],
  ])('flags (%s) %s', (_l, text, check) => {
    expect(checks(findPersonalContacts(text, allow))).toContain(check);
  });
  it.each([
    ['fr', 'Votre commande 6619032847/80112934 est suivie sous le numéro LX201938474CN.'],
    ['fr', 'Commande n° 77410293 : nous revenons vers vous.'],
    ['en', 'Contact us at service@hexiang-shop.com or +852 2345 6789.'],
    ['en', 'Track it on https://www.laposte.fr/outils/suivre-vos-envois or https://hexiang-shop.com/help.'],
    ['zh-Hans', '订单 6619032847/80112934 的运单号为 LX201938474CN。'],
    ['zh-Hant', '訂單編號 YH2604020264,退款金額 HK$398.00。'],
  ])('passes (%s) %s', (_l, text) => {
    expect(findPersonalContacts(text, allow)).toEqual([]);
  });
});

describe('YOHO-ENGLISH-PREVAILS: refund timings', () => {
  it.each([
    ['zh-Hant', '轉數快 (FPS) 或銀行轉帳退款:退款需時約1-2 個工作天'],
    ['zh-Hant', '信用卡退款:根據發卡銀行的處理速度,可能需時 2-4 週。'],
    ['zh-Hant', '退款會喺一至兩個工作天內到賬。'],
    ['zh-Hans', '转数快退款约需1到2个工作日。'],
    ['en', 'FPS refunds take 1 to 2 working days.'],
    ['en', 'A credit card refund may take 2-4 weeks.'],
    ['en', 'The refund will reach your card within 5 days.'],
  ])('flags (%s) %s', (_l, text) => {
    expect(checks(findYohoTimings(text))).toContain('yoho-refund-timing');
  });
  it.each([
    ['zh-Hant', '轉數快 (FPS) 或銀行轉帳退款需時約 3-5 個工作天;信用卡退款視乎發卡銀行,最長可能需時 3-4 週。'],
    ['zh-Hans', '转数快（FPS）或银行转账退款约需 3-5 个工作日；信用卡退款最长可能需要 3-4 周。'],
    ['en', 'FPS or bank transfer refunds typically take around 3-5 working days; credit card refunds may take up to 3-4 weeks.'],
    ['en', 'We will ship within 2 days.'],
    ['zh-Hant', '我哋會喺 2 個工作天內寄出。'],
  ])('passes (%s) %s', (_l, text) => {
    expect(findYohoTimings(text)).toEqual([]);
  });
});

describe('ALL-LANGUAGE: scripts', () => {
  it('flags Simplified characters in a zh-Hant draft and the reverse', () => {
    expect(checks(findScriptMismatch('您好，您的订单已经发货。', 'zh-Hant'))).toEqual(['wrong-script']);
    expect(checks(findScriptMismatch('您好，您的訂單已經發貨。', 'zh-Hans'))).toEqual(['wrong-script']);
    expect(checks(findScriptMismatch('您好，您的訂單已經發貨。', 'fr'))).toEqual(['wrong-script']);
  });
  it('passes the right script, and the shop name in the other one', () => {
    expect(findScriptMismatch('您好，您的訂單已經發貨。', 'zh-Hant')).toEqual([]);
    expect(findScriptMismatch('您好，您的订单已经发货。潮匯貿易', 'zh-Hans', ['潮匯貿易'])).toEqual([]);
    expect(findScriptMismatch('Bonjour, votre commande est partie.', 'fr')).toEqual([]);
  });
});

describe('checkCompliance: the draft envelope', () => {
  const ctx = (over: Partial<ComplianceContext> = {}): ComplianceContext => ({
    marketplace: 'rakuten_fr',
    category: 'damaged',
    orderId: '5102/771029384',
    orderAmount: null,
    mail: { messageId: '<m1@x>', senderAddresses: ['reclamations@fr.shopping.rakuten.com'], automated: false, spoofed: false },
    buyerLanguage: 'fr',
    platformLanguage: 'fr',
    shop: defaultShopProfile,
    knownIds: ['5102/771029384'],
    ...over,
  });
  const draft = (over: Partial<Draft> = {}): Draft => ({
    to: 'buyer',
    language: 'fr',
    subject: 'Votre commande 5102',
    body: 'Bonjour,\nNous sommes désolés pour votre commande 5102.\nCordialement',
    send: 'approval',
    rules: ['RAK-DAMAGED'],
    ...over,
  });
  const ruleChecks = (c: ReturnType<typeof checkCompliance>) => c.violations.map((v) => `${v.rule}:${v.check}`);

  it('passes a clean draft', () => {
    expect(checkCompliance([draft()], ctx())).toEqual({ ok: true, violations: [] });
  });
  it('flags a missing order reference', () => {
    expect(ruleChecks(checkCompliance([draft({ subject: 'Votre colis', body: 'Bonjour, nous regardons.' })], ctx()))).toEqual(['RAK-CS-FORM:missing-order-ref']);
  });
  it('flags a reply to an automated mail', () => {
    const c = checkCompliance([draft({ to: 'platform', inReplyTo: '<m1@x>' })], ctx({ mail: { messageId: '<m1@x>', senderAddresses: [], automated: true, spoofed: false } }));
    expect(ruleChecks(c)).toContain('ALL-THREAD:reply-to-automated-mail');
  });
  it('flags anything sendable on a spoofed mail', () => {
    const c = checkCompliance([draft()], ctx({ mail: { messageId: '<m1@x>', senderAddresses: [], automated: false, spoofed: true } }));
    expect(ruleChecks(c)).toEqual(['ALL-APPROVAL:sendable-to-spoofed']);
  });
  it('flags a counterfeit draft that is not send: never', () => {
    expect(ruleChecks(checkCompliance([draft()], ctx({ category: 'counterfeit' })))).toEqual(['RAK-COUNTERFEIT:counterfeit-sendable']);
    expect(checkCompliance([draft({ send: 'never' })], ctx({ category: 'counterfeit' })).ok).toBe(true);
  });
  it('allows auto only for notices switched on', () => {
    expect(ruleChecks(checkCompliance([draft({ send: 'auto', notice: 'logistics' })], ctx()))).toEqual(['ALL-APPROVAL:auto-not-allowed']);
    const shop = shopProfileSchema.parse({ id: 's', name: 'S', autoNotices: { logistics: true } });
    expect(checkCompliance([draft({ send: 'auto', notice: 'logistics' })], ctx({ shop })).ok).toBe(true);
  });
  it('flags an unfilled placeholder in a sendable draft only', () => {
    const body = 'Commande 5102 : le transporteur indique [[dernier statut]].';
    expect(ruleChecks(checkCompliance([draft({ body })], ctx()))).toEqual(['ALL-APPROVAL:unfilled-placeholder']);
    expect(checkCompliance([draft({ body, send: 'never' })], ctx()).ok).toBe(true);
  });
  it('sends Rakuten customer service French, or Chinese when it wrote Chinese', () => {
    const zh = draft({ to: 'platform', language: 'zh-Hans', subject: '订单 5102', body: '您好，关于订单 5102，买家本人希望撤销订单，请查看我们的沟通记录。' });
    expect(ruleChecks(checkCompliance([zh], ctx()))).toEqual(['ALL-LANGUAGE:platform-language']);
    expect(checkCompliance([zh], ctx({ platformLanguage: 'zh-Hans' })).ok).toBe(true);
  });
  it('answers the buyer in the buyer\'s language', () => {
    expect(ruleChecks(checkCompliance([draft()], ctx({ buyerLanguage: 'en' })))).toEqual(['ALL-LANGUAGE:buyer-language']);
  });
  it('flags a Yoho Chinese draft quoting the Chinese refund timings', () => {
    const body = '訂單 YH2604270512 已提交退款,轉數快退款需時約1-2 個工作天。';
    const c = checkCompliance(
      [draft({ language: 'zh-Hant', subject: '訂單 YH2604270512', body })],
      ctx({ marketplace: 'yoho_hk', orderId: 'YH2604270512', buyerLanguage: 'zh-Hant', knownIds: ['YH2604270512'] }),
    );
    expect(ruleChecks(c)).toEqual(['YOHO-ENGLISH-PREVAILS:yoho-refund-timing']);
  });
  it('warns on 取消订单 in a Chinese draft to Rakuten', () => {
    const zh = draft({ to: 'platform', language: 'zh-Hans', subject: '订单 5102', body: '您好，订单 5102 的买家要求取消订单。' });
    const c = checkCompliance([zh], ctx({ platformLanguage: 'zh-Hans' }));
    expect(c.ok).toBe(true);
    expect(c.warnings?.map((w) => w.check)).toEqual(['chinese-cancel-word']);
  });
});

describe('checkCaseDrafts: any text for a case, as an LLM would write it', () => {
  it('catches an LLM draft that breaks the rules the template kept', async () => {
    const { checkCaseDrafts } = await import('../../src/policies/decide-case.ts');
    const { mail, triage } = await import('./rules-fixtures.ts');
    const input = {
      mail: mail({ text: 'Le carton est arrivé éventré.' }),
      triage: triage({ sender: 'platform', category: 'damaged', platform_request: 'contact_buyer', order_id: '5102/771029384' }),
      shop: defaultShopProfile,
    };
    const llm: Draft = {
      to: 'buyer',
      language: 'fr',
      subject: 'Votre commande 5102',
      body: 'Bonjour, nous pouvons annuler la commande ou vous faire un rabais de 70 %. Appelez-moi au 06 12 34 56 78.',
      send: 'approval',
      rules: [],
    };
    const c = checkCaseDrafts(input, [llm]);
    expect(c.violations.map((v) => v.check).sort()).toEqual(['annul-word', 'personal-phone', 'rebate-over-50']);
  });
});
