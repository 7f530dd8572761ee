import type { Insertable } from 'kysely';
import type { Db } from './database.ts';
import type { AuditLogTable, DeadlinesTable, DraftVersionsTable, MessageSourcesTable } from './schema.ts';
import type { AuditEntry } from './audit.repo.ts';

const CHUNK = 200;

/**
 * Rows that nothing reads back within a batch (audit entries, draft versions,
 * deadlines, IMAP sources), written with a few multi-row INSERTs at the end of
 * the batch's transaction instead of one INSERT each: building and compiling
 * queries, not running them, is what costs most per mail.
 */
export class RowBuffer {
  audit: Insertable<AuditLogTable>[] = [];
  versions: Insertable<DraftVersionsTable>[] = [];
  deadlines: Insertable<DeadlinesTable>[] = [];
  sources: Insertable<MessageSourcesTable>[] = [];

  addAudit(e: AuditEntry): void {
    this.audit.push({
      shop_id: e.shopId,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entity_id: String(e.entityId),
      detail_json: JSON.stringify(e.detail ?? {}),
    });
  }

  /** Inside the transaction the rows belong to. */
  async flush(db: Db): Promise<void> {
    for (let i = 0; i < this.sources.length; i += CHUNK) {
      await db
        .insertInto('message_sources')
        .values(this.sources.slice(i, i + CHUNK))
        .onConflict((oc) => oc.columns(['mailbox_id', 'folder', 'uidvalidity', 'uid']).doNothing())
        .execute();
    }
    for (let i = 0; i < this.versions.length; i += CHUNK) await db.insertInto('draft_versions').values(this.versions.slice(i, i + CHUNK)).execute();
    for (let i = 0; i < this.deadlines.length; i += CHUNK) await db.insertInto('deadlines').values(this.deadlines.slice(i, i + CHUNK)).execute();
    for (let i = 0; i < this.audit.length; i += CHUNK) await db.insertInto('audit_log').values(this.audit.slice(i, i + CHUNK)).execute();
    this.audit = [];
    this.versions = [];
    this.deadlines = [];
    this.sources = [];
  }
}
