import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig, type AppConfig } from '../../src/config.ts';
import { openAppContext, type AppContext } from '../../src/mail/app-context.ts';
import { silentLogger } from '../../src/mail/logger.ts';
import type { FolderRef } from '../../src/mail/imap-folder-sync.ts';
import { createTestDatabase } from './postgres.ts';
import type { Draft } from '../../src/policies/case-decision.schemas.ts';
import { planDrafts } from '../../src/mail/plan-drafts.ts';
import { automatedMailReason } from '../../src/mail/auto-reply-hygiene.ts';
import { getMessage } from '../../src/store/messages.repo.ts';
import { createDraft } from '../../src/store/drafts.repo.ts';
import type { MailUser } from './dovecot.ts';

export type DbKind = 'sqlite' | 'postgres';
/** Every integration test runs on both databases. */
export const dbKinds: DbKind[] = ['sqlite', 'postgres'];

export interface TestDb {
  url: string;
  drop(): Promise<void>;
}

export async function createDb(kind: DbKind, dir: string): Promise<TestDb> {
  if (kind === 'sqlite') return { url: `sqlite:${join(dir, 'claimdesk.db')}`, drop: async () => {} };
  const db = await createTestDatabase(inject('pgAdminUrl'));
  return { url: db.url, drop: () => db.drop() };
}

export interface MailboxSpec {
  id?: string;
  shop?: string;
  user: MailUser;
  folders?: string[];
  /** Connect through this port instead of Dovecot's (a TCP proxy). */
  port?: number;
  markSeen?: boolean;
  moveTo?: string;
}

export interface EnvSpec {
  shops?: { id: string; name: string }[];
  mailboxes?: MailboxSpec[];
  smtpPort?: number;
  send?: Partial<AppConfig['send']>;
}

export interface TestEnv {
  dir: string;
  db: TestDb;
  configPath: string;
  /** Environment for running the CLI against the same database and servers. */
  env: Record<string, string>;
  config: AppConfig;
  ctx: AppContext;
  ref(mailboxIndex?: number, folder?: string): FolderRef;
  cleanup(): Promise<void>;
}

/** A temp folder, a fresh database, a config file (outside the repository) and an open app context. */
export async function setupEnv(kind: DbKind, spec: EnvSpec = {}): Promise<TestEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-test-'));
  const db = await createDb(kind, dir);
  const dovecot = inject('dovecot');
  const shops = spec.shops ?? [{ id: 'shop-a', name: 'Shop A' }];
  const file = {
    database: { url: db.url },
    shops,
    mailboxes: (spec.mailboxes ?? []).map((m, i) => ({
      id: m.id ?? `mb${i + 1}`,
      shop: m.shop ?? shops[0]!.id,
      address: m.user.address,
      imap: { host: dovecot.host, port: m.port ?? dovecot.port, secure: false, user: m.user.user, pass: m.user.pass },
      folders: m.folders ?? ['INBOX'],
      markSeen: m.markSeen ?? false,
      moveTo: m.moveTo ?? null,
    })),
    smtp: spec.smtpPort ? { host: '127.0.0.1', port: spec.smtpPort, secure: false } : null,
    ingest: { autoIdleDelayMs: 100, reconnectBaseMs: 100, reconnectMaxMs: 400 },
    send: { maxAttempts: 3, retryBaseMs: 50, retryMaxMs: 200, ...spec.send },
    log: { level: 'silent' },
  };
  const configPath = join(dir, 'claimdesk.config.json');
  await writeFile(configPath, JSON.stringify(file, null, 2));
  const env = { CLAIMDESK_CONFIG: configPath };
  const config = loadConfig(env);
  const ctx = await openAppContext(config, silentLogger());
  return {
    dir,
    db,
    configPath,
    env,
    config,
    ctx,
    ref(i = 0, folder) {
      const mailbox = config.mailboxes[i]!;
      return { mailbox, mailboxId: ctx.mailboxId(mailbox), folder: folder ?? mailbox.folders[0]! };
    },
    async cleanup() {
      await ctx.close();
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface MailSpec {
  from?: string;
  to?: string;
  replyTo?: string;
  subject?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  date?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A small RFC 5322 message (LF line ends, as an MTA writes them into a Maildir). */
export function buildMail(spec: MailSpec = {}): string {
  const id = spec.messageId ?? `<${randomBytes(8).toString('hex')}@buyer.test>`;
  const lines = [
    `From: ${spec.from ?? 'Claire Martin <claire.martin@example.org>'}`,
    `To: ${spec.to ?? 'shop@shop.test'}`,
    ...(spec.replyTo ? [`Reply-To: ${spec.replyTo}`] : []),
    `Subject: ${spec.subject ?? 'Question'}`,
    `Date: ${spec.date ?? 'Tue, 17 Feb 2026 09:14:33 +0100'}`,
    `Message-ID: ${id}`,
    ...(spec.inReplyTo ? [`In-Reply-To: ${spec.inReplyTo}`] : []),
    ...(spec.references?.length ? [`References: ${spec.references.join(' ')}`] : []),
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    spec.body ?? 'Bonjour, avez-vous des nouvelles ?',
    '',
  ];
  return lines.join('\n');
}

/**
 * Stores a draft answering a stored message through the same planning the
 * ingest uses (recipient resolution, threading headers, Message-ID), for tests
 * that need a draft whatever the policy handlers decide.
 */
export async function addDraftFor(env: TestEnv, shopId: string, messageId: number, over: Partial<Draft> = {}): Promise<number> {
  const msg = await getMessage(env.ctx.db, shopId, messageId);
  if (!msg?.mail || !msg.triage || msg.caseId === null) throw new Error(`message ${messageId} has no triage or case`);
  const draft: Draft = { to: 'buyer', language: 'fr', subject: `Re: ${msg.subject}`, body: 'Bonjour,\nc’est noté, merci.\nL’équipe', send: 'approval', rules: ['ALL-THREAD'], ...over };
  const source = await env.ctx.db.selectFrom('message_sources').select('mailbox_id').where('message_id', '=', messageId).executeTakeFirst();
  const mailboxId = source?.mailbox_id ?? null;
  const [plan] = planDrafts({
    mail: msg.mail,
    triage: msg.triage,
    decision: { drafts: [draft], actions: [], deadlines: [], flags: [], compliance: { ok: true, violations: [] } },
    automatedReason: automatedMailReason(msg.mail),
    fromAddress: mailboxId === null ? null : (env.ctx.ingest.mailboxAddresses.get(mailboxId) ?? null),
  });
  return createDraft(env.ctx.db, { ...plan!, shopId, caseId: msg.caseId, messageId, mailboxId }, 'test:setup', new Date());
}
