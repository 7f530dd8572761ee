import { z } from 'zod';
import { languages } from './triage.schemas.ts';

/**
 * What the policy handlers decide for one triaged mail: drafts, actions for the
 * merchant, deadlines, flags and the compliance result. The shape is the one of
 * the `draft` command contract (`../shared/eval/CONTRACT.md`); fields beyond the
 * contract are optional so older records still parse.
 */
export const sendModes = ['approval', 'auto', 'never'] as const;
export type SendMode = (typeof sendModes)[number];

/** How a draft reaches its reader: a mail reply, the marketplace's messaging (paste in the seller centre), or its contact form. */
export const deliveryChannels = ['email', 'marketplace_messaging', 'contact_form'] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

export const draftSchema = z.object({
  /** `buyer`, or `platform` (the marketplace's customer service). */
  to: z.enum(['buyer', 'platform']),
  language: z.enum(languages),
  subject: z.string().min(1),
  body: z.string().min(1),
  /** `approval` waits for the merchant; `auto` only for notices switched to automatic; `never` the merchant must write it. */
  send: z.enum(sendModes),
  /** POLICIES.md rule ids the draft applies. */
  rules: z.array(z.string()),
  /** Template or prompt that produced the text, with its version (`rakuten-fr.withdrawal.buyer@1`). */
  source: z.string().optional(),
  /** What the draft is for, in the merchant's language ("Reply to the buyer", "If you cannot ship: …"). */
  purpose: z.string().optional(),
  /** Proactive notice kind (RAK-NOTIFY); only these may be `auto`, and only when the shop switched them on. */
  notice: z.enum(['shipping', 'delay', 'logistics']).nullable().optional(),
  via: z.enum(deliveryChannels).optional(),
  /** Recipient address when the draft goes by mail (relay address, Reply-To); null: paste it in the marketplace. */
  address: z.string().nullable().optional(),
  /** Message-ID this draft answers (ALL-THREAD); null when it starts a new conversation. */
  inReplyTo: z.string().nullable().optional(),
  references: z.array(z.string()).optional(),
  /** Documents the merchant must attach before sending, in the merchant's language. */
  attachments: z.array(z.string()).optional(),
  /** Parts the merchant must fill (`[[…]]` in the body); such a draft is never sendable as is. */
  placeholders: z.array(z.string()).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

export const actionSchema = z.object({
  rule: z.string(),
  /** In the merchant's language. */
  text: z.string(),
  /** Stable kebab-case code for bots and tests (`upload-tracking`). */
  code: z.string().optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const deadlineSchema = z.object({
  rule: z.string(),
  /** ISO 8601, computed from the mail's Date header. */
  due: z.string(),
  /** ISO 8601: when to warn the merchant before `due`. */
  warnAt: z.string().optional(),
  label: z.string().optional(),
  /** Hours from the mail's Date, and whether the mail stated them or the rule supplied them. */
  hours: z.number().optional(),
  basis: z.enum(['mail', 'rule', 'date-in-mail']).optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const violationSchema = z.object({
  rule: z.string(),
  /** Index in `drafts` of the draft at fault. */
  draft: z.number().int().nonnegative(),
  message: z.string(),
  excerpt: z.string().optional(),
  /** Stable kebab-case name of the check (`annul-word`, `rebate-over-50`, `personal-phone`, …). */
  check: z.string().optional(),
});
export type Violation = z.infer<typeof violationSchema>;

export const complianceSchema = z.object({
  ok: z.boolean(),
  violations: z.array(violationSchema),
  /** Findings a human should look at but that do not block (e.g. a Chinese 取消 in a Rakuten draft). */
  warnings: z.array(violationSchema).optional(),
});
export type Compliance = z.infer<typeof complianceSchema>;

export const caseDecisionSchema = z.object({
  drafts: z.array(draftSchema),
  actions: z.array(actionSchema),
  deadlines: z.array(deadlineSchema),
  flags: z.array(z.string()),
  compliance: complianceSchema,
  /** One line for the merchant, in the merchant's language. */
  summary: z.string().optional(),
  /** Information for the merchant that asks nothing (platform notices, verdicts). */
  notes: z.array(z.string()).optional(),
  /** Handler that decided (`rakuten_fr/non_recu/platform`). */
  handler: z.string().optional(),
});
export type CaseDecision = z.infer<typeof caseDecisionSchema>;

/**
 * The flags a decision may carry: a stable, documented vocabulary (bots, filters
 * and stored cases rely on these names). A new flag is added here first.
 */
export const caseFlags = {
  'registered-mail-required': 'RAK-REGISTERED: the order value needed registered mail ("Recommandé") from where it shipped',
  'registered-mail-missing': 'RAK-REGISTERED: it needed registered mail and the tracking number shows it was not: a Non Reçu complaint is lost',
  'registered-mail-unknown': 'RAK-REGISTERED: the order value is unknown; check it against 200 / 60 EUR',
  'nonrecu-rejected': 'RAK-NONRECU (a): customer service rejected the claim on a recent tracking update',
  'nonrecu-tracking-missing': 'RAK-NONRECU (b): no tracking was uploaded',
  'nonrecu-tracking-stalled': 'RAK-NONRECU (c): the tracking has no recent update',
  'nonrecu-delivery-contested': 'RAK-NONRECU: tracking says delivered, the buyer says not; proof of delivery asked',
  'buyer-window-72h': 'RAK-BUYER-72H: the 72 h to agree with the buyer are running',
  'counterfeit': 'RAK-COUNTERFEIT: a counterfeit matter; every draft is send: never',
  'withdrawal-before-shipment': 'RAK-WITHDRAW-UNSHIPPED: the buyer withdraws before shipment',
  'buyer-said-annuler': 'RAK-WORDS: the buyer wrote a form of "annuler"; handled as a rétractation',
  'shipment-status-unknown': 'the mail does not say whether the goods left; the draft does not assume it',
  'past-ship-by': 'RAK-SHIP-48H / YOHO-DAY-TO-SHIP: the order is past its ship-by time',
  'alternative-drafts': 'several drafts are alternatives: send one of them',
  'article-number-missing': 'RAK-CS-FORM: the article number (after "/") is missing for customer service',
  'order-reference-missing': 'no usable order reference in the mail',
  'order-reference-unverified': 'the triage gave an order reference of an impossible shape; it was not used',
  'spoofed-sender': 'the sender impersonates a marketplace or carrier: nothing is drafted',
  'off-platform-request': 'the writer asks to pay, be paid or talk outside the marketplace (messaging app, money transfer, personal number): never agree; answer only through the marketplace',
  'assistant-instructions-ignored': 'the mail holds text addressed to an automated assistant (prompt injection); it was ignored: read the mail yourself',
  'automated-mail': 'an automatic or bulk mail (RFC 3834): never answered',
  'reply-to-automated-mail': 'the answer would have gone to an automatic mail; it goes through the marketplace instead',
  'info-only': 'information for the merchant; nothing to answer',
  'logistics-notice': 'RAK-NOTIFY: a logistics-problem notice to the buyer is drafted',
  'shipping-notice': 'RAK-NOTIFY: a shipping notice to the buyer is drafted',
  'manual-send': 'at least one draft is send: never (placeholders to fill, counterfeit, or blocked)',
  'auto-send': 'at least one proactive notice goes automatically (the merchant switched it on)',
  'compliance-blocked': 'the compliance check faulted a draft; it was turned to send: never',
  'language-fallback': 'ALL-LANGUAGE: no template in the reader\'s language; the marketplace language was used',
  'low-confidence': 'the triage is unsure; check the category before using a draft',
  'no-mail-date': 'no readable Date header: no deadline could be computed',
} as const;
export type CaseFlag = keyof typeof caseFlags;
