import type { Db } from './database.ts';
import type { AuditLogTable } from './schema.ts';

export interface AuditEntry {
  shopId: string;
  actor: string;
  action: string;
  entity: AuditLogTable['entity'];
  entityId: string | number;
  detail?: Record<string, unknown>;
  at: Date;
}

/** Appends to the audit log; call it inside the transaction that makes the change it records. */
export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      shop_id: e.shopId,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entity_id: String(e.entityId),
      detail_json: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

export async function listAudit(db: Db, shopId: string, filter: { entity?: AuditLogTable['entity']; entityId?: string | number } = {}): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().where('shop_id', '=', shopId);
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) q = q.where('entity_id', '=', String(filter.entityId));
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail_json) as Record<string, unknown>,
  }));
}
