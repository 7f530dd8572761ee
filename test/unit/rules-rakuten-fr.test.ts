import { describe, expect, it } from 'vitest';
import { byTo, codes, decide, mail, MAIL_DATE, shop, texts, triage } from './rules-fixtures.ts';
import { counterfeitFineEur } from '../../src/policies/rules/rakuten-fr/counterfeit.handler.ts';

const hours = (iso: string) => (Date.parse(iso) - Date.parse(MAIL_DATE)) / 3_600_000;
const platform = (over: Parameters<typeof triage>[0]) => triage({ sender: 'platform', ...over });

describe('RAK-NONRECU: the three platform variants', () => {
  it('(a) tracking with a recent update: nothing to do, nothing drafted', () => {
    const d = decide(mail({ text: 'La réclamation a été rejetée. Aucune action n’est requise.' }), platform({ category: 'non_recu', platform_request: 'info_only', order_id: '6619032847/80112934', tracking_number: 'LX201938474CN' }));
    expect(d.drafts).toEqual([]);
    expect(codes(d)).toEqual(['nonrecu-nothing-to-do']);
    expect(d.flags).toContain('nonrecu-rejected');
  });

  it('(b) no tracking uploaded: upload now, 48 h, a reply to fill with carrier and tracking', () => {
    const d = decide(
      mail({ text: 'Mini projecteur - 89,00 €\nAprès vérification, aucun numéro de suivi n’a été associé à cette commande.' }),
      platform({ category: 'non_recu', platform_request: 'provide_tracking', order_id: '559201/8830192', deadline_hours: 48 }),
    );
    expect(codes(d)).toContain('upload-tracking');
    expect(d.deadlines).toMatchObject([{ rule: 'RAK-DOCS-48H', basis: 'mail' }]);
    expect(hours(d.deadlines[0]!.due)).toBe(48);
    const [reply] = byTo(d, 'platform');
    expect(reply).toMatchObject({ language: 'fr', send: 'never', placeholders: ['transporteur', 'numéro de suivi'] });
    expect(reply!.body).toContain('559201/8830192');
    expect(d.compliance.ok).toBe(true);
  });

  it('(c) tracking without recent update: get a fresh carrier status, tell the buyer', () => {
    const d = decide(
      mail({ text: 'Ce colis ne présente plus aucune mise à jour depuis le 29 janvier.' }),
      platform({ category: 'non_recu', platform_request: 'provide_tracking', order_id: '88201937465/661029', tracking_number: '4PX3001184792032CN' }),
    );
    expect(codes(d)).toContain('get-carrier-status');
    expect(d.deadlines.map((x) => [x.rule, hours(x.due), x.basis])).toEqual([['RAK-DOCS-48H', 48, 'rule']]);
    expect(d.drafts.map((x) => [x.to, x.send])).toEqual([
      ['platform', 'never'],
      ['buyer', 'approval'],
    ]);
    expect(byTo(d, 'buyer')[0]!.body).toContain('4PX3001184792032CN');
  });

  it('a contested "delivered": the carrier’s proof of delivery, attached', () => {
    const d = decide(
      mail({ text: 'Transporteur : Chronopost - statut « Livré ». Merci de nous transmettre sous 48 heures une preuve de livraison.' }),
      platform({ category: 'non_recu', platform_request: 'provide_documents', order_id: '3384750192/662019384712', tracking_number: 'XW301928452FR', deadline_hours: 48 }),
    );
    const [reply] = d.drafts;
    expect(reply).toMatchObject({ to: 'platform', send: 'approval', attachments: ['Proof of delivery from the carrier'] });
    expect(reply!.body).toContain('Chronopost');
  });

  it('Chinese customer service gets its answer in Simplified Chinese (ALL-LANGUAGE)', () => {
    const d = decide(
      mail({ text: '该运单号自2026年1月29日之后再无任何物流更新' }),
      platform({ category: 'non_recu', language: 'zh-Hans', platform_request: 'provide_tracking', order_id: '88201937465/661029', tracking_number: '4PX3001184792032CN' }),
    );
    expect(byTo(d, 'platform')[0]!.language).toBe('zh-Hans');
    expect(byTo(d, 'buyer')[0]!.language).toBe('fr');
  });

  it('a buyer writing in English gets the tracking and carrier in English', () => {
    const d = decide(
      mail({ from: 'd.okafor@icloud.com', text: 'It says delivered but nothing was in my letterbox.' }),
      triage({ category: 'non_recu', language: 'en', order_id: '9012837465', tracking_number: 'RR482019378CN', facts: { trackingState: 'delivered', carrier: 'La Poste' } }),
    );
    const [reply] = d.drafts;
    expect(reply).toMatchObject({ to: 'buyer', language: 'en', address: 'd.okafor@icloud.com', inReplyTo: '<m1@example.com>' });
    expect(reply!.body).toMatch(/La Poste.*RR482019378CN/);
  });
});

