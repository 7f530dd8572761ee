import { describe, expect, it } from 'vitest';
import { findPatternOrder, findRakutenOrder, findTrackingNumbers } from '../../src/policies/classify/identifiers.ts';

describe('findRakutenOrder', () => {
  it.each([
    ['order and article fields', "N° de commande : 6619032847\nN° d'article : 80112934", '6619032847/80112934'],
    ['order and article on one line', 'Commande n° 5102 - Article n° 771029384', '5102/771029384'],
    ['article in brackets', 'concernant la commande n° 3308471 (article n° 22910 - Lampe de bureau)', '3308471/22910'],
    ['slash pair in Chinese', '订单号：88201937465/661029', '88201937465/661029'],
    ['slash pair followed by a comma', 'passé commande (n° 5561039827/31870, la boîte à bijoux)', '5561039827/31870'],
    ['relay footer', 'Commande : 4492018375/77123\nProduit : Circuit de billes', '4492018375/77123'],
    ['English order and item', 'from your shop last October (order 3071849265, item 60218)', '3071849265/60218'],
    ['order number alone', 'J\'ai passé la commande 2938475610 sur Rakuten le 13 mars', '2938475610'],
    ['abbreviation', 'la montre (cde 1182930475) ne charge plus', '1182930475'],
    ['hash', 'Could you please cancel my order #6629301847?', '6629301847'],
    ['carrier shipper reference', 'Référence expéditeur : Rakuten 6602918374', '6602918374'],
    ['carrier reference with prefix', 'Customer reference : RAKUTENFR-7730192846', '7730192846'],
    ['Chinese customer reference', '客户参考号：3320194857，订单来源：Rakuten 法国', '3320194857'],
    ['the seller side calls an order a sale', 'Vente n° 6120938475 · Article n° 5520193847', '6120938475/5520193847'],
    ['the order in brackets after the article', "au sujet de l'article 4410293875 (commande 7720193846 – Bouilloire) :", '7720193846/4410293875'],
    ['the marketplace named between label and number', "j'ai passé commande sur Rakuten (n° 3302918475, une lampe) hier", '3302918475'],
    ['an order in the text and an article in a footer', "Ma commande 8830192746 n'est pas arrivée.\nMerci\n\n--\nRéf. article : 1203948576", '8830192746/1203948576'],
  ])('%s', (_name, text, expected) => {
    expect(findRakutenOrder(text)?.value).toBe(expected);
  });

  it.each([
    ['a listing number', 'Annonce n° 4412093 - Chargeur sans fil'],
    ['a date', 'Livré le 12/03/2026 à 11h42'],
    ['an amount', 'Montant viré : 4 812,36 €'],
    ['a case number', 'RE: [Case 00418273] Cannot input tracking'],
    ['no number at all', 'Bonjour, merci pour votre retour.'],
  ])('ignores %s', (_name, text) => {
    expect(findRakutenOrder(text)).toBeNull();
  });

  it('pairs a far article only when the text names one order and one article', () => {
    const far = '\nMerci de regarder au plus vite : cela fait maintenant plus de trois semaines que nous attendons ces lampes pour le magasin, et nos clients commencent à poser des questions tous les jours.\n';
    expect(findRakutenOrder(`Commande 8830192746 et commande 8830192747, rien reçu.${far}Réf. article : 1203948576`)?.value).toBe('8830192746');
    expect(findRakutenOrder(`Commande 8830192746 : rien reçu.${far}Article n° 1203948576, article n° 1203948577`)?.value).toBe('8830192746');
    expect(findRakutenOrder(`Commande 8830192746 : rien reçu.${far}Réf. article : 1203948576`)?.value).toBe('8830192746/1203948576');
  });
});

describe('findPatternOrder (Yoho)', () => {
  it('takes the first YH number in text order', () => {
    expect(findPatternOrder('Order number YH2605180338 … (YH2605180337 and YH2605180338)', /\bYH\d{8,12}\b/)?.value).toBe('YH2605180338');
  });
});

describe('findTrackingNumbers', () => {
  it.each([
    ['UPU S10', 'Numéro de suivi : LX201938474CN (La Poste)', 'LX201938474CN'],
    ['4PX', '您上传的运单号：4PX3001184792032CN', '4PX3001184792032CN'],
    ['SF Express', 'gave me SF tracking SF1488203365719', 'SF1488203365719'],
    ['Colissimo', 'parti en Colissimo (6A25987105523)', '6A25987105523'],
    ['Cainiao', '运单号 LP00612938471023（菜鸟）', 'LP00612938471023'],
    ['UPS', 'Tracking Number: 1Z8V47E20493618275', '1Z8V47E20493618275'],
    ['DHL by label', 'Votre envoi DHL Express n° 4829301765 est retenu', '4829301765'],
    ['Mondial Relay by label', "N° d'expédition : 48210937", '48210937'],
    ['Kerry by label', '物流記錄(嘉里快遞,運單號碼 KEHK0382716405)', 'KEHK0382716405'],
  ])('%s', (_name, text, expected) => {
    expect(findTrackingNumbers(text)[0]?.value).toBe(expected);
  });

  it('finds nothing where the tracking is "not provided"', () => {
    expect(findTrackingNumbers('Transporteur / n° de suivi : non renseigné')).toEqual([]);
  });
});
