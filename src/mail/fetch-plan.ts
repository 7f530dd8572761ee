import type { FolderCheckpoint } from '../store/checkpoints.repo.ts';

export interface FolderState {
  uidValidity: string;
  exists: number;
}

export type FetchPlan =
  | { action: 'none'; reason: string }
  | { action: 'fetch'; fromUid: number; resync: boolean; reason: string };

/**
 * What to fetch from a folder given the stored checkpoint. UIDs only mean
 * something under their UIDVALIDITY: when it changed (folder rebuilt, restored,
 * recreated), every message is fetched again and deduplication keeps what is
 * already stored from being stored twice.
 */
export function planFolderFetch(checkpoint: FolderCheckpoint | null, folder: FolderState): FetchPlan {
  // UIDNEXT is not used: imapflow reports it as of SELECT, and the folder stays selected while IDLE.
  if (folder.exists === 0) return { action: 'none', reason: 'folder is empty' };
  if (checkpoint === null) return { action: 'fetch', fromUid: 1, resync: false, reason: 'first sync of this folder' };
  if (checkpoint.uidValidity !== folder.uidValidity) {
    return { action: 'fetch', fromUid: 1, resync: true, reason: `UIDVALIDITY changed from ${checkpoint.uidValidity} to ${folder.uidValidity}` };
  }
  return { action: 'fetch', fromUid: checkpoint.lastUid + 1, resync: false, reason: `new mail after UID ${checkpoint.lastUid}` };
}
