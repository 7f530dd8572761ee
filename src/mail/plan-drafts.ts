import { randomUUID } from 'node:crypto';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { CaseDecision, Compliance } from '../policies/case-decision.schemas.ts';
import type { NewDraft } from '../store/drafts.repo.ts';
import { resolveRecipient } from './resolve-recipient.ts';
import { normalizeMessageId } from './thread-match.ts';

/** A draft as planned for one decision, before it is tied to its shop, case and message rows. */
export type DraftPlan = Omit<NewDraft, 'shopId' | 'caseId' | 'messageId' | 'mailboxId'>;

export interface PlanInput {
  mail: MailInput;
  triage: Triage;
  decision: CaseDecision;
  automatedReason: string | null;
  /** Address the reply goes out from (its domain names the Message-ID); null when the shop has no mailbox yet. */
  fromAddress: string | null;
  newId?: () => string;
}

/** References of a reply: the parent's references and the parent itself, the most recent 20. */
function replyReferences(mail: Pick<MailInput, 'messageId' | 'references'>): string[] {
  const ids = [...mail.references, mail.messageId].map(normalizeMessageId).filter((v): v is string => !!v);
  return [...new Set(ids)].slice(-20);
}

/** The earliest deadline the decision sets, else the mail's date plus the triage's deadline hours. */
function draftDueAt(mail: MailInput, triage: Triage, decision: CaseDecision): string | null {
  const dues = decision.deadlines.map((d) => Date.parse(d.due)).filter((t) => !Number.isNaN(t));
  if (dues.length > 0) return new Date(Math.min(...dues)).toISOString();
  if (triage.deadline_hours !== null && mail.date) return new Date(Date.parse(mail.date) + triage.deadline_hours * 3_600_000).toISOString();
  return null;
}

/**
 * Turns the core's drafts into what is stored: recipient resolved (relay
 * address, or manual), threading headers and the reply's Message-ID fixed now,
 * so every later attempt sends the very same message.
 */
export function planDrafts({ mail, triage, decision, automatedReason, fromAddress, newId = randomUUID }: PlanInput): DraftPlan[] {
  const domain = fromAddress?.split('@')[1] ?? 'claimdesk.invalid';
  const dueAt = draftDueAt(mail, triage, decision);
  return decision.drafts.map((d, index) => {
    const recipient = resolveRecipient({ to: d.to, mail, triage, automatedReason, suggested: { via: d.via, address: d.address } });
    const violations = decision.compliance.violations.filter((v) => v.draft === index).map((v) => ({ ...v, draft: 0 }));
    const compliance: Compliance = { ok: violations.length === 0, violations };
    const autoApproved = d.send === 'auto' && recipient.delivery === 'smtp' && compliance.ok;
    return {
      recipientRole: d.to,
      toAddress: recipient.delivery === 'smtp' ? recipient.address : null,
      delivery: recipient.delivery,
      manualReason: recipient.delivery === 'manual' ? recipient.reason : null,
      language: d.language,
      subject: d.subject,
      body: d.body,
      sendMode: d.send,
      rules: d.rules,
      source: d.source ?? null,
      compliance,
      outgoingMessageId: `<${newId()}@${domain}>`,
      inReplyTo: normalizeMessageId(d.inReplyTo === undefined ? mail.messageId : d.inReplyTo),
      references: d.references?.length ? d.references : replyReferences(mail),
      dueAt,
      state: autoApproved ? 'approved' : 'pending',
      purpose: d.purpose ?? null,
      attachments: d.attachments ?? [],
    };
  });
}
