import type { Compliance, Draft } from '../policies/case-decision.schemas.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import { checkDraft, mainOrderNumber, type ComplianceContext } from '../policies/drafts/compliance.ts';
import type { StoredDraft } from '../store/drafts.repo.ts';

export interface RecheckInput {
  draft: Pick<StoredDraft, 'recipientRole' | 'language' | 'subject' | 'body' | 'sendMode' | 'rules' | 'source' | 'inReplyTo' | 'toAddress' | 'delivery'>;
  mail: MailInput;
  triage: Triage;
  automated: boolean;
  shop: ShopProfile;
}

/** The compliance context of the mail a draft answers, rebuilt from what is stored with it. */
function complianceContextOf({ mail, triage, automated, shop }: Omit<RecheckInput, 'draft'>): ComplianceContext {
  const orderId = triage.order_id;
  return {
    marketplace: triage.marketplace,
    category: triage.category,
    orderId,
    orderAmount: triage.facts.amount,
    mail: {
      messageId: mail.messageId,
      senderAddresses: [mail.from?.address, ...mail.replyTo.map((a) => a.address)].filter((a): a is string => !!a),
      automated,
      spoofed: triage.facts.spoofed,
    },
    buyerLanguage: triage.sender === 'buyer' ? triage.language : null,
    platformLanguage: triage.sender === 'platform' ? triage.language : null,
    shop,
    knownIds: [orderId, orderId ? mainOrderNumber(orderId) : null, triage.tracking_number].filter((v): v is string => !!v),
  };
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
  const { errors } = checkDraft(draft, 0, complianceContextOf(input));
  return { ok: errors.length === 0, violations: errors };
}
