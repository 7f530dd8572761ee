import type { Generated } from 'kysely';

/**
 * Table shapes as Kysely sees them. Portable across SQLite and PostgreSQL:
 * timestamps are ISO 8601 text (sortable), JSON is text, booleans are 0/1,
 * 64-bit integers come back as numbers (the PostgreSQL pool parses int8).
 * Every row that belongs to a shop carries `shop_id`; queries filter on it.
 */

export interface ShopsTable {
  id: string;
  name: string;
  profile_json: string;
  updated_at: string;
}

export interface SettingsTable {
  shop_id: string;
  key: string;
  value_json: string;
  updated_at: string;
}

export interface MailboxesTable {
  id: Generated<number>;
  shop_id: string;
  /** The config's mailbox id, unique within the shop. */
  name: string;
  address: string;
  created_at: string;
}

/** Per-folder IMAP checkpoint: the highest UID stored, valid only under this UIDVALIDITY. */
export interface FolderCheckpointsTable {
  mailbox_id: number;
  folder: string;
  uidvalidity: string;
  last_uid: number;
  updated_at: string;
}

export type MessageStatus = 'ok' | 'unparseable';

export interface MessagesTable {
  id: Generated<number>;
  shop_id: string;
  /** Identity of the mail: hash of its Message-ID, addressing headers and body (see canonical-hash.ts). */
  dedup_key: string;
  raw_sha256: string;
  /** The message exactly as received, byte for byte. */
  raw: Buffer;
  size: number;
  message_id: string | null;
  in_reply_to: string | null;
  references_json: string;
  subject: string;
  from_address: string | null;
  /** Date header, ISO 8601. */
  sent_at: string | null;
  status: MessageStatus;
  parse_code: string | null;
  parse_error: string | null;
  mail_json: string | null;
  triage_json: string | null;
  decision_json: string | null;
  /** RFC 3834: auto-submitted, bulk, list or bounce; never answered. */
  automated: number;
  case_id: number | null;
  created_at: string;
}

export interface MessageSourcesTable {
  id: Generated<number>;
  message_id: number;
  shop_id: string;
  kind: 'imap' | 'file';
  mailbox_id: number | null;
  folder: string | null;
  uidvalidity: string | null;
  uid: number | null;
  path: string | null;
  seen_at: string;
}

export interface CasesTable {
  id: Generated<number>;
  shop_id: string;
  marketplace: string | null;
  order_id: string | null;
  /** `marketplace:order_id`, unique per shop: two orders never share a case. */
  order_key: string | null;
  /** Marketplace relay address of the buyer thread (lower-case). */
  relay_address: string | null;
  subject: string;
  category: string | null;
  status: 'open' | 'closed';
  created_at: string;
  updated_at: string;
  last_message_at: string;
}

export const draftStates = ['pending', 'approved', 'edited', 'rejected', 'sending', 'sent', 'failed'] as const;
export type DraftState = (typeof draftStates)[number];

export interface DraftsTable {
  id: Generated<number>;
  shop_id: string;
  case_id: number;
  /** The stored message the draft answers. */
  message_id: number;
  mailbox_id: number | null;
  recipient_role: 'buyer' | 'platform';
  to_address: string | null;
  /** `smtp`: claimdesk sends it; `manual`: the merchant pastes the text (no-reply sender, web form, automated mail). */
  delivery: 'smtp' | 'manual';
  manual_reason: string | null;
  language: string;
  subject: string;
  body: string;
  send_mode: 'approval' | 'auto' | 'never';
  rules_json: string;
  source: string | null;
  compliance_json: string;
  state: DraftState;
  version: number;
  /** Message-ID of the reply, generated when the draft is created: a retried send reuses it. */
  outgoing_message_id: string;
  in_reply_to: string | null;
  references_json: string;
  due_at: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  smtp_response: string | null;
  /** Left in `sending` by a crash: the merchant confirms whether it went out. */
  needs_confirmation: number;
  sent_at: string | null;
  sent_via: 'smtp' | 'manual' | null;
  sent_copy: 'none' | 'pending' | 'done' | 'failed';
  created_at: string;
  updated_at: string;
  /** What the draft is for, in the merchant's language. */
  purpose: string | null;
  /** Documents the merchant must attach before sending. */
  attachments_json: Generated<string>;
}

export interface DraftVersionsTable {
  id: Generated<number>;
  draft_id: number;
  version: number;
  subject: string;
  body: string;
  author: string;
  compliance_json: string;
  created_at: string;
}

export interface DeadlinesTable {
  id: Generated<number>;
  shop_id: string;
  case_id: number;
  message_id: number;
  rule: string;
  due_at: string;
  warn_at: string | null;
  label: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  shop_id: string;
  at: string;
  /** Who: a reviewer's name, or `system:<component>`. */
  actor: string;
  action: string;
  entity: 'message' | 'case' | 'draft' | 'mailbox';
  entity_id: string;
  detail_json: string;
}

export interface Database {
  shops: ShopsTable;
  settings: SettingsTable;
  mailboxes: MailboxesTable;
  folder_checkpoints: FolderCheckpointsTable;
  messages: MessagesTable;
  message_sources: MessageSourcesTable;
  cases: CasesTable;
  drafts: DraftsTable;
  draft_versions: DraftVersionsTable;
  deadlines: DeadlinesTable;
  audit_log: AuditLogTable;
}
