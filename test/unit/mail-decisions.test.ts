import { describe, expect, it } from 'vitest';
import { mailInputSchema, type MailInput } from '../../src/policies/mail-input.schemas.ts';
import { triageFactsSchema, type Triage } from '../../src/policies/triage.schemas.ts';
import { automatedMailReason } from '../../src/mail/auto-reply-hygiene.ts';
import { isNoReplyAddress, resolveRecipient } from '../../src/mail/resolve-recipient.ts';
import { backoffDelay, classifySmtpFailure, decideDeliveryRetry } from '../../src/mail/retry-policy.ts';
import { chooseCase, orderKeyOf, referencedIds, relayAddressOf, type ThreadCandidates } from '../../src/mail/thread-match.ts';
import { sanitizeForTerminal, sanitizeLine } from '../../src/mail/terminal-text.ts';

function mail(over: Partial<MailInput> = {}): MailInput {
  return mailInputSchema.parse({ from: { address: 'buyer@example.com', name: 'B' }, date: null, messageId: '<m1@x>', ...over });
}

function triage(over: Partial<Triage> = {}, facts: Partial<Triage['facts']> = {}): Triage {
  return {
    sender: 'buyer',
    marketplace: 'rakuten_fr',
    category: 'general',
    language: 'fr',
    order_id: null,
    tracking_number: null,
    platform_request: null,
    deadline_hours: null,
    confidence: 0.9,
    evidence: [],
    ...over,
    facts: triageFactsSchema.parse(facts),
  };
}

describe('automatedMailReason (RFC 3834)', () => {
  const cases: [string, Record<string, string[]>, Partial<MailInput>, string | null][] = [
    ['plain mail', {}, {}, null],
    ['Auto-Submitted: no', { 'auto-submitted': ['no'] }, {}, null],
    ['Auto-Submitted: auto-replied', { 'auto-submitted': ['auto-replied'] }, {}, 'Auto-Submitted: auto-replied'],
    ['Auto-Submitted with parameters', { 'auto-submitted': ['auto-generated; owner-email="a@b"'] }, {}, 'Auto-Submitted: auto-generated'],
    ['Precedence: bulk', { precedence: ['bulk'] }, {}, 'Precedence: bulk'],
    ['Precedence: list', { precedence: ['List'] }, {}, 'Precedence: list'],
    ['Precedence: first-class', { precedence: ['first-class'] }, {}, null],
    ['List-Id', { 'list-id': ['<sellers.example.com>'] }, {}, 'mailing list (List-Id)'],
    ['List-Unsubscribe', { 'list-unsubscribe': ['<mailto:u@x>'] }, {}, 'bulk mail (List-Unsubscribe)'],
    ['X-Auto-Response-Suppress: All', { 'x-auto-response-suppress': ['All'] }, {}, 'X-Auto-Response-Suppress: all'],
    ['X-Auto-Response-Suppress: DR', { 'x-auto-response-suppress': ['DR'] }, {}, null],
    ['X-Autoreply', { 'x-autoreply': ['yes'] }, {}, 'x-autoreply header'],
    ['empty Return-Path', { 'return-path': ['<>'] }, {}, 'bounce (empty Return-Path)'],
    ['MAILER-DAEMON', {}, { from: { address: 'MAILER-DAEMON@mx.example.com', name: '' } }, 'bounce (from mailer-daemon)'],
    ['DSN', { 'content-type': ['multipart/report; report-type=delivery-status; boundary="x"'] }, {}, 'delivery or read report (multipart/report; delivery-status)'],
  ];
  it.each(cases)('%s', (_name, headers, over, expected) => {
    expect(automatedMailReason(mail({ headers, ...over }))).toBe(expected);
  });
});

