import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { z } from 'zod';
import { shopProfileSchema, defaultShopProfile } from './policies/shop-profile.schemas.ts';
import { defaultTriageConfig, triageConfigSchema, type TriageConfig } from './policies/classify/triage-config.schemas.ts';

/**
 * The one place that reads the environment and the config file. Everything else
 * receives the parsed `AppConfig`. Embedded defaults let `import` and `stats` run
 * with no configuration at all: SQLite at `./data/claimdesk.db`, one default shop.
 *
 * Environment (overrides the file):
 *   CLAIMDESK_CONFIG     path of a JSON config file (keep it outside the repository)
 *   DATABASE_URL         `sqlite:PATH` or `postgres://user:pass@host:port/db`
 *   CLAIMDESK_IMAP_URL   `imap://user:pass@host:port/FOLDER` (imaps:// for TLS): one mailbox
 *   CLAIMDESK_SMTP_URL   `smtp://user:pass@host:port` (smtps:// for TLS): default SMTP
 *   CLAIMDESK_MAIL_FROM  address of the CLAIMDESK_IMAP_URL mailbox (default: the IMAP user)
 *   CLAIMDESK_SHOP       shop id the CLAIMDESK_IMAP_URL mailbox belongs to (default: the first shop)
 *   CLAIMDESK_REVIEWER   name recorded in the audit log for review actions (default: OS user)
 *   CLAIMDESK_LOG_LEVEL  pino level (default: info)
 *   VISUAL / EDITOR      editor for `claimdesk review`
 */

export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(message: string) {
    super(message);
    this.name = this.constructor.name;
  }
}

const port = z.coerce.number().int().min(1, 'a TCP port between 1 and 65535').max(65535, 'a TCP port between 1 and 65535');
const secret = z.string().min(1).optional();
/** Name of an environment variable holding a secret, so the file itself can stay secret-free. */
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'the NAME of an environment variable, e.g. "SHOP_IMAP_PASS"').optional();

const imapSchema = z.object({
  host: z.string().min(1, 'the IMAP server host name, e.g. "imap.example.com"'),
  port: port.optional(),
  /** TLS from the first byte (port 993). False: STARTTLS when offered. */
  secure: z.boolean().optional(),
  user: z.string().min(1, 'the IMAP login'),
  pass: secret,
  passEnv: envName,
  rejectUnauthorized: z.boolean().default(true),
});

const smtpSchema = z.object({
  host: z.string().min(1, 'the SMTP server host name, e.g. "smtp.example.com"'),
  port: port.optional(),
  secure: z.boolean().optional(),
  user: z.string().optional(),
  pass: secret,
  passEnv: envName,
  rejectUnauthorized: z.boolean().default(true),
});

const mailboxSchema = z.object({
  /** Stable name of the mailbox within its shop (checkpoints are keyed by it). */
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/, 'lower-case letters, digits, ".", "-" or "_" (e.g. "sav")'),
  shop: z.string().min(1, 'the id of a shop listed under "shops"'),
  /** The address replies are sent from. */
  address: z.email('an e-mail address such as "sav@my-shop.com"'),
  imap: imapSchema,
  folders: z.array(z.string().min(1)).min(1).default(['INBOX']),
  /** Where a copy of every sent reply is appended; null: detect the \Sent folder. */
  sentFolder: z.string().min(1).nullable().default(null),
  /** Off by default: claimdesk never changes the mailbox unless told to. */
  markSeen: z.boolean().default(false),
  moveTo: z.string().min(1).nullable().default(null),
  /** SMTP for this mailbox; defaults to the top-level `smtp`. */
  smtp: smtpSchema.optional(),
});

const databaseUrl = z
  .string()
  .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, '"sqlite:PATH" or "postgres://user:pass@host:port/database"');

