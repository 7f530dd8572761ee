import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';

/** A case as the thread matcher needs to see it. */
export interface CaseRef {
  id: number;
  orderKey: string | null;
}

export interface ThreadCandidates {
  /** Cases of the messages (and sent replies) this mail refers to, nearest reference first. */
  referenced: CaseRef[];
  /** The case of the same order, if any. */
  byOrder: CaseRef | null;
  /** Cases of the same marketplace relay thread, most recent first. */
  byRelay: CaseRef[];
}

export type ThreadChoice =
  | { kind: 'existing'; caseId: number; adoptOrderKey: string | null; via: 'order' | 'reference' | 'relay' }
  | { kind: 'new'; orderKey: string | null };

/** `rakuten_fr:1234567/8910`: an order id means nothing without its marketplace. */
export function orderKeyOf(triage: Pick<Triage, 'marketplace' | 'order_id'>): string | null {
  const id = triage.order_id?.trim();
  return id ? `${triage.marketplace ?? 'unknown'}:${id}` : null;
}

/** The relay address of a relayed buyer thread (the marketplace address that forwards to the buyer). */
export function relayAddressOf(triage: Pick<Triage, 'sender' | 'marketplace' | 'facts'>): string | null {
  if (triage.sender !== 'buyer' || triage.marketplace === null) return null;
  return triage.facts.replyAddress?.trim().toLowerCase() || null;
}

/** Message-IDs compare with their angle brackets, as References carries them. */
export function normalizeMessageId(id: string | null | undefined): string | null {
  const t = id?.trim();
  if (!t) return null;
  return t.startsWith('<') ? t : `<${t}>`;
}

/** Message-IDs this mail refers to, nearest first: In-Reply-To, then References from last to first. */
export function referencedIds(mail: Pick<MailInput, 'inReplyTo' | 'references'>): string[] {
  const ids = [mail.inReplyTo, ...[...mail.references].reverse()].map(normalizeMessageId).filter((v): v is string => !!v);
  return [...new Set(ids)];
}

/**
 * Which case a new mail joins. One case per order and thread:
 * - a mail naming an order joins that order's case; failing that, the thread
 *   it answers (by In-Reply-To / References, then by relay address) if that
 *   thread has no order yet, which the case then adopts; otherwise a new case;
 * - a mail naming no order joins the thread it answers, then its relay thread;
 * - a case with one order never takes mail about another: two orders never merge.
 */
export function chooseCase(orderKey: string | null, c: ThreadCandidates): ThreadChoice {
  if (orderKey !== null) {
    if (c.byOrder) return { kind: 'existing', caseId: c.byOrder.id, adoptOrderKey: null, via: 'order' };
    const ref = c.referenced.find((r) => r.orderKey === null || r.orderKey === orderKey);
    if (ref) return { kind: 'existing', caseId: ref.id, adoptOrderKey: ref.orderKey === null ? orderKey : null, via: 'reference' };
    const relay = c.byRelay.find((r) => r.orderKey === null || r.orderKey === orderKey);
    if (relay) return { kind: 'existing', caseId: relay.id, adoptOrderKey: relay.orderKey === null ? orderKey : null, via: 'relay' };
    return { kind: 'new', orderKey };
  }
  const ref = c.referenced[0];
  if (ref) return { kind: 'existing', caseId: ref.id, adoptOrderKey: null, via: 'reference' };
  const relay = c.byRelay[0];
  if (relay) return { kind: 'existing', caseId: relay.id, adoptOrderKey: null, via: 'relay' };
  return { kind: 'new', orderKey: null };
}
