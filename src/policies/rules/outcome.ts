import type { Action, Deadline, Draft, SendMode } from '../case-decision.schemas.ts';
import type { MailInput } from '../mail-input.schemas.ts';
import type { Language } from '../triage.schemas.ts';
import { isAutoNotice, shopSignature, type NoticeKind, type ShopProfile } from '../shop-profile.schemas.ts';
import { deadlineAt, deadlineFrom } from '../deadlines.ts';
import { findAnnulWords, findPersonalContacts, findRebatesOver50, findYohoTimings, PLACEHOLDER } from '../drafts/compliance-detectors.ts';
import { findTemplate, type TemplateRef } from '../drafts/template-catalog.ts';
import type { TemplateParams } from '../drafts/template-params.ts';
import { contactLine } from '../drafts/phrases.ts';
import { formatDay, formatMoney, spaceIdentifiers } from '../drafts/format.ts';
import { makeAction, type ActionCode } from './action-catalog.ts';
import { attachmentLabels, deadlineLabels, purposes, type Attachment, type DeadlineLabel, type Purpose } from './merchant-labels.ts';
import { carriers } from './identifiers.ts';
import type { CaseFacts } from './case-facts.ts';

/** A draft as a handler asks for it; the outcome turns it into a `Draft` with its envelope. */
export type DraftSpec = TemplateRef extends infer R
  ? R extends TemplateRef
    ? Omit<R, 'marketplace'> & {
        rules: string[];
        purpose: Purpose;
        /** Answers the incoming mail in its thread (ALL-THREAD), rather than a new message to this reader. */
        reply: boolean;
        send?: SendMode;
        notice?: NoticeKind;
        attachments?: Attachment[];
        params?: Partial<TemplateParams>;
      }
    : never
  : never;

export interface Outcome {
  handler: string;
  drafts: Draft[];
  actions: Action[];
  deadlines: Deadline[];
  flags: string[];
  notes: string[];
}

