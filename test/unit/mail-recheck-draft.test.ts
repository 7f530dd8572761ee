import { describe, expect, it } from 'vitest';
import { recheckDraft } from '../../src/mail/recheck-draft.ts';
import { classifyMessage } from '../../src/policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { decideCase } from '../../src/policies/decide-case.ts';
import { defaultShopProfile } from '../../src/policies/shop-profile.schemas.ts';
import { mail } from './support/mail.ts';

// A merchant's edit goes through the same compliance check as the handlers' draft.
const m = mail({
  from: 'Rakuten - Messagerie <messagerie@fr.shopping.rakuten.com>',
  replyTo: 'acheteur-3308471-q7k2@fr.shopping.rakuten.com',
  subject: 'Nouveau message concernant la commande n° 3308471',
  text: "Vous avez reçu un nouveau message de votre acheteur marie78 concernant la commande n° 3308471 (article n° 22910).\n---------- Message de l'acheteur ----------\nBonjour, je voudrais annuler ma commande, j'ai commandé trop vite. Le colis n'est pas encore parti.\n------------------------------",
});
const triage = classifyMessage(m, defaultTriageConfig);
const decision = decideCase({ mail: m, triage, shop: defaultShopProfile });
const buyerDraft = decision.drafts.find((d) => d.to === 'buyer')!;

function stored(body: string) {
  return {
    recipientRole: buyerDraft.to,
    language: buyerDraft.language,
    subject: buyerDraft.subject,
    body,
    sendMode: buyerDraft.send,
    rules: buyerDraft.rules,
    source: buyerDraft.source ?? null,
    inReplyTo: m.messageId,
    toAddress: 'acheteur-3308471-q7k2@fr.shopping.rakuten.com',
    delivery: 'smtp' as const,
  };
}

describe('recheckDraft', () => {
  it('passes the handlers’ own draft', () => {
    expect(recheckDraft({ draft: stored(buyerDraft.body), mail: m, triage, automated: false, shop: defaultShopProfile })).toEqual({ ok: true, violations: [] });
  });

  it.each([
    ['the seller-side word "annuler"', 'Bonjour, nous allons annuler votre commande 3308471/22910.'],
    ['a rebate above 50 %', 'Bonjour, pour la commande 3308471/22910 nous vous proposons un rabais de 80 %.'],
    ['a personal phone number', 'Bonjour, pour la commande 3308471/22910 appelez-moi au 06 12 34 56 78.'],
  ])('catches %s in an edited draft', (_what, body) => {
    const r = recheckDraft({ draft: stored(body), mail: m, triage, automated: false, shop: defaultShopProfile });
    expect(r.ok).toBe(false);
    expect(r.violations.length).toBeGreaterThan(0);
  });

  it('refuses any sendable reply to mail the ingestion found automatic', () => {
    const r = recheckDraft({ draft: stored(buyerDraft.body), mail: m, triage, automated: true, shop: defaultShopProfile });
    expect(r.ok).toBe(false);
  });
});
