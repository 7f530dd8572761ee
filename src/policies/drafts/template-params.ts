import type { Category, Language } from '../triage.schemas.ts';

/**
 * What a template may put in a draft. Every value is validated before it gets
 * here (order and tracking numbers by shape, carriers from a known list, names
 * without digits): templates never see raw mail text.
 */
export interface TemplateParams {
  language: Language;
  /** Order reference as the reader should see it (`6619032847/80112934`, `YH2604020264`). */
  order: string | null;
  tracking: string | null;
  /** Carrier name in the draft's language. */
  carrier: string | null;
  /** Order amount formatted for the draft's language. */
  amount: string | null;
  product: string | null;
  name: string | null;
  signature: string;
  /** The shop's service contact line, when configured. */
  contactLine: string | null;
  returnPaidBy: 'buyer' | 'seller';
  refundMethod: 'fps' | 'card' | 'bank' | null;
  trackingState: 'missing' | 'stalled' | 'recent_update' | 'delivered' | 'returned' | 'lost' | 'held' | null;
  event: 'held' | 'returned' | 'lost' | 'damaged' | 'picked_up' | 'delivered' | 'in_transit' | null;
  category: Category;
  hasPhotos: boolean;
  /** Ship date the merchant committed to, formatted for the language. */
  shipDate: string | null;
  /** Rebate the merchant chose (≤ 50). */
  rebatePercent: number | null;
  /** Whether the goods have left: true, false, or null when nobody said. */
  shipped: boolean | null;
  /** The draft answers the reader's own message (else it opens the conversation, e.g. after a platform notice). */
  replying: boolean;
}

export interface Rendered {
  subject: string;
  body: string;
}
export type Template = (p: TemplateParams) => Rendered;

/** A part the merchant must fill in: the draft is then never sendable as it is. */
export const ph = (label: string) => `[[${label}]]`;

/** Lines joined with blank lines between paragraphs; empty paragraphs dropped. */
export function paragraphs(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}