describe('isNoReplyAddress', () => {
  it.each([
    ['noreply@colissimo.fr', true],
    ['no-reply@yoho.com.hk', true],
    ['noreply-merchant@yoho.com.hk', true],
    ['ne-pas-repondre@fr.shopping.rakuten.com', true],
    ['donotreply@shop.example', true],
    ['notifications.no-reply@x.com', true],
    ['mailer-daemon@x.com', true],
    ['acheteur-3308471-q7k2@fr.shopping.rakuten.com', false],
    ['sc-vendeurs@rakuten.fr', false],
    ['nora@example.com', false],
    ['replyteam@example.com', false],
  ])('%s → %s', (address, expected) => {
    expect(isNoReplyAddress(address)).toBe(expected);
  });
});

describe('resolveRecipient', () => {
  const relayed = mail({
    from: { address: 'messagerie@fr.shopping.rakuten.com', name: 'Rakuten' },
    replyTo: [{ address: 'acheteur-3308471-q7k2@fr.shopping.rakuten.com', name: '' }],
  });
  const platformMail = mail({ from: { address: 'sc-vendeurs@rakuten.fr', name: 'Rakuten' } });
  const noReplyPlatform = mail({ from: { address: 'ne-pas-repondre@fr.shopping.rakuten.com', name: 'Rakuten' } });
  const table: [string, Parameters<typeof resolveRecipient>[0], string][] = [
    ['relayed buyer mail → relay address (Reply-To)', { to: 'buyer', mail: relayed, triage: triage(), automatedReason: null }, 'smtp:acheteur-3308471-q7k2@fr.shopping.rakuten.com'],
    [
      'relay address given by triage wins',
      { to: 'buyer', mail: relayed, triage: triage({}, { replyAddress: 'contact-acheteur+1@fr.shopping.rakuten.com' }), automatedReason: null },
      'smtp:contact-acheteur+1@fr.shopping.rakuten.com',
    ],
    ['direct buyer mail → From', { to: 'buyer', mail: mail(), triage: triage({ marketplace: null }), automatedReason: null }, 'smtp:buyer@example.com'],
    ['platform mail → platform address', { to: 'platform', mail: platformMail, triage: triage({ sender: 'platform' }), automatedReason: null }, 'smtp:sc-vendeurs@rakuten.fr'],
    ['platform mail from no-reply → manual', { to: 'platform', mail: noReplyPlatform, triage: triage({ sender: 'platform' }), automatedReason: null }, 'manual'],
    ['reply blocked (web form) → manual', { to: 'platform', mail: platformMail, triage: triage({ sender: 'platform' }, { replyBlocked: true }), automatedReason: null }, 'manual'],
    ['buyer draft on platform mail → manual', { to: 'buyer', mail: platformMail, triage: triage({ sender: 'platform' }), automatedReason: null }, 'manual'],
    ['platform draft on buyer mail → manual', { to: 'platform', mail: relayed, triage: triage(), automatedReason: null }, 'manual'],
    ['automated mail → manual', { to: 'buyer', mail: relayed, triage: triage(), automatedReason: 'Auto-Submitted: auto-replied' }, 'manual'],
    ['triage says automated → manual', { to: 'buyer', mail: relayed, triage: triage({}, { automated: true }), automatedReason: null }, 'manual'],
    ['spoofed → manual', { to: 'platform', mail: platformMail, triage: triage({ sender: 'platform' }, { spoofed: true }), automatedReason: null }, 'manual'],
    ['no address at all → manual', { to: 'buyer', mail: mail({ from: null }), triage: triage(), automatedReason: null }, 'manual'],
    [
      'handler gives the address',
      { to: 'buyer', mail: relayed, triage: triage(), automatedReason: null, suggested: { via: 'email', address: 'contact-acheteur+9@fr.shopping.rakuten.com' } },
      'smtp:contact-acheteur+9@fr.shopping.rakuten.com',
    ],
    ['handler says marketplace messaging → manual', { to: 'buyer', mail: relayed, triage: triage(), automatedReason: null, suggested: { via: 'marketplace_messaging' } }, 'manual'],
    ['handler says contact form → manual', { to: 'platform', mail: platformMail, triage: triage({ sender: 'platform' }), automatedReason: null, suggested: { via: 'contact_form' } }, 'manual'],
    ['handler says no address → manual', { to: 'buyer', mail: relayed, triage: triage(), automatedReason: null, suggested: { address: null } }, 'manual'],
    [
      'handler address that is no-reply → manual',
      { to: 'platform', mail: platformMail, triage: triage({ sender: 'platform' }), automatedReason: null, suggested: { address: 'noreply@rakuten.fr' } },
      'manual',
    ],
    [
      'automated mail wins over the handler address',
      { to: 'buyer', mail: relayed, triage: triage(), automatedReason: 'Precedence: bulk', suggested: { address: 'a@b.fr' } },
      'manual',
    ],
  ];
  it.each(table)('%s', (_name, input, expected) => {
    const r = resolveRecipient(input);
    expect(r.delivery === 'smtp' ? `smtp:${r.address}` : 'manual').toBe(expected);
    if (r.delivery === 'manual') expect(r.reason.length).toBeGreaterThan(10);
  });
});