/** Collects what a handler decides and renders its drafts; one per case. */
export function createOutcome(mail: MailInput, facts: CaseFacts, shop: ShopProfile) {
  const lang = shop.merchantLanguage;
  const drafts: Draft[] = [];
  const actions: Action[] = [];
  const deadlines: Deadline[] = [];
  const flags = new Set<string>();
  const notes: string[] = [];
  let handler = 'none';

  const replyHeaders = () => ({
    inReplyTo: mail.messageId,
    references: [...mail.references, ...(mail.messageId ? [mail.messageId] : [])],
  });

  const replySubject = (fallback: string): string => {
    const original = mail.subject.trim();
    if (!original || original.length > 160) return fallback;
    const ids = [facts.order?.display, facts.tracking].filter((x): x is string => !!x);
    if (findPersonalContacts(original, { emails: [], phones: [], hosts: [], ids }).length) return fallback;
    // The buyer's words echoed in our subject count as ours: a demanded "80% refund" or a wrong term must not appear there.
    if (findAnnulWords(original).length || findRebatesOver50(original, null).length) return fallback;
    if (facts.marketplace === 'yoho_hk' && findYohoTimings(original).length) return fallback;
    // Keep the subject so the reply threads (Rakuten asks « ne pas modifier l'objet »); an unsafe one is replaced above.
    return /^(re|aw|sv|回复|回覆|答复)\s*[:：]/i.test(original) ? original : `Re: ${original}`;
  };

  function params(language: Language, to: 'buyer' | 'platform', extra: Partial<TemplateParams> = {}): TemplateParams {
    const rebate = facts.hints.rebatePercent;
    const ship = facts.hints.expectedShipDate;
    return {
      language,
      order: facts.order?.display ?? null,
      tracking: facts.tracking,
      carrier: facts.carrier ? carriers[facts.carrier].label[language] : null,
      amount: facts.amount ? formatMoney(facts.amount, language) : null,
      // A product name written in Chinese stays out of a French or English draft, and the reverse does no harm.
      product: facts.productName && (language.startsWith('zh') || !/[\u3400-\u9fff]/.test(facts.productName)) ? facts.productName : null,
      name: to === 'buyer' ? facts.buyerName : null,
      signature: shopSignature(shop, language),
      contactLine: to === 'buyer' ? contactLine(language, shop.serviceContact.email, shop.serviceContact.phone) : null,
      returnPaidBy: shop.returnShippingPaidBy,
      refundMethod: facts.refundMethod,
      trackingState: facts.trackingState,
      event: facts.carrierEvent,
      category: facts.category,
      hasPhotos: facts.hasPhotos,
      shipDate: ship ? formatDay(ship, language) : null,
      rebatePercent: rebate !== undefined && rebate > 0 && rebate <= 50 ? rebate : null,
      replying: true,
      shipped: facts.shipped,
      ...extra,
    };
  }

  return {
    facts,
    shop,
    mail,
    setHandler(name: string) {
      handler = name;
    },
    flag(...f: string[]) {
      for (const x of f) flags.add(x);
    },
    act(code: ActionCode, vars: Readonly<Record<string, string | number>> = {}) {
      if (actions.some((a) => a.code === code)) return;
      actions.push(makeAction(code, lang, vars));
    },
    note(code: ActionCode, vars: Readonly<Record<string, string | number>> = {}) {
      const text = makeAction(code, lang, vars).text;
      if (!notes.includes(text)) notes.push(text);
    },
    /** A deadline counted from the mail's Date: the hours the mail states, else the rule's. */
    deadline(rule: string, ruleHours: number | null, label: DeadlineLabel) {
      const hours = facts.statedHours ?? ruleHours;
      if (hours === null) return;
      const d = deadlineFrom(facts.mailDate, { rule, hours, label: deadlineLabels[label][lang], basis: facts.statedHours !== null ? 'mail' : 'rule' }, shop.deadlineWarningHours);
      if (d) deadlines.push(d);
      else if (!flags.has('no-mail-date')) {
        flags.add('no-mail-date');
        this.act('no-mail-date');
      }
    },
    deadlineOn(due: string, rule: string, label: DeadlineLabel) {
      deadlines.push(deadlineAt(due, rule, deadlineLabels[label][lang], facts.mailDate, shop.deadlineWarningHours));
    },
    draft(spec: DraftSpec) {
      const marketplace = facts.marketplace;
      if (!marketplace || facts.spoofed) return;
      const wanted = spec.to === 'buyer' ? facts.buyerLanguage : facts.platformLanguage;
      const found = findTemplate({ marketplace, to: spec.to, id: spec.id } as TemplateRef, wanted);
      if (found.fellBack) flags.add('language-fallback');
      const raw = found.template(params(found.language, spec.to, { replying: spec.reply, ...spec.params }));
      const rendered = found.language.startsWith('zh') ? { subject: spaceIdentifiers(raw.subject), body: spaceIdentifiers(raw.body) } : raw;
      const placeholders = [...rendered.body.matchAll(PLACEHOLDER)].map((m) => m[1]!);

      const answersByMail = spec.reply && !facts.automated && !facts.replyBlocked;
      // The answer would go to an automatic mail (RFC 3834): it goes through the marketplace's own channel instead.
      if (spec.reply && facts.automated) flags.add('reply-to-automated-mail');
      const address = answersByMail ? (facts.replyAddress ?? mail.replyTo[0]?.address ?? mail.from?.address ?? null) : null;
      let send: SendMode = spec.send ?? 'approval';
      if (send === 'approval' && spec.notice && isAutoNotice(shop, spec.notice)) send = 'auto';
      if (placeholders.length || facts.category === 'counterfeit') send = 'never';

      const rules = new Set(spec.rules);
      if (found.language === 'fr' && marketplace === 'rakuten_fr') rules.add('RAK-WORDS');
      rules.add('ALL-LANGUAGE');
      if (answersByMail) rules.add('ALL-THREAD');
      rules.add('ALL-APPROVAL');

      drafts.push({
        to: spec.to,
        language: found.language,
        subject: answersByMail ? replySubject(rendered.subject) : rendered.subject,
        body: rendered.body,
        send,
        rules: [...rules],
        source: `${marketplace}.${spec.to}.${spec.id}@1`,
        purpose: purposes[spec.purpose][lang],
        notice: spec.notice ?? null,
        via: answersByMail ? 'email' : spec.to === 'buyer' ? 'marketplace_messaging' : 'contact_form',
        address,
        ...(answersByMail ? replyHeaders() : { inReplyTo: null, references: [] }),
        attachments: (spec.attachments ?? []).map((a) => attachmentLabels[a][lang]),
        placeholders,
      });
      if (send === 'never') flags.add('manual-send');
    },
    result(): Outcome {
      return { handler, drafts, actions, deadlines, flags: [...flags], notes };
    },
  };
}

export type OutcomeBuilder = ReturnType<typeof createOutcome>;
