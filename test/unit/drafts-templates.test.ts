import { describe, expect, it } from 'vitest';
import { findTemplate, buyerTemplateLanguages, type TemplateRef } from '../../src/policies/drafts/template-catalog.ts';
import { rakutenBuyerTemplates, rakutenPlatformTemplates, yohoBuyerTemplates, yohoPlatformTemplates } from '../../src/policies/drafts/template-ids.ts';
import type { TemplateParams } from '../../src/policies/drafts/template-params.ts';
import { checkDraft, type ComplianceContext } from '../../src/policies/drafts/compliance.ts';
import { findAnnulWords, findYohoTimings } from '../../src/policies/drafts/compliance-detectors.ts';
import { spaceIdentifiers } from '../../src/policies/drafts/format.ts';
import { defaultShopProfile } from '../../src/policies/shop-profile.schemas.ts';
import type { Language } from '../../src/policies/triage.schemas.ts';

/**
 * Every template, in every language it exists in, under every variant its
 * parameters select: it renders without a hole, names the order, and passes
 * the compliance check it will meet in production.
 */

type Ref = TemplateRef;
const refs: { ref: Ref; languages: Language[] }[] = [
  ...rakutenBuyerTemplates.map((id) => ({ ref: { marketplace: 'rakuten_fr', to: 'buyer', id } as Ref, languages: ['fr', 'en', 'zh-Hans', 'zh-Hant'] as Language[] })),
  ...rakutenPlatformTemplates.map((id) => ({ ref: { marketplace: 'rakuten_fr', to: 'platform', id } as Ref, languages: ['fr', 'zh-Hans'] as Language[] })),
  ...yohoBuyerTemplates.map((id) => ({ ref: { marketplace: 'yoho_hk', to: 'buyer', id } as Ref, languages: ['en', 'zh-Hant', 'zh-Hans'] as Language[] })),
  ...yohoPlatformTemplates.map((id) => ({ ref: { marketplace: 'yoho_hk', to: 'platform', id } as Ref, languages: ['en', 'zh-Hant'] as Language[] })),
];

const order = (m: string) => (m === 'yoho_hk' ? 'YH2604020264' : '3308471/22910');
const base = (language: Language, marketplace: string): TemplateParams => ({
  language,
  order: order(marketplace),
  tracking: 'LX201938474CN',
  carrier: 'La Poste',
  amount: null,
  product: null,
  name: null,
  signature: 'HexiangStore',
  contactLine: null,
  returnPaidBy: 'buyer',
  refundMethod: null,
  trackingState: null,
  event: null,
  category: 'damaged',
  hasPhotos: false,
  shipDate: null,
  rebatePercent: null,
  replying: true,
  shipped: null,
});

const variants: Partial<TemplateParams>[] = [
  {},
  { order: null, tracking: null, carrier: null },
  { name: 'Marie Dupont', product: 'Lampe de bureau LED', hasPhotos: true },
  { category: 'not_as_described', replying: false, shipped: false, refundMethod: 'card' },
  { shipDate: '12 mars 2026', rebatePercent: 30, returnPaidBy: 'seller', refundMethod: 'fps', shipped: true },
  ...(['missing', 'stalled', 'recent_update', 'delivered', 'returned', 'lost', 'held'] as const).map((trackingState) => ({ trackingState })),
  ...(['held', 'returned', 'lost', 'damaged'] as const).map((event) => ({ event })),
];

const ctx = (marketplace: 'rakuten_fr' | 'yoho_hk', to: 'buyer' | 'platform', language: Language, orderId: string | null): ComplianceContext => ({
  marketplace,
  category: 'damaged',
  orderId,
  orderAmount: null,
  mail: { messageId: '<m@x>', senderAddresses: [], automated: false, spoofed: false },
  buyerLanguage: to === 'buyer' ? language : null,
  platformLanguage: to === 'platform' ? language : null,
  buyerTemplateLanguages: buyerTemplateLanguages[marketplace],
  shop: defaultShopProfile,
  knownIds: orderId ? [orderId, 'LX201938474CN'] : ['LX201938474CN'],
});

describe('templates', () => {
  for (const { ref, languages } of refs) {
    for (const language of languages) {
      it(`${ref.marketplace}/${ref.to}/${ref.id} in ${language}`, () => {
        const found = findTemplate(ref, language);
        expect(found.fellBack).toBe(false);
        for (const v of variants) {
          const p = { ...base(language, ref.marketplace), ...v };
          const raw = found.template(p);
          const r = language.startsWith('zh') ? { subject: spaceIdentifiers(raw.subject), body: spaceIdentifiers(raw.body) } : raw;
          const text = `${r.subject}\n${r.body}`;
          expect(text).not.toMatch(/undefined|null|NaN|\$\{|\{\w+\}/);
          expect(r.body).toContain('HexiangStore');
          if (p.order) expect(text).toContain(p.order.split('/')[0]);
          expect(findAnnulWords(text)).toEqual([]);
          expect(findYohoTimings(text)).toEqual([]);
          const placeholders = /\[\[/.test(r.body);
          const res = checkDraft(
            { to: ref.to, language, subject: r.subject, body: r.body, send: placeholders ? 'never' : 'approval', rules: [] },
            0,
            ctx(ref.marketplace, ref.to, language, p.order),
          );
          expect(res.errors, `${JSON.stringify(v)}\n${r.body}`).toEqual([]);
        }
      });
    }
  }

  it('Rakuten buyer templates exist in French, English and both Chinese scripts; Yoho in English and both scripts', () => {
    expect([...buyerTemplateLanguages.rakuten_fr].sort()).toEqual(['en', 'fr', 'zh-Hans', 'zh-Hant']);
    expect([...buyerTemplateLanguages.yoho_hk].sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
  });

  it('falls back to the marketplace language where no template exists (a French buyer on Yoho)', () => {
    expect(findTemplate({ marketplace: 'yoho_hk', to: 'buyer', id: 'claim' }, 'fr')).toMatchObject({ language: 'en', fellBack: true });
  });

  it('the seed’s withdrawal sentence, without its « annuler »', () => {
    const body = findTemplate({ marketplace: 'rakuten_fr', to: 'buyer', id: 'withdraw-unshipped' }, 'fr').template(base('fr', 'rakuten_fr')).body;
    expect(body).toContain('En tant que vendeur professionnel, il ne nous est pas possible de mettre fin nous-mêmes à la commande.');
    expect(body).toContain('contacter directement le service client de Rakuten pour demander la rétractation de votre côté');
  });
});