describe('classifySmtpFailure and decideDeliveryRetry', () => {
  it.each([
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' }, 'permanent'],
    [{ code: 'EMESSAGE', responseCode: 552, response: '552 Message too large' }, 'permanent'],
    [{ code: 'EENVELOPE', responseCode: 451, response: '451 4.7.1 Greylisted' }, 'temporary'],
    [{ code: 'EMESSAGE', responseCode: 421, response: '421 Too many connections' }, 'temporary'],
    [{ code: 'EPROTOCOL', responseCode: 503, response: '503 Bad sequence' }, 'temporary'],
    [{ code: 'ECONNECTION', message: 'Connection closed' }, 'temporary'],
    [{ code: 'ETIMEDOUT', message: 'Timeout' }, 'temporary'],
    [{ code: 'ESOCKET', message: 'connect ECONNREFUSED' }, 'temporary'],
    [{ code: 'EAUTH', responseCode: 535, response: '535 Authentication failed' }, 'permanent'],
    [{ code: 'EAUTH', message: 'Invalid login' }, 'permanent'],
    [{ code: 'ETLS', message: 'self-signed certificate' }, 'permanent'],
    [{ message: 'something odd' }, 'temporary'],
  ])('%j → %s', (err, kind) => {
    expect(classifySmtpFailure(err).kind).toBe(kind);
  });

  const opts = { baseMs: 1000, maxMs: 60_000, maxAttempts: 4 };
  it.each([
    ['temporary, first attempt → retry', { kind: 'temporary' as const, reason: '451' }, 1, 'retry'],
    ['temporary, attempt 3 of 4 → retry', { kind: 'temporary' as const, reason: '451' }, 3, 'retry'],
    ['temporary, attempt 4 of 4 → give up', { kind: 'temporary' as const, reason: '451' }, 4, 'give-up'],
    ['permanent, first attempt → give up', { kind: 'permanent' as const, reason: '550' }, 1, 'give-up'],
  ])('%s', (_n, failure, attempt, action) => {
    expect(decideDeliveryRetry(failure, attempt, opts, 0.5).action).toBe(action);
  });

  it.each([
    [1, 0.5, 1000],
    [2, 0.5, 2000],
    [3, 0.5, 4000],
    [3, 0, 3200],
    [3, 1, 4800],
    [10, 0.5, 60_000],
    [40, 1, 60_000],
  ])('backoff attempt %i (random %d) → %i ms', (attempt, random, ms) => {
    expect(backoffDelay(attempt, { baseMs: 1000, maxMs: 60_000 }, random)).toBe(ms);
  });
});