const fileSchema = z.object({
  database: z.object({ url: databaseUrl.default('sqlite:./data/claimdesk.db') }).default({ url: 'sqlite:./data/claimdesk.db' }),
  shops: z.array(shopProfileSchema).min(1, 'at least one shop').default([defaultShopProfile]),
  mailboxes: z.array(mailboxSchema).default([]),
  smtp: smtpSchema.nullable().default(null),
  /** Merged over the built-in triage knowledge: objects merge, lists add to the defaults. */
  triage: z.record(z.string(), z.unknown()).default({}),
  ingest: z
    .object({
      /** imapflow starts IDLE after this much inactivity; Dovecot then pushes new mail at once. */
      autoIdleDelayMs: z.number().int().min(50).max(60_000).default(250),
      reconnectBaseMs: z.number().int().min(10).default(1_000),
      reconnectMaxMs: z.number().int().min(10).default(60_000),
      /** Worker threads analysing mail during a backfill; default: see defaultAnalysisWorkers (by database and cores). */
      analysisWorkers: z.number().int().min(0).max(64).optional(),
    })
    .default({ autoIdleDelayMs: 250, reconnectBaseMs: 1_000, reconnectMaxMs: 60_000 }),
  send: z
    .object({
      maxAttempts: z.number().int().min(1).max(50).default(6),
      retryBaseMs: z.number().int().min(10).default(2_000),
      retryMaxMs: z.number().int().min(10).default(300_000),
      /** A draft left in `sending` longer than this is taken as interrupted (longer than any SMTP timeout). */
      staleAfterMs: z.number().int().min(0).default(120_000),
    })
    .default({ maxAttempts: 6, retryBaseMs: 2_000, retryMaxMs: 300_000, staleAfterMs: 120_000 }),
  reviewer: z.string().min(1).optional(),
  log: z.object({ level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info') }).default({ level: 'info' }),
});

export type ImapSettings = { host: string; port: number; secure: boolean; user: string; pass: string | undefined; rejectUnauthorized: boolean };
export type SmtpSettings = { host: string; port: number; secure: boolean; user: string | undefined; pass: string | undefined; rejectUnauthorized: boolean };
export type MailboxConfig = Omit<z.infer<typeof mailboxSchema>, 'imap' | 'smtp'> & { imap: ImapSettings; smtp: SmtpSettings | null };
export type ShopConfig = z.infer<typeof shopProfileSchema>;
export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };
export type LogLevel = z.infer<typeof fileSchema>['log']['level'];

export interface AppConfig {
  database: DatabaseTarget;
  shops: ShopConfig[];
  mailboxes: MailboxConfig[];
  triage: TriageConfig;
  ingest: z.infer<typeof fileSchema>['ingest'];
  send: z.infer<typeof fileSchema>['send'];
  reviewer: string;
  editor: string;
  log: { level: LogLevel };
}

type Env = Record<string, string | undefined>;

function fail(source: string, issues: z.core.$ZodIssue[]): never {
  const lines = issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError(`invalid configuration in ${source}:\n${lines.join('\n')}`);
}

/** Objects merge key by key, lists add to the defaults (without repeats), other values replace. */
export function mergeOver(base: unknown, over: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(over)) {
    const seen = new Set(base.map((v) => JSON.stringify(v)));
    return [...base, ...over.filter((v) => !seen.has(JSON.stringify(v)))];
  }
  if (base && over && typeof base === 'object' && typeof over === 'object' && !Array.isArray(base) && !Array.isArray(over)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = k in out ? mergeOver(out[k], v) : v;
    return out;
  }
  return over === undefined ? base : over;
}

function parseDatabase(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', path: url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') };
  return { dialect: 'postgres', url };
}

/** `imap://user:pass@host:port/FOLDER` → IMAP settings and the folder; throws ConfigError naming the variable. */
export function parseImapUrl(raw: string, name = 'CLAIMDESK_IMAP_URL'): { imap: ImapSettings; folder: string | null } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${name}: not a URL; expected imap://user:pass@host:port/INBOX`);
  }
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') throw new ConfigError(`${name}: scheme must be imap:// or imaps://`);
  if (!u.username) throw new ConfigError(`${name}: missing user; expected imap://user:pass@host:port/INBOX`);
  const secure = u.protocol === 'imaps:';
  const folder = decodeURIComponent(u.pathname.replace(/^\//, '')) || null;
  return {
    imap: {
      host: u.hostname,
      port: u.port ? Number(u.port) : secure ? 993 : 143,
      secure,
      user: decodeURIComponent(u.username),
      pass: u.password ? decodeURIComponent(u.password) : undefined,
      rejectUnauthorized: true,
    },
    folder,
  };
}

export function parseSmtpUrl(raw: string, name = 'CLAIMDESK_SMTP_URL'): SmtpSettings {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${name}: not a URL; expected smtp://user:pass@host:port`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new ConfigError(`${name}: scheme must be smtp:// or smtps://`);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    pass: u.password ? decodeURIComponent(u.password) : undefined,
    rejectUnauthorized: true,
  };
}

function secretFrom(env: Env, field: string, value: string | undefined, envVar: string | undefined): string | undefined {
  if (value !== undefined) return value;
  if (envVar === undefined) return undefined;
  const v = env[envVar];
  if (!v) throw new ConfigError(`${field}: environment variable ${envVar} is not set (set it, or put the secret in the config file)`);
  return v;
}

function readFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`CLAIMDESK_CONFIG: cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`CLAIMDESK_CONFIG: ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Parses configuration once, at boot; throws ConfigError naming the field and the fix. */
export function loadConfig(env: Env = process.env): AppConfig {
  const source = env.CLAIMDESK_CONFIG ? `config file ${env.CLAIMDESK_CONFIG}` : 'built-in defaults';
  const raw = env.CLAIMDESK_CONFIG ? readFile(env.CLAIMDESK_CONFIG) : {};
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) fail(source, parsed.error.issues);
  const file = parsed.data;

  const dbUrl = env.DATABASE_URL ?? file.database.url;
  const dbCheck = databaseUrl.safeParse(dbUrl);
  if (!dbCheck.success) throw new ConfigError(`DATABASE_URL: ${dbCheck.error.issues[0]?.message ?? 'invalid'}`);

  const shopIds = new Set(file.shops.map((s) => s.id));
  if (shopIds.size !== file.shops.length) throw new ConfigError(`${source}: shops: two shops share an id; give each a unique id`);

  const mailboxes: MailboxConfig[] = file.mailboxes.map((m, i) => {
    if (!shopIds.has(m.shop)) throw new ConfigError(`${source}: mailboxes.${i}.shop: unknown shop "${m.shop}"; use one of ${[...shopIds].join(', ')}`);
    const secure = m.imap.secure ?? (m.imap.port ?? 993) === 993;
    const smtp = m.smtp ?? file.smtp;
    return {
      ...m,
      imap: {
        host: m.imap.host,
        port: m.imap.port ?? (secure ? 993 : 143),
        secure,
        user: m.imap.user,
        pass: secretFrom(env, `mailboxes.${i}.imap.passEnv`, m.imap.pass, m.imap.passEnv),
        rejectUnauthorized: m.imap.rejectUnauthorized,
      },
      smtp: smtp ? smtpSettings(env, `mailboxes.${i}.smtp`, smtp) : null,
    };
  });

  const envSmtp = env.CLAIMDESK_SMTP_URL ? parseSmtpUrl(env.CLAIMDESK_SMTP_URL) : null;
  if (envSmtp) for (const m of mailboxes) m.smtp ??= envSmtp;
  if (env.CLAIMDESK_IMAP_URL) {
    const { imap, folder } = parseImapUrl(env.CLAIMDESK_IMAP_URL);
    const shop = env.CLAIMDESK_SHOP ?? file.shops[0]!.id;
    if (!shopIds.has(shop)) throw new ConfigError(`CLAIMDESK_SHOP: unknown shop "${shop}"; use one of ${[...shopIds].join(', ')}`);
    // Only sending needs a real address; `sync` and `import` work with a derived one.
    const address = env.CLAIMDESK_MAIL_FROM ?? (imap.user.includes('@') ? imap.user : `${imap.user}@${imap.host}`);
    if (env.CLAIMDESK_MAIL_FROM && !z.email().safeParse(address).success) {
      throw new ConfigError(`CLAIMDESK_MAIL_FROM: "${address}" is not an e-mail address (e.g. sav@my-shop.com)`);
    }
    const envMailbox: MailboxConfig = {
      id: 'env',
      shop,
      address,
      imap,
      folders: [folder ?? 'INBOX'],
      sentFolder: null,
      markSeen: false,
      moveTo: null,
      smtp: envSmtp ?? (file.smtp ? smtpSettings(env, 'smtp', file.smtp) : null),
    };
    const at = mailboxes.findIndex((m) => m.id === 'env' && m.shop === shop);
    if (at >= 0) mailboxes[at] = envMailbox;
    else mailboxes.push(envMailbox);
  }

  const triage = triageConfigSchema.safeParse(mergeOver(defaultTriageConfig, file.triage));
  if (!triage.success) fail(`${source} (triage section)`, triage.error.issues.map((i) => ({ ...i, path: ['triage', ...i.path] })));

  const level = env.CLAIMDESK_LOG_LEVEL ?? file.log.level;
  const levelCheck = fileSchema.shape.log.unwrap().shape.level.safeParse(level);
  if (!levelCheck.success) throw new ConfigError('CLAIMDESK_LOG_LEVEL: one of trace, debug, info, warn, error, fatal, silent');

  return {
    database: parseDatabase(dbUrl),
    shops: file.shops,
    mailboxes,
    triage: triage.data,
    ingest: file.ingest,
    send: file.send,
    reviewer: env.CLAIMDESK_REVIEWER ?? file.reviewer ?? safeUserName(),
    editor: env.VISUAL || env.EDITOR || 'vi',
    log: { level: levelCheck.data },
  };
}

function smtpSettings(env: Env, field: string, s: z.infer<typeof smtpSchema>): SmtpSettings {
  const secure = s.secure ?? s.port === 465;
  return {
    host: s.host,
    port: s.port ?? (secure ? 465 : 587),
    secure,
    user: s.user,
    pass: secretFrom(env, `${field}.passEnv`, s.pass, s.passEnv),
    rejectUnauthorized: s.rejectUnauthorized,
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch (err) {
    // No passwd entry for the uid (containers): the audit log still needs a name.
    return `uid-${(err as NodeJS.ErrnoException).code ?? 'unknown'}`;
  }
}
