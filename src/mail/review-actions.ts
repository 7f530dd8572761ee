import type { ShopProfile } from '../policies/shop-profile.schemas.ts';
import type { Compliance } from '../policies/case-decision.schemas.ts';
import type { Db } from '../store/database.ts';
import { getDraft, type StoredDraft } from '../store/drafts.repo.ts';
import { getMessage } from '../store/messages.repo.ts';
import { approveDraft, confirmSent, editDraft, rejectDraft, requeueDraft } from '../store/draft-transitions.repo.ts';
import { recheckDraft } from './recheck-draft.ts';

/**
 * What the merchant can do to a draft in `claimdesk review`. Every action goes
 * through a guarded state change that writes the audit log with who did it.
 */
export interface ReviewDeps {
  db: Db;
  shops: ReadonlyMap<string, ShopProfile>;
  now?: () => Date;
}

export type ActionResult = { ok: true; message: string } | { ok: false; message: string };

const PLACEHOLDER = /\[\[[^\]]{1,80}\]\]/;

/** Why a draft cannot be approved for sending as it stands, or null. */
export function approvalBlocker(d: Pick<StoredDraft, 'state' | 'delivery' | 'sendMode' | 'version' | 'compliance' | 'body' | 'subject' | 'manualReason'>, force = false): string | null {
  if (d.state !== 'pending' && d.state !== 'edited') return `the draft is ${d.state}`;
  if (d.delivery === 'manual') return `this draft is not sent by mail (${d.manualReason ?? 'manual'}): paste it, then mark it done`;
  if (d.sendMode === 'never' && d.version === 1) return 'the merchant must write this one: edit it before approving';
  if (PLACEHOLDER.test(d.body) || PLACEHOLDER.test(d.subject)) return 'the text still has [[…]] parts to fill: edit it';
  if (!d.compliance.ok && !force) {
    return `it fails the compliance check (${d.compliance.violations.map((v) => v.rule).join(', ')}): edit it, or approve with --force`;
  }
  return null;
}

/** The text handed to $EDITOR: a Subject line, a blank line, the body. */
export function editableText(d: Pick<StoredDraft, 'subject' | 'body'>): string {
  return `Subject: ${d.subject}\n\n${d.body.replace(/\n*$/, '\n')}`;
}

export function parseEditedText(text: string): { subject: string; body: string } | { error: string } {
  const t = text.replace(/\r\n?/g, '\n');
  const m = /^Subject:[ \t]*(.*)\n\n([\s\S]*)$/.exec(t);
  if (!m) return { error: 'the first line must be "Subject: …" followed by an empty line and the text' };
  const subject = m[1]!.trim();
  const body = m[2]!.replace(/\s+$/, '') + '\n';
  if (!subject) return { error: 'the subject is empty' };
  if (!body.trim()) return { error: 'the text is empty' };
  return { subject, body };
}

async function load(deps: ReviewDeps, shopId: string, id: number): Promise<StoredDraft | ActionResult> {
  const d = await getDraft(deps.db, shopId, id);
  return d ?? { ok: false, message: `no draft ${id} in shop ${shopId}` };
}

const now = (deps: ReviewDeps) => deps.now?.() ?? new Date();

export async function approve(deps: ReviewDeps, shopId: string, id: number, actor: string, force = false): Promise<ActionResult> {
  const d = await load(deps, shopId, id);
  if ('ok' in d) return d;
  const blocker = approvalBlocker(d, force);
  if (blocker) return { ok: false, message: `draft ${id} not approved: ${blocker}` };
  const detail = { version: d.version, to: d.toAddress, ...(d.compliance.ok ? {} : { overrideCompliance: d.compliance.violations.map((v) => v.rule) }) };
  const done = await approveDraft(deps.db, shopId, id, d.version, actor, now(deps), detail);
  return done ? { ok: true, message: `draft ${id} approved; \`claimdesk send\` delivers it to ${d.toAddress}` } : { ok: false, message: `draft ${id} changed meanwhile; look again` };
}

export async function reject(deps: ReviewDeps, shopId: string, id: number, actor: string, reason: string): Promise<ActionResult> {
  if (!reason.trim()) return { ok: false, message: 'a reason is needed to reject a draft' };
  const done = await rejectDraft(deps.db, shopId, id, actor, now(deps), reason.trim());
  return done ? { ok: true, message: `draft ${id} rejected` } : { ok: false, message: `draft ${id} cannot be rejected in its state` };
}

/** Stores the merchant's text as a new version after checking it again. */
export async function applyEdit(
  deps: ReviewDeps,
  shopId: string,
  id: number,
  actor: string,
  text: string,
): Promise<ActionResult & { compliance?: Compliance }> {
  const d = await load(deps, shopId, id);
  if ('ok' in d) return d;
  const parsed = parseEditedText(text);
  if ('error' in parsed) return { ok: false, message: `edit not saved: ${parsed.error}` };
  if (parsed.subject === d.subject && parsed.body.trimEnd() === d.body.trimEnd()) return { ok: false, message: 'no change' };
  const message = await getMessage(deps.db, shopId, d.messageId);
  const shop = deps.shops.get(shopId);
  let compliance: Compliance = { ok: true, violations: [] };
  if (message?.mail && message.triage && shop) {
    compliance = recheckDraft({ draft: { ...d, ...parsed }, mail: message.mail, triage: message.triage, automated: message.automated, shop });
  }
  const done = await editDraft(deps.db, shopId, id, actor, now(deps), { ...parsed, compliance, expectedVersion: d.version });
  if (!done) return { ok: false, message: `draft ${id} changed meanwhile; edit not saved` };
  return { ok: true, message: `draft ${id} saved as version ${d.version + 1}`, compliance };
}

/** After a crash: the merchant says whether the reply went out (it is then recorded) or not (it is sent again, same Message-ID). */
export async function resolveUnconfirmed(deps: ReviewDeps, shopId: string, id: number, actor: string, wentOut: boolean): Promise<ActionResult> {
  const done = wentOut ? await confirmSent(deps.db, shopId, id, actor, now(deps), 'smtp') : await requeueDraft(deps.db, shopId, id, actor, now(deps));
  if (!done) return { ok: false, message: `draft ${id} is not waiting for a confirmation` };
  return { ok: true, message: wentOut ? `draft ${id} recorded as sent` : `draft ${id} queued again; \`claimdesk send\` delivers it` };
}

/** A manual draft the merchant pasted in the marketplace. */
export async function markDoneManually(deps: ReviewDeps, shopId: string, id: number, actor: string): Promise<ActionResult> {
  const d = await load(deps, shopId, id);
  if ('ok' in d) return d;
  if (d.delivery !== 'manual') return { ok: false, message: `draft ${id} is sent by mail: approve it instead` };
  const done = await confirmSent(deps.db, shopId, id, actor, now(deps), 'manual');
  return done ? { ok: true, message: `draft ${id} recorded as sent by hand` } : { ok: false, message: `draft ${id} cannot be marked done in its state` };
}

/** A failed draft, tried again (after the merchant fixed the address or the server). */
export async function retryFailed(deps: ReviewDeps, shopId: string, id: number, actor: string): Promise<ActionResult> {
  const d = await load(deps, shopId, id);
  if ('ok' in d) return d;
  if (d.state !== 'failed') return { ok: false, message: `draft ${id} has not failed` };
  const done = await requeueDraft(deps.db, shopId, id, actor, now(deps));
  return done ? { ok: true, message: `draft ${id} queued again` } : { ok: false, message: `draft ${id} changed meanwhile` };
}
