import type { Kysely, CreateTableBuilder } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Migrations are code (no migration folder to ship next to the sources) and
 * portable: the few types that differ between SQLite and PostgreSQL go through
 * the helpers below. Append new migrations; never edit a released one.
 */
function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

function initial(dialect: Dialect): Migration {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('shops')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('profile_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('value_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('settings_pk', ['shop_id', 'key'])
        .execute();

      await withId(db.schema.createTable('mailboxes'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('mailboxes_shop_name_uq', ['shop_id', 'name'])
        .execute();

      await db.schema
        .createTable('folder_checkpoints')
        .addColumn('mailbox_id', 'integer', (c) => c.notNull().references('mailboxes.id'))
        .addColumn('folder', 'text', (c) => c.notNull())
        .addColumn('uidvalidity', 'text', (c) => c.notNull())
        .addColumn('last_uid', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('folder_checkpoints_pk', ['mailbox_id', 'folder'])
        .execute();

      await withId(db.schema.createTable('cases'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('marketplace', 'text')
        .addColumn('order_id', 'text')
        .addColumn('order_key', 'text')
        .addColumn('relay_address', 'text')
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_message_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('cases_shop_order_uq', ['shop_id', 'order_key'])
        .execute();
      await db.schema.createIndex('cases_relay_ix').on('cases').columns(['shop_id', 'relay_address']).execute();

      await withId(db.schema.createTable('messages'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('dedup_key', 'text', (c) => c.notNull())
        .addColumn('raw_sha256', 'text', (c) => c.notNull())
        .addColumn('raw', bytes, (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('in_reply_to', 'text')
        .addColumn('references_json', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('from_address', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('parse_code', 'text')
        .addColumn('parse_error', 'text')
        .addColumn('mail_json', 'text')
        .addColumn('triage_json', 'text')
        .addColumn('decision_json', 'text')
        .addColumn('automated', 'integer', (c) => c.notNull())
        .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('messages_shop_dedup_uq', ['shop_id', 'dedup_key'])
        .execute();
      await db.schema.createIndex('messages_msgid_ix').on('messages').columns(['shop_id', 'message_id']).execute();
      await db.schema.createIndex('messages_case_ix').on('messages').column('case_id').execute();

      await withId(db.schema.createTable('message_sources'), dialect)
        .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
        .addColumn('shop_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('mailbox_id', 'integer', (c) => c.references('mailboxes.id'))
        .addColumn('folder', 'text')
        .addColumn('uidvalidity', 'text')
        .addColumn('uid', 'bigint')
        .addColumn('path', 'text')
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('message_sources_imap_uq', ['mailbox_id', 'folder', 'uidvalidity', 'uid'])
        .execute();
      await db.schema.createIndex('message_sources_msg_ix').on('message_sources').column('message_id').execute();

      await withId(db.schema.createTable('drafts'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
        .addColumn('mailbox_id', 'integer', (c) => c.references('mailboxes.id'))
        .addColumn('recipient_role', 'text', (c) => c.notNull())
        .addColumn('to_address', 'text')
        .addColumn('delivery', 'text', (c) => c.notNull())
        .addColumn('manual_reason', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('send_mode', 'text', (c) => c.notNull())
        .addColumn('rules_json', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('compliance_json', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('outgoing_message_id', 'text', (c) => c.notNull().unique())
        .addColumn('in_reply_to', 'text')
        .addColumn('references_json', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('smtp_response', 'text')
        .addColumn('needs_confirmation', 'integer', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('sent_via', 'text')
        .addColumn('sent_copy', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('drafts_queue_ix').on('drafts').columns(['shop_id', 'state', 'due_at']).execute();
      await db.schema.createIndex('drafts_case_ix').on('drafts').column('case_id').execute();

      await withId(db.schema.createTable('draft_versions'), dialect)
        .addColumn('draft_id', 'integer', (c) => c.notNull().references('drafts.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('compliance_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('draft_versions_uq', ['draft_id', 'version'])
        .execute();

      await withId(db.schema.createTable('deadlines'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
        .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
        .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('warn_at', 'text')
        .addColumn('label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deadlines_due_ix').on('deadlines').columns(['shop_id', 'due_at']).execute();

      await withId(db.schema.createTable('audit_log'), dialect)
        .addColumn('shop_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('detail_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_entity_ix').on('audit_log').columns(['entity', 'entity_id']).execute();
    },
  };
}

/** What a draft is for and the documents the merchant must attach (from the policy handlers' drafts). */
const draftPurpose: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('drafts').addColumn('purpose', 'text').execute();
    await db.schema.alterTable('drafts').addColumn('attachments_json', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  },
};

/** Keeps the provider static: Kysely's FileMigrationProvider would need the migration files at run time. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      return { '0001_initial': initial(dialect), '0002_draft_purpose': draftPurpose };
    },
  };
}
