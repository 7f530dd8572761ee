import { describe, expect, it } from 'vitest';
import { extractRelayed, splitQuoted } from '../../src/policies/classify/text-parts.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { htmlToText } from '../../src/mail/html-to-text.ts';

const NEW = 'The kettle arrived broken, please send a new one.';

// Every quoting style the corpus shows, and a few more: the new text must come out alone.
const styles: [string, string][] = [
  ['French Gmail', `${NEW}\n\nLe 24/02/2026 à 10:05, Boutique <sav@shop.example> a écrit :\n> Votre commande est partie.`],
  ['French without accents', `${NEW}\n\nLe 18/02/2026 a 08:31, Boutique a ecrit :\n> Bonjour`],
  ['French Gmail, long date', `${NEW}\n\nLe mar. 3 févr. 2026 à 10:12, Boutique <sav@shop.example> a écrit :\n> Bonjour`],
  ['English Gmail', `${NEW}\n\nOn Sun, 5 Apr 2026 at 21:47, Shop <contact@shop.example> wrote:\n\n> Thank you for your order`],
  ['English Gmail wrapped over two lines', `${NEW}\n\nOn Sun, 5 Apr 2026 at 21:47, A Very Long Shop Name Limited <contact@shop.example>\nwrote:\n> Thanks`],
  ['Simplified Chinese', `${NEW}\n\n在 2026年3月11日 10:02，Shop <sav@shop.example> 写道：\n> 您好`],
  ['Traditional Chinese (Yahoo HK)', `${NEW}\n\n於 2026年4月2日星期四 上午10:15:37 [GMT+8], Anson <a@netvigator.com> 寫道:\n\n> 你好`],
  ['Outlook English', `${NEW}\n\n-----Original Message-----\nFrom: Shop <sav@shop.example>\nSent: Thursday, April 9, 2026 3:47 AM\nSubject: RE: order`],
  ['Outlook French', `${NEW}\n\n-----Message d'origine-----\nDe : Shop <sav@shop.example>\nEnvoyé : lundi 16 mars 2026 10:21`],
  ['Outlook header block without separator', `${NEW}\n\nDe : Shop <sav@shop.example>\nEnvoyé : jeudi 12 mars 2026 16:05\nÀ : a@b.fr\nObjet : RE: Question`],
  ['Outlook web rule line', `${NEW}\n\n________________________________\nFrom: YOHO <no-reply@yoho.com.hk>\nSent: Thursday, January 29, 2026 4:02 PM`],
  ['QQ Mail / Foxmail', `${NEW}\n\n------------------ 原始邮件 ------------------\n发件人: "Kelvin" <k@shop.example>;\n发送时间: 2026年2月10日`],
  ['Apple Mail forward', `${NEW}\n\nBegin forwarded message:\n\n> From: La Poste <noreply@notif-laposte.fr>`],
  ['Thunderbird forward (French)', `${NEW}\n\n-------- Message transféré --------\nSujet : Confirmation de votre commande`],
  ['Gmail forward', `${NEW}\n\n---------- Forwarded message ---------\nFrom: YOHO <no-reply@yoho.com.hk>`],
  ['Chinese forward', `${NEW}\n\n-------- 转发的邮件 --------\n主题: 发票扫描件`],
  ['plain > lines', `${NEW}\n\n> Previous message\n> more`],
  ['marketplace conversation history', `${NEW}\n\nHistorique de la conversation :\n[05/03/2026 08:14] Acheteur : Hello`],
];

describe('splitQuoted', () => {
  it.each(styles)('separates the new text from quoted history: %s', (_style, text) => {
    const { newText, quotedText } = splitQuoted(text);
    expect(newText).toBe(NEW);
    expect(quotedText.length).toBeGreaterThan(0);
  });

  it('keeps a mail without history whole', () => {
    expect(splitQuoted('Bonjour,\n\nLe colis est arrivé cassé.\nMerci')).toEqual({ newText: 'Bonjour,\n\nLe colis est arrivé cassé.\nMerci', quotedText: '' });
  });

  it('does not cut at a sentence that merely starts with "Le"', () => {
    expect(splitQuoted('Le colis est arrivé hier.\nLe carton était écrasé.').quotedText).toBe('');
  });

  it('reads HTML blockquotes as quoted history', () => {
    const text = htmlToText(`<div>${NEW}</div><blockquote><div>Older message</div></blockquote>`);
    expect(splitQuoted(text).newText).toBe(NEW);
  });
});

