import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AppConfig, MailboxConfig } from '../config.ts';
import type { Db } from '../store/database.ts';
import { listDueForSending, listSentCopiesPending, listUnresolvedSending, type StoredDraft } from '../store/drafts.repo.ts';
import { claimForSending, flagUnconfirmed, recordFailed, recordRetry, recordSent, recordSentCopy } from '../store/draft-transitions.repo.ts';
import { MailboxSessions } from './mailbox-sessions.ts';
import { appendSentCopy, sentFolderHas } from './sent-folder.ts';
import { composeReply, deliverRaw } from './smtp.ts';
import { classifySmtpFailure, decideDeliveryRetry, type SmtpFailure } from './retry-policy.ts';

export interface SendDeps {
  db: Db;
  config: Pick<AppConfig, 'shops' | 'send' | 'ingest'>;
  /** The configured mailbox a draft goes out from (its own, else the shop's first). */
  mailboxFor(draft: StoredDraft): MailboxConfig | undefined;
  log: Logger;
  now?: () => Date;
  /** Test seam: runs after the server accepted a message and before it is recorded (a crash there is what send-once must survive). */
  afterAccepted?: (draftId: number) => void | Promise<void>;
}

export interface SendReport {
  sent: number[];
  deferred: number[];
  failed: number[];
  /** Found in `sending` after a crash, and found in the Sent folder: recorded as sent, not resent. */
  recovered: number[];
  /** Found in `sending` after a crash, not found in the Sent folder: left for the merchant to confirm. */
  unconfirmed: number[];
  /** In `sending` for less than `send.staleAfterMs`: another run may be delivering it; checked once that time has passed. */
  inFlight: number[];
  skipped: { id: number; reason: string }[];
}

const ACTOR = 'system:send';

/**
 * Sends what the merchant approved, once. The order of writes is what makes
 * "once" hold:
 * 1. the reply's Message-ID was fixed when the draft was created;
 * 2. `sending` is recorded (guarded UPDATE) before any SMTP traffic;
 * 3. the server's answer is recorded right after it accepts.
 * A crash between 2 and 3 leaves a draft in `sending`. At the next run such a
 * draft (older than `send.staleAfterMs`) is never resent blindly: if the Sent
 * folder holds its Message-ID (our copy, or the provider's) it is recorded as
 * sent; otherwise it waits for the merchant to confirm in `claimdesk review`.
 */
export async function sendApprovedDrafts(deps: SendDeps, opts: { shopId?: string; waitForRetries?: boolean } = {}): Promise<SendReport> {
  const now = () => deps.now?.() ?? new Date();
  const report: SendReport = { sent: [], deferred: [], failed: [], recovered: [], unconfirmed: [], inFlight: [], skipped: [] };
  const sessions = new MailboxSessions(deps.log, deps.config.ingest.autoIdleDelayMs);
  try {
    await recoverInterruptedSends(deps, sessions, report, now, opts.shopId);
    for (;;) {
      for (const draft of await listDueForSending(deps.db, now(), opts.shopId)) {
        await sendOne(deps, sessions, draft, report, now);
      }
      if (!opts.waitForRetries) break;
      const waiting = (await waitingRetries(deps.db, opts.shopId)).filter((d) => report.deferred.includes(d.id));
      if (waiting.length === 0) break;
      const next = Math.min(...waiting.map((d) => Date.parse(d.nextAttemptAt!)));
      await sleep(Math.max(0, next - now().getTime()));
    }
    await appendPendingCopies(deps, sessions);
  } finally {
    await sessions.close();
  }
  report.deferred = report.deferred.filter((id) => !report.sent.includes(id) && !report.failed.includes(id));
  return report;
}

async function waitingRetries(db: Db, shopId?: string): Promise<StoredDraft[]> {
  const far = new Date(Date.now() + 365 * 24 * 3_600_000);
  return (await listDueForSending(db, far, shopId)).filter((d) => d.nextAttemptAt !== null);
}

async function recoverInterruptedSends(deps: SendDeps, sessions: MailboxSessions, report: SendReport, now: () => Date, shopId?: string): Promise<void> {
  const staleBefore = now().getTime() - deps.config.send.staleAfterMs;
  for (const draft of await listUnresolvedSending(deps.db, shopId)) {
    // A recent `sending` may belong to another worker that is delivering it right now.
    if (Date.parse(draft.updatedAt) > staleBefore) {
      report.inFlight.push(draft.id);
      continue;
    }
    const mailbox = deps.mailboxFor(draft);
    let found = false;
    let note = 'interrupted during delivery; not in the Sent folder: confirm whether it went out';
    try {
      if (!mailbox) throw new Error('no configured mailbox to check');
      const { client, sentFolder } = await sessions.imap(mailbox);
      found = await sentFolderHas(client, sentFolder, draft.outgoingMessageId);
    } catch (err) {
      note = `interrupted during delivery; the Sent folder could not be checked (${(err as Error).message}): confirm whether it went out`;
    }
    if (found) {
      await recordSent(deps.db, draft.shopId, draft.id, ACTOR, now(), 'found in the Sent folder after an interrupted run', 'recovered');
      await recordSentCopy(deps.db, draft.id, 'done');
      report.recovered.push(draft.id);
      deps.log.warn({ draftId: draft.id, messageId: draft.outgoingMessageId }, 'interrupted send found in the Sent folder: recorded as sent');
    } else {
      await flagUnconfirmed(deps.db, draft.shopId, draft.id, ACTOR, now(), note);
      report.unconfirmed.push(draft.id);
      deps.log.warn({ draftId: draft.id, messageId: draft.outgoingMessageId }, 'interrupted send not found: left for the merchant to confirm');
    }
  }
}

