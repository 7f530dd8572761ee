import type { Compliance, Draft } from '../policies/case-decision.schemas.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import { checkCaseDrafts } from '../policies/decide-case.ts';
import type { StoredDraft } from '../store/drafts.repo.ts';

export interface RecheckInput {
  draft: Pick<StoredDraft, 'recipientRole' | 'language' | 'subject' | 'body' | 'sendMode' | 'rules' | 'source' | 'inReplyTo' | 'toAddress' | 'delivery'>;
  mail: MailInput;
  triage: Triage;
  automated: boolean;
  shop: ShopProfile;
}

/** The core's compliance check, run again on a draft the merchant edited. */
export function recheckDraft(input: RecheckInput): Compliance {
  const d = input.draft;
  const draft: Draft = {
    to: d.recipientRole,
    language: d.language as Draft['language'],
    subject: d.subject,
    body: d.body,
    send: d.sendMode,
    rules: d.rules,
    ...(d.source ? { source: d.source } : {}),
    inReplyTo: d.inReplyTo,
    address: d.toAddress,
    ...(d.delivery === 'smtp' ? { via: 'email' as const } : {}),
  };
  // The same check, in the same context, as when the handlers drafted it (decideCase); the
  // ingestion's own RFC 3834 verdict counts too.
  const triage = input.automated && !input.triage.facts.automated ? { ...input.triage, facts: { ...input.triage.facts, automated: true } } : input.triage;
  return checkCaseDrafts({ mail: input.mail, triage, shop: input.shop }, [draft]);
}
