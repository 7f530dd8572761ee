import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';

export type Recipient = { delivery: 'smtp'; address: string } | { delivery: 'manual'; reason: string };

export interface RecipientInput {
  /** Who the draft is for (the draft's `to`). */
  to: 'buyer' | 'platform';
  mail: MailInput;
  triage: Triage;
  /** From `automatedMailReason`: set when the mail must never be answered by mail. */
  automatedReason: string | null;
  /** What the policy handler said about delivery, when it said something (the draft's `via` and `address`). */
  suggested?: { via?: 'email' | 'marketplace_messaging' | 'contact_form' | undefined; address?: string | null | undefined };
}

const CHANNEL_REASON = {
  marketplace_messaging: "goes through the marketplace's messaging: paste it in the seller centre",
  contact_form: "goes through the marketplace's contact form: paste it there",
} as const;

/** Local parts of addresses that take no mail: no-reply senders, bounce handlers. */
const NO_REPLY = /(^|[-_.+])(no-?reply|noreply|do-?not-?reply|donotreply|ne-?pas-?repondre|nepasrepondre|nao-?responda|no-?responder)([-_.+]|$)/i;
const SYSTEM_SENDER = /^(mailer-daemon|postmaster|bounces?)([-_.+]|$)/i;

export function isNoReplyAddress(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  return NO_REPLY.test(local) || SYSTEM_SENDER.test(local);
}

/**
 * Where a reply to `mail` goes (ALL-THREAD): the marketplace relay address for
 * relayed buyer mail (its Reply-To), the sender otherwise. When the address
 * takes no mail (no-reply, web form, automated or spoofed mail, or nobody of
 * that role wrote the mail) the draft is `manual`: the merchant pastes it.
 */
export function resolveRecipient({ to, mail, triage, automatedReason, suggested }: RecipientInput): Recipient {
  if (automatedReason) return { delivery: 'manual', reason: `automated mail (${automatedReason}): never answered by mail (RFC 3834)` };
  if (triage.facts.automated) return { delivery: 'manual', reason: 'automated mail: never answered by mail (RFC 3834)' };
  if (triage.facts.spoofed) return { delivery: 'manual', reason: 'the sender looks spoofed: answer through the marketplace site, not to this address' };
  if (suggested?.via && suggested.via !== 'email') return { delivery: 'manual', reason: CHANNEL_REASON[suggested.via] };
  if (suggested?.address === null) return { delivery: 'manual', reason: "no mail address takes this reply: paste it in the marketplace's seller centre" };
  if (suggested?.address) {
    const address = suggested.address.trim();
    if (isNoReplyAddress(address)) return { delivery: 'manual', reason: `${address} is a no-reply address: paste the text in the marketplace's seller centre` };
    return { delivery: 'smtp', address };
  }

  const writer = triage.sender;
  if (to === 'buyer' && writer !== 'buyer') {
    return { delivery: 'manual', reason: 'this mail gives no buyer address: write to the buyer through the marketplace messaging' };
  }
  if (to === 'platform' && writer !== 'platform') {
    return { delivery: 'manual', reason: "write to the marketplace's customer service through the seller centre" };
  }
  if (triage.facts.replyBlocked) return { delivery: 'manual', reason: 'the sender takes no mail (no-reply address or web form): paste the text where the mail says' };

  const address = (triage.facts.replyAddress ?? mail.replyTo[0]?.address ?? mail.from?.address ?? '').trim();
  if (!address || !address.includes('@')) return { delivery: 'manual', reason: 'the mail has no address to reply to' };
  if (isNoReplyAddress(address)) return { delivery: 'manual', reason: `${address} is a no-reply address: paste the text in the marketplace's seller centre` };
  return { delivery: 'smtp', address };
}