async function sendOne(deps: SendDeps, sessions: MailboxSessions, draft: StoredDraft, report: SendReport, now: () => Date): Promise<void> {
  const log = deps.log.child({ draftId: draft.id, shop: draft.shopId });
  const mailbox = deps.mailboxFor(draft);
  const skip = (reason: string) => {
    report.skipped.push({ id: draft.id, reason });
    log.warn({ reason }, 'approved draft not sent');
  };
  if (!mailbox) return skip(`shop ${draft.shopId} has no mailbox configured to send from`);
  if (mailbox.shop !== draft.shopId) return skip(`mailbox ${mailbox.id} belongs to shop ${mailbox.shop}, not ${draft.shopId}`);
  if (!mailbox.smtp) return skip(`mailbox ${mailbox.shop}/${mailbox.id} has no SMTP server (set mailboxes[].smtp, smtp, or CLAIMDESK_SMTP_URL)`);
  if (!draft.toAddress) return skip('draft has no recipient address');

  const shop = deps.config.shops.find((s) => s.id === draft.shopId);
  const raw = await composeReply({
    from: { name: shop?.name ?? '', address: mailbox.address },
    to: draft.toAddress,
    subject: draft.subject,
    body: draft.body,
    messageId: draft.outgoingMessageId,
    inReplyTo: draft.inReplyTo,
    references: draft.references,
    date: now(),
  });
  if (!(await claimForSending(deps.db, draft.shopId, draft.id, ACTOR, now()))) return skip('taken by another sender');

  let response: string;
  try {
    response = await deliverRaw(sessions.smtp(mailbox.smtp), { from: mailbox.address, to: draft.toAddress }, raw);
  } catch (err) {
    const e = err as SmtpFailure;
    const failure = classifySmtpFailure(e);
    const decision = decideDeliveryRetry(failure, draft.attempts + 1, { maxAttempts: deps.config.send.maxAttempts, baseMs: deps.config.send.retryBaseMs, maxMs: deps.config.send.retryMaxMs });
    if (decision.action === 'retry') {
      await recordRetry(deps.db, draft.shopId, draft.id, ACTOR, now(), decision.reason, new Date(now().getTime() + decision.delayMs));
      if (!report.deferred.includes(draft.id)) report.deferred.push(draft.id);
      log.warn({ reason: decision.reason, delayMs: decision.delayMs, attempt: draft.attempts + 1 }, 'delivery deferred');
    } else {
      await recordFailed(deps.db, draft.shopId, draft.id, ACTOR, now(), decision.reason, e.response ?? null);
      report.failed.push(draft.id);
      log.error({ reason: decision.reason }, 'delivery failed');
    }
    return;
  }
  await deps.afterAccepted?.(draft.id);
  await recordSent(deps.db, draft.shopId, draft.id, ACTOR, now(), response, 'smtp');
  report.sent.push(draft.id);
  log.info({ messageId: draft.outgoingMessageId, response }, 'sent');
  await appendCopy(deps, sessions, mailbox, draft.id, raw, now());
}

async function appendCopy(deps: SendDeps, sessions: MailboxSessions, mailbox: MailboxConfig, draftId: number, raw: Buffer, date: Date): Promise<void> {
  try {
    const { client, sentFolder } = await sessions.imap(mailbox);
    await appendSentCopy(client, sentFolder, raw, date);
    await recordSentCopy(deps.db, draftId, 'done');
  } catch (err) {
    // The reply went out; only the copy is missing. It is retried at the next run.
    await recordSentCopy(deps.db, draftId, 'failed');
    deps.log.warn({ draftId, err: (err as Error).message }, 'could not append the copy to the Sent folder');
  }
}

/** Copies that could not be appended after an earlier send (server down, crash after sending). */
async function appendPendingCopies(deps: SendDeps, sessions: MailboxSessions): Promise<void> {
  for (const draft of await listSentCopiesPending(deps.db)) {
    const mailbox = deps.mailboxFor(draft);
    if (!mailbox || !draft.toAddress || draft.sentVia !== 'smtp') continue;
    try {
      const { client, sentFolder } = await sessions.imap(mailbox);
      if (await sentFolderHas(client, sentFolder, draft.outgoingMessageId)) {
        await recordSentCopy(deps.db, draft.id, 'done');
        continue;
      }
    } catch (err) {
      deps.log.warn({ draftId: draft.id, err: (err as Error).message }, 'Sent folder unreachable; copy left for the next run');
      continue;
    }
    const shop = deps.config.shops.find((s) => s.id === draft.shopId);
    const sentAt = draft.sentAt ? new Date(draft.sentAt) : new Date();
    const raw = await composeReply({
      from: { name: shop?.name ?? '', address: mailbox.address },
      to: draft.toAddress,
      subject: draft.subject,
      body: draft.body,
      messageId: draft.outgoingMessageId,
      inReplyTo: draft.inReplyTo,
      references: draft.references,
      date: sentAt,
    });
    await appendCopy(deps, sessions, mailbox, draft.id, raw, sentAt);
  }
}
