// Plain-data builders for the policy tests: a parsed mail and a triage record, no classifier involved.
import { mailInputSchema, type MailInput } from '../../src/policies/mail-input.schemas.ts';
import { triageFactsSchema, type Triage, type TriageFacts } from '../../src/policies/triage.schemas.ts';
import { decideCase } from '../../src/policies/decide-case.ts';
import type { MerchantHints } from '../../src/policies/rules/case-facts.ts';
import { defaultShopProfile, shopProfileSchema, type ShopProfile, type ShopProfileInput } from '../../src/policies/shop-profile.schemas.ts';
import type { CaseDecision, Draft } from '../../src/policies/case-decision.schemas.ts';

export const MAIL_DATE = '2026-03-02T08:48:27.000Z';

export function mail(over: Partial<Omit<MailInput, 'from' | 'replyTo'>> & { from?: string; replyTo?: string } = {}): MailInput {
  const { from, replyTo, ...rest } = over;
  return mailInputSchema.parse({
    from: { address: from ?? 'sender@example.com', name: '' },
    replyTo: replyTo ? [{ address: replyTo, name: '' }] : [],
    to: [{ address: 'sav@shop.example', name: '' }],
    subject: 'Votre commande',
    date: MAIL_DATE,
    messageId: '<m1@example.com>',
    text: '',
    ...rest,
  });
}

export function triage(over: Partial<Omit<Triage, 'facts'>> & { facts?: Partial<TriageFacts> } = {}): Triage {
  const { facts, ...rest } = over;
  return {
    sender: 'buyer',
    marketplace: 'rakuten_fr',
    category: 'general',
    language: 'fr',
    order_id: null,
    tracking_number: null,
    platform_request: null,
    deadline_hours: null,
    confidence: 0.9,
    evidence: [],
    ...rest,
    facts: triageFactsSchema.parse(facts ?? {}),
  };
}

export function shop(over: Omit<Partial<ShopProfileInput>, 'id' | 'name'> = {}): ShopProfile {
  return shopProfileSchema.parse({ id: 'test', name: 'HexiangStore', ...over });
}

export function decide(m: MailInput, t: Triage, s: ShopProfile = defaultShopProfile, hints?: MerchantHints): CaseDecision {
  return decideCase({ mail: m, triage: t, shop: s, ...(hints ? { hints } : {}) });
}

export const texts = (d: CaseDecision) => d.drafts.map((x) => `${x.subject}\n${x.body}`).join('\n---\n');
export const codes = (d: CaseDecision) => d.actions.map((a) => a.code);
export const byTo = (d: CaseDecision, to: Draft['to']) => d.drafts.filter((x) => x.to === to);