describe('RAK-REGISTERED: risk from order value and ship-from region', () => {
  const run = (text: string, tracking: string | null, s = shop()) =>
    decide(mail({ text }), platform({ category: 'non_recu', platform_request: 'provide_tracking', order_id: '559201/8830192', tracking_number: tracking }), s).flags;
  it.each([
    ['89 € from China, tracked packet (LX…CN)', 'Produit - 89,00 €', 'LX201938474CN', ['registered-mail-required', 'registered-mail-missing']],
    ['89 € from China, registered (RR…CN)', 'Produit - 89,00 €', 'RR482019378CN', []],
    ['150 € from the EU (Chronopost)', 'Produit - 150,00 €', 'XW301928452FR', []],
    ['250 € from the EU, mode unknown (Colissimo)', 'Produit - 250,00 €', '6A25987105523', ['registered-mail-required']],
    ['value unknown', 'Votre client n’a pas reçu son colis.', 'LX201938474CN', ['registered-mail-unknown']],
  ] as const)('%s', (_case, text, tracking, expected) => {
    const flags = run(text, tracking).filter((f) => f.startsWith('registered'));
    expect(flags.sort()).toEqual([...expected].sort());
  });
  it('falls back on the shop’s ship-from region: 70 € from the EU needs nothing', () => {
    expect(run('Produit - 70,00 €', null, shop({ shipFrom: 'eu' })).filter((f) => f.startsWith('registered'))).toEqual([]);
    expect(run('Produit - 70,00 €', null, shop({ shipFrom: 'china' }))).toContain('registered-mail-required');
  });
});

describe('RAK-DAMAGED / RAK-NAD / RAK-REBATE-50', () => {
  const claim = (over: Parameters<typeof triage>[0] = {}, text = 'Le carton est arrivé éventré, la théière a le bec cassé.') =>
    decide(mail({ text }), platform({ category: 'damaged', platform_request: 'contact_buyer', order_id: '5102/771029384', deadline_hours: 72, ...over }));

  it('offers the three solutions to the buyer within the 72 h window', () => {
    const d = claim();
    const [buyer] = d.drafts;
    expect(buyer).toMatchObject({ to: 'buyer', language: 'fr', send: 'approval', via: 'marketplace_messaging' });
    expect(buyer!.body).toMatch(/échange/);
    expect(buyer!.body).toMatch(/retour de l’article à nos frais, suivi du remboursement intégral/);
    expect(buyer!.body).toMatch(/rabais/);
    expect(buyer!.rules).toEqual(expect.arrayContaining(['RAK-DAMAGED', 'RAK-REBATE-50', 'RAK-WORDS']));
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['RAK-BUYER-72H', 72]]);
    expect(codes(d)).toEqual(expect.arrayContaining(['agree-within-72h', 'offer-three-solutions', 'rebate-limit', 'ask-photos']));
  });

  it('uses the merchant’s rebate up to 50 %, never above', () => {
    const ok = decide(mail({ text: 'cassé' }), platform({ category: 'damaged', platform_request: 'contact_buyer', order_id: '5102/771029384' }), undefined, { rebatePercent: 30 });
    expect(texts(ok)).toContain('un rabais de 30 % du montant de l’article');
    const over = decide(mail({ text: 'cassé' }), platform({ category: 'damaged', platform_request: 'contact_buyer', order_id: '5102/771029384' }), undefined, { rebatePercent: 80 });
    expect(texts(over)).not.toMatch(/80/);
    expect(over.compliance.ok).toBe(true);
  });

  it('does not repeat a buyer’s pressure for 80 %', () => {
    const d = decide(mail({ text: 'Je veux un geste de 80 % sinon je mets 1 étoile.' }), triage({ category: 'not_as_described', order_id: '77410293' }));
    expect(texts(d)).not.toMatch(/80/);
    expect(d.compliance).toEqual({ ok: true, violations: [] });
  });

  it('states the 50 % ceiling in money when Rakuten gives the value', () => {
    const d = claim({ category: 'not_as_described' }, 'Sac à dos - 59,90 €\nLe client indique avoir reçu un sac bleu.');
    expect(d.actions.find((a) => a.code === 'offer-three-solutions')!.text).toContain('= €29.95');
  });

  it('answers a document request with the evidence to attach, within 48 h', () => {
    const d = claim({ platform_request: 'provide_documents', deadline_hours: 48 }, 'merci de nous transmettre sous 48 heures la preuve de dépôt et des photos de l’emballage');
    expect(d.drafts[0]).toMatchObject({ to: 'platform', attachments: ['Proof of deposit with the carrier', 'Photos of the packaging used'] });
    expect(d.deadlines.map((x) => x.rule)).toEqual(['RAK-DOCS-48H']);
  });

  it('a verdict is information only', () => {
    const d = claim({ platform_request: 'info_only' }, 'Nous avons clôturé la réclamation en faveur de votre client.');
    expect(d.drafts).toEqual([]);
    expect(d.notes?.length).toBe(1);
  });
});

