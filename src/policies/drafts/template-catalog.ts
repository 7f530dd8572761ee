import type { Language, MarketplaceId } from '../triage.schemas.ts';
import type { Template } from './template-params.ts';
import type { RakutenBuyerTemplate, RakutenPlatformTemplate, YohoBuyerTemplate, YohoPlatformTemplate } from './template-ids.ts';
import { rakutenBuyerFr } from './templates/rakuten-fr.buyer.fr.ts';
import { rakutenBuyerEn } from './templates/rakuten-fr.buyer.en.ts';
import { rakutenBuyerZhHans } from './templates/rakuten-fr.buyer.zh-hans.ts';
import { rakutenBuyerZhHant } from './templates/rakuten-fr.buyer.zh-hant.ts';
import { rakutenPlatformTemplates } from './templates/rakuten-fr.platform.ts';
import { yohoBuyerEn } from './templates/yoho-hk.buyer.en.ts';
import { yohoBuyerZhHant } from './templates/yoho-hk.buyer.zh-hant.ts';
import { yohoBuyerZhHans } from './templates/yoho-hk.buyer.zh-hans.ts';
import { yohoPlatformTemplates } from './templates/yoho-hk.platform.ts';

/** Which template set answers which reader, per language. */
const catalog = {
  rakuten_fr: {
    buyer: { fr: rakutenBuyerFr, en: rakutenBuyerEn, 'zh-Hans': rakutenBuyerZhHans, 'zh-Hant': rakutenBuyerZhHant },
    platform: rakutenPlatformTemplates,
  },
  yoho_hk: {
    buyer: { en: yohoBuyerEn, 'zh-Hant': yohoBuyerZhHant, 'zh-Hans': yohoBuyerZhHans },
    platform: yohoPlatformTemplates,
  },
} as const;

export type TemplateRef =
  | { marketplace: 'rakuten_fr'; to: 'buyer'; id: RakutenBuyerTemplate }
  | { marketplace: 'rakuten_fr'; to: 'platform'; id: RakutenPlatformTemplate }
  | { marketplace: 'yoho_hk'; to: 'buyer'; id: YohoBuyerTemplate }
  | { marketplace: 'yoho_hk'; to: 'platform'; id: YohoPlatformTemplate };

/** Languages each marketplace's buyer templates are written in. */
export const buyerTemplateLanguages: Record<MarketplaceId, readonly Language[]> = {
  rakuten_fr: Object.keys(catalog.rakuten_fr.buyer) as Language[],
  yoho_hk: Object.keys(catalog.yoho_hk.buyer) as Language[],
};

/** The marketplace's fallback when no template exists in the wanted language. */
const fallback: Record<MarketplaceId, Record<'buyer' | 'platform', Language>> = {
  rakuten_fr: { buyer: 'fr', platform: 'fr' },
  yoho_hk: { buyer: 'en', platform: 'en' },
};

/** The template for a reader in a language, or the marketplace's fallback language (`fellBack`). */
export function findTemplate(ref: TemplateRef, language: Language): { template: Template; language: Language; fellBack: boolean } {
  const set = catalog[ref.marketplace][ref.to] as Partial<Record<Language, Record<string, Template>>>;
  const own = set[language]?.[ref.id];
  if (own) return { template: own, language, fellBack: false };
  const fb = fallback[ref.marketplace][ref.to];
  const template = set[fb]?.[ref.id];
  if (!template) throw new Error(`no template ${ref.marketplace}/${ref.to}/${ref.id}`);
  return { template, language: fb, fellBack: true };
}
