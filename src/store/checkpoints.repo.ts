import type { Db } from './database.ts';

export interface FolderCheckpoint {
  uidValidity: string;
  lastUid: number;
}

export async function getCheckpoint(db: Db, mailboxId: number, folder: string): Promise<FolderCheckpoint | null> {
  const r = await db
    .selectFrom('folder_checkpoints')
    .select(['uidvalidity', 'last_uid'])
    .where('mailbox_id', '=', mailboxId)
    .where('folder', '=', folder)
    .executeTakeFirst();
  return r ? { uidValidity: r.uidvalidity, lastUid: Number(r.last_uid) } : null;
}

/**
 * Records progress. Under the same UIDVALIDITY the checkpoint only moves
 * forward (two workers on one folder cannot move it back); a new UIDVALIDITY
 * replaces it.
 */
export async function saveCheckpoint(db: Db, mailboxId: number, folder: string, cp: FolderCheckpoint, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('folder_checkpoints')
    .values({ mailbox_id: mailboxId, folder, uidvalidity: cp.uidValidity, last_uid: cp.lastUid, updated_at: at })
    .onConflict((oc) =>
      oc
        .columns(['mailbox_id', 'folder'])
        .doUpdateSet({ uidvalidity: cp.uidValidity, last_uid: cp.lastUid, updated_at: at })
        .where((eb) => eb.or([eb('folder_checkpoints.uidvalidity', '!=', cp.uidValidity), eb('folder_checkpoints.last_uid', '<', cp.lastUid)])),
    )
    .execute();
}