describe('RAK-COUNTERFEIT and RAK-IMMEDIATE', () => {
  it('computes the fine: 100 EUR + 20 % of sales + 20 % of stock', () => {
    expect(counterfeitFineEur(1287.4, 2140)).toBe(785.48);
    expect(counterfeitFineEur(0, 0)).toBe(100);
  });

  it('platform notice: listings down within the stated 24 h, supplier invoices, never sendable', () => {
    const d = decide(
      mail({ text: 'retirer immédiatement, et au plus tard sous 24 heures, l’ensemble des annonces' }),
      platform({ category: 'counterfeit', platform_request: 'remove_listings', order_id: '7719302846/5530291', deadline_hours: 24 }),
      undefined,
      { counterfeitSalesEur: 1287.4, counterfeitStockEur: 2140 },
    );
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['RAK-COUNTERFEIT', 24]]);
    expect(codes(d)).toEqual(expect.arrayContaining(['counterfeit-remove-listings', 'counterfeit-invoices', 'counterfeit-immediate', 'counterfeit-fine']));
    expect(d.actions.find((a) => a.code === 'counterfeit-fine')!.text).toContain('€785.48');
    expect(d.drafts.every((x) => x.send === 'never')).toBe(true);
    expect(d.flags).toEqual(expect.arrayContaining(['counterfeit', 'manual-send']));
  });

  it('buyer accusation: a starting point only, never sent without the merchant', () => {
    const d = decide(mail({ text: 'Vous vendez des contrefaçons.' }), triage({ category: 'counterfeit', order_id: '7738291046/119283' }));
    expect(d.drafts.map((x) => x.send)).toEqual(['never']);
    expect(codes(d)).toContain('counterfeit-fine-unknown');
  });
});

