import type { Compliance, Draft, Violation } from '../case-decision.schemas.ts';
import type { Category, Language, MarketplaceId } from '../triage.schemas.ts';
import { isAutoNotice, type ShopProfile } from '../shop-profile.schemas.ts';
import {
  findAnnulWords,
  findChineseCancelWords,
  findPersonalContacts,
  findPlaceholders,
  findRebatesOver50,
  findYohoTimings,
  type Finding,
  type Money,
} from './compliance-detectors.ts';
import { findScriptMismatch } from './chinese-script.ts';

/**
 * The compliance check every draft goes through, template or LLM: it reads the
 * text itself, so it catches a rule broken by any wording, and it checks the
 * draft's envelope (who it goes to, how it is sent) against the case.
 */
export interface ComplianceContext {
  marketplace: MarketplaceId | null;
  category: Category;
  /** The case's order reference (`1234567/8910`, `YH2604020264`); null when unknown. */
  orderId: string | null;
  orderAmount: Money | null;
  mail: {
    messageId: string | null;
    /** From and Reply-To addresses of the incoming mail. */
    senderAddresses: string[];
    automated: boolean;
    spoofed: boolean;
  };
  /** Language the buyer wrote in, when known. */
  buyerLanguage: Language | null;
  /** Language the marketplace's customer service wrote in, when the mail is theirs. */
  platformLanguage: Language | null;
  /** Buyer languages the templates cover for this marketplace; a draft in another language is then only a warning. */
  buyerTemplateLanguages?: readonly Language[];
  shop: ShopProfile;
  /** Order, article and tracking numbers of the case (not phone numbers). */
  knownIds: string[];
}

/** Hosts a draft may link to besides the shop's own site. */
const TRUSTED_HOSTS = [
  'rakuten.fr', 'rakuten.com', 'rakuten.net', 'yoho.com.hk', 'yoho.hk',
  'laposte.fr', 'colissimo.fr', 'chronopost.fr', 'sf-express.com', 'hongkongpost.hk', '4px.com', 'dhl.com', 'dhl.fr',
  'ups.com', 'fedex.com', 'gls-group.eu', 'dpd.fr', 'mondialrelay.fr', 'yw56.com.cn', 'cainiao.com', 'yunexpress.com',
];

function hostOf(url: string | null): string[] {
  if (!url) return [];
  const h = url.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0];
  return h ? [h.toLowerCase()] : [];
}

/** The main number of an order reference: the order before `/article`, or the Yoho number. */
export function mainOrderNumber(orderId: string): string {
  return orderId.split('/')[0]!.trim();
}

const COUNTERFEIT_RULE = (m: MarketplaceId | null) => (m === 'yoho_hk' ? 'ALL-APPROVAL' : 'RAK-COUNTERFEIT');
const ORDER_REF_RULE = (m: MarketplaceId | null) => (m === 'yoho_hk' ? 'YOHO-PROMPT' : 'RAK-CS-FORM');

