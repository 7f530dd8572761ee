import type { MailInput } from './mail-input.schemas.ts';
import type { Triage } from './triage.schemas.ts';
import type { ShopProfile } from './shop-profile.schemas.ts';
import type { CaseDecision, Draft } from './case-decision.schemas.ts';
import { buildCaseFacts, type CaseFacts, type MerchantHints } from './rules/case-facts.ts';
import { createOutcome, type OutcomeBuilder } from './rules/outcome.ts';
import { applyRakutenRules } from './rules/rakuten-fr.rules.ts';
import { applyYohoRules } from './rules/yoho-hk.rules.ts';
import { handleCarrier, handleOther, handleSpoofed } from './rules/common.rules.ts';
import { checkCompliance, type ComplianceContext } from './drafts/compliance.ts';
import { buyerTemplateLanguages } from './drafts/template-catalog.ts';
import { categoryNames, marketplaceNames, senderNames } from './rules/merchant-labels.ts';

export interface CaseInput {
  mail: MailInput;
  triage: Triage;
  shop: ShopProfile;
  /** What the merchant already told about the case (ship date, rebate, counterfeit sales and stock). */
  hints?: MerchantHints;
}

/** Below this triage confidence the merchant is told to check the category first. */
const LOW_CONFIDENCE = 0.5;

function route(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.spoofed) return handleSpoofed(o);
  if (f.sender === 'other') return handleOther(o);
  if (f.sender === 'carrier') return handleCarrier(o);
  if (f.marketplace === 'rakuten_fr') return applyRakutenRules(o);
  if (f.marketplace === 'yoho_hk') return applyYohoRules(o);
  o.setHandler('common/no-marketplace');
  o.act('general-answer-yourself');
}

/** Flags about the case itself, whatever the handler. */
function caseFlags(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.automated) o.flag('automated-mail');
  if (f.instructionsToAssistant) o.flag('assistant-instructions-ignored');
  if (f.offPlatform && !f.spoofed) o.flag('off-platform-request');
  if (f.orderUnverified) o.flag('order-reference-unverified');
  const claimLike = f.category !== 'general' && f.request !== 'info_only' && f.request !== 'remove_listings' && (f.sender === 'buyer' || f.sender === 'platform');
  if (claimLike && !f.order && !f.spoofed) {
    o.flag('order-reference-missing');
    o.act('order-missing', { rule: f.marketplace === 'yoho_hk' ? 'YOHO-PROMPT' : 'RAK-CS-FORM' });
  }
  if (f.confidence < LOW_CONFIDENCE && !f.spoofed) {
    o.flag('low-confidence');
    o.act('low-confidence');
  }
}

export function complianceContext(mail: MailInput, facts: CaseFacts, shop: ShopProfile): ComplianceContext {
  return {
    marketplace: facts.marketplace,
    category: facts.category,
    orderId: facts.order?.display ?? null,
    orderAmount: facts.amount,
    mail: {
      messageId: mail.messageId,
      senderAddresses: [mail.from?.address, ...mail.replyTo.map((a) => a.address)].filter((a): a is string => !!a),
      automated: facts.automated,
      spoofed: facts.spoofed,
    },
    buyerLanguage: facts.buyerLanguageKnown ? facts.buyerLanguage : null,
    platformLanguage: facts.sender === 'platform' ? facts.language : null,
    ...(facts.marketplace ? { buyerTemplateLanguages: buyerTemplateLanguages[facts.marketplace] } : {}),
    shop,
    knownIds: [facts.order?.display, facts.order?.order, facts.order?.article, facts.tracking].filter((x): x is string => !!x),
  };
}

function summaryOf(facts: CaseFacts, shop: ShopProfile, firstAction: string | undefined): string {
  const lang = shop.merchantLanguage;
  const market = marketplaceNames[facts.marketplace ?? 'none'][lang];
  const head = `${market} · ${categoryNames[facts.category][lang]} · ${senderNames[facts.sender][lang]}${facts.order ? ` · ${facts.order.display}` : ''}`;
  return firstAction ? `${head}: ${firstAction}` : head;
}

/**
 * Decides what one triaged mail needs: drafts in the right language under the
 * marketplace's rules, the merchant's actions, the deadlines from the mail's
 * Date, flags, and the compliance check of every draft. Pure: no clock, no I/O.
 * A draft the check faults is downgraded to `send: never` (flag `compliance-blocked`).
 */
export function decideCase(input: CaseInput): CaseDecision {
  const { mail, triage, shop } = input;
  const facts = buildCaseFacts(mail, triage, shop, input.hints ?? {});
  const o = createOutcome(mail, facts, shop);
  route(o);
  caseFlags(o);
  const r = o.result();
  const compliance = checkCompliance(r.drafts, complianceContext(mail, facts, shop));
  const faulted = new Set(compliance.violations.map((v) => v.draft));
  const drafts: Draft[] = r.drafts.map((d, i) => (faulted.has(i) ? { ...d, send: 'never' } : d));
  const flags = new Set(r.flags);
  if (faulted.size) flags.add('compliance-blocked');
  if (drafts.some((d) => d.send === 'never')) flags.add('manual-send');
  if (drafts.some((d) => d.send === 'auto')) flags.add('auto-send');
  return {
    drafts,
    actions: r.actions,
    deadlines: r.deadlines,
    flags: [...flags],
    compliance,
    summary: summaryOf(facts, shop, r.actions[0]?.text ?? r.notes[0]),
    notes: r.notes,
    handler: r.handler,
  };
}

/**
 * The compliance check for drafts written elsewhere (an LLM, the merchant's
 * edit) against the same case: the rules do not depend on who wrote the text.
 */
export function checkCaseDrafts(input: CaseInput, drafts: readonly Draft[]): CaseDecision['compliance'] {
  const facts = buildCaseFacts(input.mail, input.triage, input.shop, input.hints ?? {});
  return checkCompliance(drafts, complianceContext(input.mail, facts, input.shop));
}