describe('RAK-WITHDRAW-UNSHIPPED / -SHIPPED and RAK-WORDS', () => {
  it('trap: a buyer writing "annuler" before shipment means a rétractation, and no draft says annul-', () => {
    const d = decide(
      mail({ text: 'je voudrais annuler ma commande svp, le colis n’est pas encore parti (je n’ai pas de numéro de suivi)' }),
      triage({ category: 'withdrawal', order_id: '3308471/22910' }),
    );
    expect(d.flags).toEqual(expect.arrayContaining(['buyer-said-annuler', 'withdrawal-before-shipment']));
    expect(texts(d)).not.toMatch(/annul/i);
    const [buyer] = byTo(d, 'buyer');
    expect(buyer!.body).toContain('service client de Rakuten pour demander la rétractation');
    const [cs] = byTo(d, 'platform');
    expect(cs).toMatchObject({ language: 'fr', via: 'contact_form', send: 'approval' });
    expect(cs!.body).toContain('Pour la commande 3308471/22910, c’est le client qui souhaite rétracter sa commande');
    expect(codes(d)).toEqual(expect.arrayContaining(['withdraw-tell-cs', 'hold-shipment']));
    expect(d.compliance.ok).toBe(true);
  });

  it('an English buyer gets English; Rakuten customer service still gets French', () => {
    const d = decide(mail({ text: 'Could you please cancel my order? It hasn’t been shipped yet.' }), triage({ category: 'withdrawal', language: 'en', order_id: '6629301847' }));
    expect(d.drafts.map((x) => [x.to, x.language])).toEqual([
      ['buyer', 'en'],
      ['platform', 'fr'],
    ]);
    expect(d.flags).toContain('article-number-missing');
  });

  it.each([
    ['buyer', 'Les frais de retour restent à votre charge.'],
    ['seller', 'Les frais de retour sont à notre charge.'],
  ] as const)('after delivery: guide to « Vous rétracter », return paid by the %s', (payer, sentence) => {
    const d = decide(
      mail({ text: 'Oui bien reçu vendredi, mais il est trop encombrant. Je préférerais le renvoyer.' }),
      triage({ category: 'withdrawal', order_id: '60192/88301' }),
      shop({ returnShippingPaidBy: payer }),
    );
    expect(d.drafts).toHaveLength(1);
    expect(d.drafts[0]!.body).toContain('« Vous rétracter »');
    expect(d.drafts[0]!.body).toContain(sentence);
  });

  it('a rétractation to accept or refuse gets the 72 h stated', () => {
    const d = decide(mail({ text: 'Sans réponse de votre part sous 72 heures, la demande sera considérée comme acceptée.' }), platform({ category: 'withdrawal', platform_request: 'decide_refund', order_id: '1029384756/66120938', deadline_hours: 72 }));
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['RAK-WITHDRAW-SHIPPED', 72]]);
    expect(d.drafts).toEqual([]);
  });
});

describe('RAK-SHIP-48H', () => {
  it('late order notice: ship within 48 h; the buyer hears of the delay (auto only if switched on)', () => {
    const t = platform({ category: 'late_shipment', platform_request: 'provide_tracking', order_id: '70192837465/2039', deadline_hours: 48 });
    const d = decide(mail({ text: 'Date limite d’expédition : 04/03/2026' }), t);
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['RAK-SHIP-48H', 48]]);
    expect(d.drafts.map((x) => [x.notice, x.send])).toEqual([
      ['delay', 'approval'],
      [null, 'approval'],
    ]);
    const auto = decide(mail({ text: '' }), t, shop({ autoNotices: { delay: true } }));
    expect(auto.drafts.map((x) => x.send)).toEqual(['auto', 'approval']);
    expect(auto.compliance.ok).toBe(true);
  });

  it('a buyer threatening "annulation": ship now, or guide to a rétractation, never annul', () => {
    const d = decide(mail({ text: 'Si le colis n’est pas parti demain je demande l’annulation.' }), triage({ category: 'late_shipment', order_id: '2093847561/30472918' }));
    expect(d.drafts.map((x) => x.source)).toEqual(['rakuten_fr.buyer.late-ship@1', 'rakuten_fr.buyer.late-cannot-ship@1']);
    expect(texts(d)).not.toMatch(/annul/i);
    expect(codes(d)).toEqual(['ship-now', 'late-no-annulation']);
  });
});

describe('RAK-WARRANTY', () => {
  it('customer service passes a warranty case: contact the buyer, refund by own means, then report', () => {
    const d = decide(
      mail({ text: 'sa demande relève de l’application de la garantie légale de conformité : dans les 2 ans suivant la délivrance du bien' }),
      platform({ category: 'warranty', platform_request: 'contact_buyer', order_id: '2290183746/10293847' }),
    );
    expect(codes(d)).toEqual(expect.arrayContaining(['warranty-contact', 'warranty-refund-own-means']));
    expect(d.drafts.map((x) => [x.to, x.send])).toEqual([
      ['buyer', 'approval'],
      ['platform', 'never'],
    ]);
    expect(byTo(d, 'buyer')[0]!.body).toContain('Le service client de Rakuten nous a transmis votre demande');
  });

  it('a buyer without order number is asked for it', () => {
    const d = decide(mail({ text: 'Je ne retrouve plus le numéro de commande.' }), triage({ category: 'warranty' }));
    expect(d.drafts[0]!.body).toContain('Pourriez-vous nous indiquer votre numéro de commande ?');
    expect(d.flags).toContain('order-reference-missing');
    expect(d.compliance.ok).toBe(true);
  });
});