const rakutenMarkers = defaultTriageConfig.marketplaces.rakuten_fr.relayMarkers;
const yohoMarkers = defaultTriageConfig.marketplaces.yoho_hk.relayMarkers;

describe('extractRelayed', () => {
  it('takes the buyer words between the dashed rules of a Rakuten relay', () => {
    const text = [
      'Bonjour Boutique,',
      'Vous avez reçu un nouveau message de votre acheteur marie78 concernant la commande n° 3308471.',
      '',
      "---------- Message de l'acheteur ----------",
      'Bonjour, je voudrais annuler ma commande svp.',
      'Marie',
      '-------------------------------------------',
      '',
      'Pour lui répondre, rendez-vous dans votre Espace Vendeur.',
    ].join('\n');
    const r = extractRelayed(text, rakutenMarkers);
    expect(r?.buyerText).toBe('Bonjour, je voudrais annuler ma commande svp.\nMarie');
    expect(r?.wrapperText).toContain('Pour lui répondre');
  });

  it('stops at the signature rule of a relay footer', () => {
    const text = "Message de l'acheteur fl_59 le 14/03/2026 à 08:55 :\n\nBonjour,\nToujours pas expédié.\nF.\n\n--\nCommande : 2093847561/30472918";
    expect(extractRelayed(text, rakutenMarkers)?.buyerText).toBe('Bonjour,\nToujours pas expédié.\nF.');
  });

  it('takes the quotation after "L\'acheteur vous a écrit", past the wrapper fields', () => {
    const text = [
      '[Réclamation en cours] Nouveau message de votre acheteur',
      'N° de commande : 6640192837',
      "Motif de la réclamation : Article endommagé",
      '',
      "L'acheteur vous a écrit :",
      '',
      '« Bonjour, écran fissuré à la réception. Nicolas »',
      '',
      'Rappel : vous disposez de 72 heures.',
    ].join('\n');
    expect(extractRelayed(text, rakutenMarkers)?.buyerText).toBe('Bonjour, écran fissuré à la réception. Nicolas');
  });

  it('does not mistake a phrase quoted inside the buyer text for the whole message', () => {
    const text = "Message de l'acheteur x le 26/03/2026 à 10:05 :\n\nLe suivi indique « en cours d'acheminement » depuis trois semaines et plus rien.\n\n--\nCommande : 1/2";
    expect(extractRelayed(text, rakutenMarkers)?.buyerText).toContain('depuis trois semaines');
  });

  it('skips label lines and a dashed start rule in a Yoho relay', () => {
    const text = 'You have a new message from your customer regarding order YH2603190288.\n\nCustomer: Ms. Lam\nMessage:\n---\n你好,我揀錯咗顏色,可唔可以幫我取消張單?\n---\n\nOrder status: To Ship';
    expect(extractRelayed(text, yohoMarkers)?.buyerText).toBe('你好,我揀錯咗顏色,可唔可以幫我取消張單?');
  });

  it('ends at an em-dash rule', () => {
    const text = "Message de l'acheteur « emily » – 24/03/2026 10:19\n\nHi, we're moving next month.\nEmily\n\n————————\nCommande : 2950384716 – Article : 77302";
    expect(extractRelayed(text, rakutenMarkers)?.buyerText).toBe("Hi, we're moving next month.\nEmily");
  });

  it('finds nothing in a mail without relay markers', () => {
    expect(extractRelayed('Votre client a ouvert une réclamation.', rakutenMarkers)).toBeNull();
  });
});
