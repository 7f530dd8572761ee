/** Template names per marketplace and reader. Each language module must provide all of its set. */

export const rakutenBuyerTemplates = [
  'nonrecu',
  'claim',
  'counterfeit',
  'withdraw-unshipped',
  'withdraw-shipped',
  'late-ship',
  'late-cannot-ship',
  'warranty',
  'notice-logistics',
  'notice-shipping',
] as const;
export type RakutenBuyerTemplate = (typeof rakutenBuyerTemplates)[number];

export const rakutenPlatformTemplates = [
  'tracking',
  'carrier-status',
  'proof-of-delivery',
  'documents',
  'withdraw-cs',
  'warranty-settled',
  'counterfeit-documents',
] as const;
export type RakutenPlatformTemplate = (typeof rakutenPlatformTemplates)[number];

export const yohoBuyerTemplates = [
  'nonrecu',
  'claim',
  'counterfeit',
  'withdraw-unshipped',
  'withdraw-return',
  'late-delay',
  'late-refund',
  'refund-confirm',
  'refund-keep',
  'warranty',
  'notice-logistics',
  'notice-shipping',
] as const;
export type YohoBuyerTemplate = (typeof yohoBuyerTemplates)[number];

export const yohoPlatformTemplates = ['carrier-status', 'counterfeit-documents'] as const;
export type YohoPlatformTemplate = (typeof yohoPlatformTemplates)[number];

export type TemplateId = RakutenBuyerTemplate | RakutenPlatformTemplate | YohoBuyerTemplate | YohoPlatformTemplate;