describe('general mail and threading', () => {
  it('answers nothing automatically', () => {
    const d = decide(mail({ text: 'Pouvez-vous m’envoyer une facture ?' }), triage({ category: 'general', order_id: '4129308475/2203' }));
    expect(d.drafts).toEqual([]);
    expect(codes(d)).toEqual(['general-answer-yourself']);
  });
  it('a platform notice is information for the merchant', () => {
    const d = decide(mail({ text: 'Votre virement a été émis.' }), platform({ category: 'general', platform_request: 'info_only' }));
    expect(d.drafts).toEqual([]);
    expect(d.notes).toEqual(['Information from Rakuten: nothing to answer.']);
  });
  it('a relay that takes no reply gets the draft for the seller centre, not a mail (ALL-THREAD)', () => {
    const d = decide(
      mail({ from: 'messagerie@fr.shopping.rakuten.com', replyTo: 'acheteur-3308471-q7k2@fr.shopping.rakuten.com', text: 'Les réponses envoyées directement à cette adresse ne sont pas transmises.\nle colis n’est pas encore parti' }),
      triage({ category: 'withdrawal', order_id: '3308471/22910' }),
    );
    expect(byTo(d, 'buyer')[0]).toMatchObject({ via: 'marketplace_messaging', address: null, inReplyTo: null });
  });
  it('an automatic platform mail is never answered by mail', () => {
    const d = decide(mail({ text: 'merci de nous transmettre la preuve de dépôt' }), platform({ category: 'damaged', platform_request: 'provide_documents', order_id: '3392018475/1102', facts: { automated: true } }));
    expect(d.drafts[0]).toMatchObject({ via: 'contact_form', inReplyTo: null, address: null });
    expect(d.flags).toContain('reply-to-automated-mail');
    expect(d.compliance.ok).toBe(true);
  });
});

describe('RAK-CLAIM-CANCEL', () => {
  it('a complaint the buyer withdrew is information: it leaves the MQS score', () => {
    const d = decide(
      mail({ text: 'Votre client a annulé la réclamation « Article non conforme à la description ». Aucune action n’est requise.' }),
      triage({ sender: 'platform', category: 'not_as_described', platform_request: 'info_only', order_id: '9302847561/120394' }),
    );
    expect(d.notes).toEqual(['The buyer withdrew the complaint: it does not count in your MQS. Nothing to do.']);
    expect(d.drafts).toEqual([]);
  });
});

describe('RAK-COMMISSION, RAK-CN-NOTICE, RAK-ANSWER', () => {
  const complaint = () => triage({ sender: 'platform', category: 'damaged', platform_request: 'contact_buyer', order_id: '5102/771029384' });
  it.each([
    ['C', true],
    ['B', true],
    ['A', false],
    [null, false],
  ] as const)('MQS grade %s: lost complaints still pay commission → %s', (mqsGrade, warned) => {
    const d = decide(mail({ text: 'cassé' }), complaint(), shop({ mqsGrade }));
    expect(codes(d).includes('lost-commission')).toBe(warned);
  });

  it.each([
    ['china', true],
    ['eu', false],
  ] as const)('a shop shipping from %s is reminded of « Expédition de la Chine, livraison dans 10 jours. » → %s', (shipFrom, reminded) => {
    const d = decide(mail({ text: 'aucun numéro de suivi' }), triage({ sender: 'platform', category: 'non_recu', platform_request: 'provide_tracking', order_id: '559201/8830192' }), shop({ shipFrom }));
    expect(codes(d).includes('cn-notice')).toBe(reminded);
  });

  it('customer-service mail is answered to customer service, to the point; a relayed buyer message to the buyer', () => {
    const cs = decide(mail({ text: 'merci de nous transmettre la preuve de dépôt' }), triage({ sender: 'platform', category: 'damaged', platform_request: 'provide_documents', order_id: '3392018475/1102' }));
    expect(cs.drafts.map((x) => [x.to, x.rules.includes('RAK-ANSWER')])).toEqual([['platform', true]]);
    const buyer = decide(mail({ text: 'la tablette est fissurée' }), triage({ category: 'damaged', order_id: '6640192837/2291038', deadline_hours: 72 }));
    expect(buyer.drafts.map((x) => x.to)).toEqual(['buyer']);
  });
});