export function checkDraft(draft: Draft, index: number, ctx: ComplianceContext): { errors: Violation[]; warnings: Violation[] } {
  const errors: Violation[] = [];
  const warnings: Violation[] = [];
  const text = `${draft.subject}\n${draft.body}`;
  const add = (into: Violation[], rule: string, f: Finding) => into.push({ rule, draft: index, check: f.check, message: f.message, excerpt: f.excerpt });
  const envelope = (into: Violation[], rule: string, check: string, message: string) => into.push({ rule, draft: index, check, message });

  // RAK-WORDS: any Rakuten draft (customer service may read an English or Chinese draft with French terms) and every French text.
  if (ctx.marketplace === 'rakuten_fr' || draft.language === 'fr') for (const f of findAnnulWords(text)) add(errors, 'RAK-WORDS', f);
  if (ctx.marketplace === 'rakuten_fr' && draft.language.startsWith('zh')) for (const f of findChineseCancelWords(text)) add(warnings, 'RAK-WORDS', f);

  for (const f of findRebatesOver50(text, ctx.orderAmount)) add(errors, 'RAK-REBATE-50', f);

  const contact = ctx.shop.serviceContact;
  for (const f of findPersonalContacts(text, {
    emails: contact.email ? [contact.email] : [],
    phones: contact.phone ? [contact.phone] : [],
    hosts: [...TRUSTED_HOSTS, ...hostOf(contact.website)],
    ids: ctx.knownIds,
  })) add(errors, 'YOHO-MERCHANT-CS', f);

  if (ctx.marketplace === 'yoho_hk') for (const f of findYohoTimings(text)) add(errors, 'YOHO-ENGLISH-PREVAILS', f);

  // A missing order reference: the reader cannot tell which order (Rakuten's form needs it, RAK-CS-FORM).
  if (ctx.orderId) {
    const main = mainOrderNumber(ctx.orderId);
    if (!text.toLowerCase().includes(main.toLowerCase())) {
      envelope(errors, ORDER_REF_RULE(ctx.marketplace), 'missing-order-ref', `the draft does not name order ${ctx.orderId}`);
    }
  } else if (draft.to === 'platform' && !/\[\[/.test(draft.body)) {
    envelope(errors, ORDER_REF_RULE(ctx.marketplace), 'missing-order-ref', 'a message to customer service without an order reference');
  }

  if (draft.send !== 'never') for (const f of findPlaceholders(text)) add(errors, 'ALL-APPROVAL', f);

  const answersMail =
    (draft.inReplyTo != null && draft.inReplyTo === ctx.mail.messageId) ||
    (draft.address != null && ctx.mail.senderAddresses.some((a) => a.toLowerCase() === draft.address!.toLowerCase()));
  if (ctx.mail.automated && answersMail) {
    envelope(errors, 'ALL-THREAD', 'reply-to-automated-mail', 'answers an automatic or bulk mail (RFC 3834): it must not get a reply');
  }
  if (ctx.mail.spoofed && (draft.send !== 'never' || answersMail)) {
    envelope(errors, 'ALL-APPROVAL', 'sendable-to-spoofed', 'the mail is spoofed: nothing may be sent in answer to it');
  }
  if (ctx.category === 'counterfeit' && draft.send !== 'never') {
    envelope(errors, COUNTERFEIT_RULE(ctx.marketplace), 'counterfeit-sendable', 'a counterfeit case is never sent without the merchant writing it (send: never)');
  }
  if (draft.send === 'auto' && !(draft.notice && isAutoNotice(ctx.shop, draft.notice))) {
    envelope(errors, 'ALL-APPROVAL', 'auto-not-allowed', 'only proactive notices the merchant switched to automatic may be sent without approval');
  }

  // ALL-LANGUAGE
  const exempt = [ctx.shop.name, ...Object.values(ctx.shop.displayName), ...Object.values(ctx.shop.signature)].filter((s): s is string => !!s);
  for (const f of findScriptMismatch(draft.body, draft.language, exempt)) add(errors, 'ALL-LANGUAGE', f);
  if (draft.to === 'platform' && ctx.marketplace === 'rakuten_fr') {
    const expected = ctx.platformLanguage?.startsWith('zh') ? 'zh-Hans' : 'fr';
    if (draft.language !== expected) {
      envelope(errors, 'ALL-LANGUAGE', 'platform-language', `Rakuten customer service gets ${expected === 'fr' ? 'French' : 'Chinese (zh-Hans), as it wrote in Chinese'}, not ${draft.language}`);
    }
  }
  if (draft.to === 'buyer' && ctx.buyerLanguage && draft.language !== ctx.buyerLanguage) {
    const covered = ctx.buyerTemplateLanguages?.includes(ctx.buyerLanguage) ?? true;
    envelope(covered ? errors : warnings, 'ALL-LANGUAGE', 'buyer-language', `the buyer wrote in ${ctx.buyerLanguage}; the draft is in ${draft.language}`);
  }
  return { errors, warnings };
}

/** Runs the check on every draft of a case. */
export function checkCompliance(drafts: readonly Draft[], ctx: ComplianceContext): Compliance {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  drafts.forEach((d, i) => {
    const r = checkDraft(d, i, ctx);
    violations.push(...r.errors);
    warnings.push(...r.warnings);
  });
  return { ok: violations.length === 0, violations, ...(warnings.length ? { warnings } : {}) };
}
