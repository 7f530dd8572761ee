import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { MailboxConfig } from '../config.ts';
import { getCheckpoint, saveCheckpoint } from '../store/checkpoints.repo.ts';
import { appendAudit } from '../store/audit.repo.ts';
import { ingestBatch, startAnalysis, type IngestDeps, type IngestItem, type IngestOutcome } from './ingest-message.ts';
import { planFolderFetch } from './fetch-plan.ts';

export interface FolderRef {
  mailbox: MailboxConfig;
  mailboxId: number;
  folder: string;
}

export interface FolderSyncResult {
  folder: string;
  fetched: number;
  stored: number;
  duplicates: number;
  unparseable: number;
  drafts: number;
  resync: boolean;
  uidValidity: string | null;
  lastUid: number;
}

export interface FolderSyncHooks {
  /** Called after each message is stored (latency measurement, tests). */
  onOutcome?: (outcome: IngestOutcome, uid: number) => void;
}

/** Messages stored per transaction (and checkpoint) during a backfill; new mail under IDLE comes one at a time. */
const BATCH_SIZE = 200;

/**
 * Fetches everything new in one folder into the database and moves the
 * checkpoint. The folder is opened read-only (EXAMINE) and fetched with
 * BODY.PEEK, so nothing changes on the server unless the mailbox is configured
 * to mark mail as seen or move it, which happens only after it is stored.
 */
export async function syncFolder(client: ImapFlow, deps: IngestDeps, ref: FolderRef, log: Logger, hooks: FolderSyncHooks = {}): Promise<FolderSyncResult> {
  const { mailbox, mailboxId, folder } = ref;
  const readOnly = !mailbox.markSeen && !mailbox.moveTo;
  const result: FolderSyncResult = { folder, fetched: 0, stored: 0, duplicates: 0, unparseable: 0, drafts: 0, resync: false, uidValidity: null, lastUid: 0 };
  const lock = await client.getMailboxLock(folder, { readOnly, description: 'claimdesk sync' });
  try {
    const mb = client.mailbox;
    if (!mb) throw new Error(`folder ${folder} is not open after selecting it`);
    const uidValidity = String(mb.uidValidity);
    result.uidValidity = uidValidity;
    const checkpoint = await getCheckpoint(deps.db, mailboxId, folder);
    const plan = planFolderFetch(checkpoint, { uidValidity, exists: mb.exists });
    result.lastUid = checkpoint && checkpoint.uidValidity === uidValidity ? checkpoint.lastUid : 0;
    if (plan.action === 'none') {
      if (!checkpoint || checkpoint.uidValidity !== uidValidity) await saveCheckpoint(deps.db, mailboxId, folder, { uidValidity, lastUid: 0 }, new Date());
      return result;
    }
    result.resync = plan.resync;
    if (plan.resync) {
      log.warn({ from: checkpoint?.uidValidity, to: uidValidity }, 'UIDVALIDITY changed: full resync with deduplication');
      await appendAudit(deps.db, {
        shopId: mailbox.shop,
        actor: 'system:ingest',
        action: 'mailbox.resync',
        entity: 'mailbox',
        entityId: mailboxId,
        detail: { folder, reason: plan.reason },
        at: new Date(),
      });
    }
    // A UID SEARCH first: "N:*" matches the last message even when N is past the end, and fetching it would download it again.
    const found = await client.search({ uid: `${plan.fromUid}:*` }, { uid: true });
    const wanted = (found || []).filter((uid) => uid >= plan.fromUid);
    if (wanted.length === 0) return result;
    log.debug({ fromUid: plan.fromUid, count: wanted.length, reason: plan.reason }, 'fetching');
    const done: number[] = [];
    let batch: { uid: number; item: IngestItem }[] = [];
    // Batches are stored one after the other while the next ones are fetched and analysed; at most two wait.
    let storing: Promise<void> = Promise.resolve();
    let waiting = 0;
    const store = async (batch: { uid: number; item: IngestItem }[]) => {
      const outcomes = await ingestBatch(deps, mailbox.shop, batch.map((b) => b.item));
      outcomes.forEach((outcome, n) => {
        const uid = batch[n]!.uid;
        result.fetched++;
        if (outcome.status === 'stored') {
          result.stored++;
          result.drafts += outcome.drafts;
        } else if (outcome.status === 'duplicate') result.duplicates++;
        else result.unparseable++;
        hooks.onOutcome?.(outcome, uid);
        result.lastUid = Math.max(result.lastUid, uid);
        done.push(uid);
      });
      await saveCheckpoint(deps.db, mailboxId, folder, { uidValidity, lastUid: result.lastUid }, new Date());
    };
    const flush = async () => {
      if (batch.length === 0) return;
      const full = batch;
      batch = [];
      waiting++;
      storing = storing.then(() => store(full)).finally(() => waiting--);
      if (waiting > 2) await storing;
    };
    for await (const msg of client.fetch(`${plan.fromUid}:*`, { uid: true, source: true }, { uid: true })) {
      if (msg.uid < plan.fromUid || !msg.source) continue;
      // A backfill's mails start their analysis as they arrive (in the pool when there is one). Not a single
      // new mail (analysed when stored), nor a resync (mostly mail already stored, recognised before parsing).
      const analysis = wanted.length > 1 && !plan.resync ? startAnalysis(deps, mailbox.shop, msg.source) : undefined;
      const item: IngestItem = { raw: msg.source, source: { kind: 'imap', mailboxId, folder, uidValidity, uid: msg.uid }, ...(analysis ? { analysis } : {}) };
      batch.push({ uid: msg.uid, item });
      if (batch.length >= BATCH_SIZE) await flush();
    }
    await flush();
    await storing;
    if (done.length > 0 && mailbox.markSeen) await client.messageFlagsAdd(done, ['\\Seen'], { uid: true });
    if (done.length > 0 && mailbox.moveTo) await client.messageMove(done, mailbox.moveTo, { uid: true });
    log.info({ fetched: result.fetched, stored: result.stored, duplicates: result.duplicates, lastUid: result.lastUid }, 'folder synced');
    return result;
  } finally {
    lock.release();
  }
}
