import { z } from 'zod';
import { languages } from './triage.schemas.ts';

/**
 * What the policy handlers decide for one triaged mail: drafts, actions for the
 * merchant, deadlines, flags and the compliance result. The shape is the one of
 * the `draft` command contract (`../shared/eval/CONTRACT.md`).
 */
export const sendModes = ['approval', 'auto', 'never'] as const;

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
});
export type Draft = z.infer<typeof draftSchema>;

export const actionSchema = z.object({ rule: z.string(), text: z.string() });
export type Action = z.infer<typeof actionSchema>;

export const deadlineSchema = z.object({
  rule: z.string(),
  /** ISO 8601, computed from the mail's Date header. */
  due: z.string(),
  /** ISO 8601: when to warn the merchant before `due`. */
  warnAt: z.string().optional(),
  label: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const violationSchema = z.object({
  rule: z.string(),
  /** Index in `drafts` of the draft at fault. */
  draft: z.number().int().nonnegative(),
  message: z.string(),
  excerpt: z.string().optional(),
});
export type Violation = z.infer<typeof violationSchema>;

export const complianceSchema = z.object({
  ok: z.boolean(),
  violations: z.array(violationSchema),
});
export type Compliance = z.infer<typeof complianceSchema>;

export const caseDecisionSchema = z.object({
  drafts: z.array(draftSchema),
  actions: z.array(actionSchema),
  deadlines: z.array(deadlineSchema),
  flags: z.array(z.string()),
  compliance: complianceSchema,
});
export type CaseDecision = z.infer<typeof caseDecisionSchema>;
