import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../src/policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { decideCase } from '../../src/policies/decide-case.ts';
import { defaultShopProfile } from '../../src/policies/shop-profile.schemas.ts';
import { mail } from './support/mail.ts';

function decide(input: Parameters<typeof mail>[0]) {
  const m = mail(input);
  return decideCase({ mail: m, triage: classifyMessage(m, defaultTriageConfig), shop: defaultShopProfile });
}

describe('a colleague writing about a live case', () => {
  it('gets the rules that apply (YOHO-DELAY-NOTE, YOHO-REFUND-MERCHANT), and no draft', () => {
    const d = decide({
      from: 'Wing Yan <wingyan@shop.example>',
      to: 'team@shop.example',
      subject: 'YH2604090233 仲未出到貨',
      text: '友和張單 YH2604090233 Day To Ship 設咗 2 日，今日已經過咗 4 日，蒸籠布仲喺深圳倉，我冇辦法出貨。係咪要先同客人傾好延遲？',
    });
    expect(d.drafts).toEqual([]);
    expect(d.actions.map((a) => a.rule)).toEqual(['YOHO-DELAY-NOTE', 'YOHO-REFUND-MERCHANT']);
    expect(d.flags).toContain('info-only');
  });

  it.each([
    ['rakuten_fr damaged', 'Pour info, la cliente de la commande Rakuten 1234567890/4455 a reçu la théière cassée, le bec est fêlé à la réception.', ['RAK-REBATE-50', 'RAK-DAMAGED']],
    ['rakuten_fr not as described', 'Le client de la commande Rakuten 1234567890/4455 a reçu la mauvaise taille, au lieu du 42 annoncé.', ['RAK-REBATE-50', 'RAK-NAD']],
  ])('gives every guidance action its rule (%s)', (_name, text, rules) => {
    const d = decide({ from: 'Léa <lea@shop.example>', to: 'team@shop.example', subject: 'Info client', text });
    expect(d.actions.map((a) => a.rule)).toEqual(rules);
  });

  it('without an order stays information only', () => {
    const d = decide({ from: 'Léa <lea@shop.example>', to: 'team@shop.example', subject: 'Retards', text: 'On a du retard sur les expéditions cette semaine, pas encore parti pour plusieurs commandes.' });
    expect(d.actions).toEqual([]);
    expect(d.drafts).toEqual([]);
  });
});