describe('thread matching', () => {
  const none: ThreadCandidates = { referenced: [], byOrder: null, byRelay: [] };
  const table: [string, string | null, ThreadCandidates, string][] = [
    ['no order, nothing known → new', null, none, 'new'],
    ['order with its case → that case', 'rakuten_fr:1', { ...none, byOrder: { id: 5, orderKey: 'rakuten_fr:1' } }, 'existing:5:order'],
    ['no order, answers a thread → that case', null, { ...none, referenced: [{ id: 7, orderKey: 'rakuten_fr:1' }] }, 'existing:7:reference'],
    ['order, answers an order-less thread → adopts it', 'rakuten_fr:2', { ...none, referenced: [{ id: 7, orderKey: null }] }, 'existing:7:reference+adopt'],
    ['order, answers a thread of another order → new case (never merge)', 'rakuten_fr:2', { ...none, referenced: [{ id: 7, orderKey: 'rakuten_fr:1' }] }, 'new'],
    ['order, relay thread of another order → new case', 'rakuten_fr:2', { ...none, byRelay: [{ id: 8, orderKey: 'rakuten_fr:1' }] }, 'new'],
    ['order, relay thread without order → adopts', 'rakuten_fr:2', { ...none, byRelay: [{ id: 8, orderKey: null }] }, 'existing:8:relay+adopt'],
    ['no order, relay thread → that case', null, { ...none, byRelay: [{ id: 8, orderKey: 'rakuten_fr:1' }] }, 'existing:8:relay'],
    [
      'order case wins over references',
      'rakuten_fr:1',
      { referenced: [{ id: 7, orderKey: null }], byOrder: { id: 5, orderKey: 'rakuten_fr:1' }, byRelay: [] },
      'existing:5:order',
    ],
    [
      'first usable reference is taken',
      'rakuten_fr:3',
      { referenced: [{ id: 7, orderKey: 'rakuten_fr:1' }, { id: 9, orderKey: null }], byOrder: null, byRelay: [] },
      'existing:9:reference+adopt',
    ],
  ];
  it.each(table)('%s', (_n, orderKey, candidates, expected) => {
    const c = chooseCase(orderKey, candidates);
    const got = c.kind === 'new' ? 'new' : `existing:${c.caseId}:${c.via}${c.adoptOrderKey ? '+adopt' : ''}`;
    expect(got).toBe(expected);
  });

  it('keys orders by marketplace and takes the relay address of buyer mail only', () => {
    expect(orderKeyOf({ marketplace: 'yoho_hk', order_id: 'YH12345678' })).toBe('yoho_hk:YH12345678');
    expect(orderKeyOf({ marketplace: null, order_id: ' 42 ' })).toBe('unknown:42');
    expect(orderKeyOf({ marketplace: 'rakuten_fr', order_id: null })).toBeNull();
    expect(relayAddressOf(triage({}, { replyAddress: 'Acheteur-1@Fr.Shopping.Rakuten.com' }))).toBe('acheteur-1@fr.shopping.rakuten.com');
    expect(relayAddressOf(triage({ sender: 'platform' }, { replyAddress: 'x@rakuten.fr' }))).toBeNull();
    expect(referencedIds({ inReplyTo: '<c>', references: ['<a>', '<b>', '<c>'] })).toEqual(['<c>', '<b>', '<a>']);
  });
});

describe('sanitizeForTerminal', () => {
  it.each([
    ['plain text\nnext line', 'plain text\nnext line'],
    ['colour \x1b[31mred\x1b[0m', 'colour red'],
    ['title \x1b]0;pwned\x07 after', 'title  after'],
    ['clear screen \x1b[2J\x1b[H', 'clear screen '],
    ['bell \x07 and NUL \x00', 'bell \ufffd and NUL \ufffd'],
    ['crlf\r\nline', 'crlf\nline'],
    ['overwrite\rhidden', 'overwrite\nhidden'],
    ['8-bit CSI \x9b31m', '8-bit CSI '],
    ['rtl \u202eevil', 'rtl <U+202E>evil'],
    ['accents été 订单', 'accents été 订单'],
  ])('%j', (input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });
  it('keeps one-line fields on one line', () => {
    expect(sanitizeLine('a\nb\tc')).toBe('a b c');
  });
});
