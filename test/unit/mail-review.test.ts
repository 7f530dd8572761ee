import { describe, expect, it } from 'vitest';
import { approvalBlocker, editableText, parseEditedText } from '../../src/mail/review-actions.ts';
import { planFolderFetch } from '../../src/mail/fetch-plan.ts';
import { formatDue } from '../../src/mail/review-view.ts';

const ok = { ok: true, violations: [] };
const base = { state: 'pending' as const, delivery: 'smtp' as const, sendMode: 'approval' as const, version: 1, compliance: ok, body: 'Bonjour', subject: 'Re: x', manualReason: null };

describe('approvalBlocker', () => {
  it.each([
    ['a pending compliant draft', {}, false, null],
    ['an edited draft', { state: 'edited' as const, version: 2 }, false, null],
    ['an approved draft', { state: 'approved' as const }, false, 'the draft is approved'],
    ['a sent draft', { state: 'sent' as const }, false, 'the draft is sent'],
    ['a manual draft', { delivery: 'manual' as const, manualReason: 'no-reply' }, false, 'not sent by mail'],
    ['send: never, not yet edited', { sendMode: 'never' as const }, false, 'must write this one'],
    ['send: never, edited', { sendMode: 'never' as const, version: 2 }, false, null],
    ['placeholders left', { body: 'Bonjour [[nom]]' }, false, '[[…]]'],
    ['fails compliance', { compliance: { ok: false, violations: [{ rule: 'RAK-WORDS', draft: 0, message: 'annuler' }] } }, false, 'RAK-WORDS'],
    ['fails compliance, forced', { compliance: { ok: false, violations: [{ rule: 'RAK-WORDS', draft: 0, message: 'annuler' }] } }, true, null],
  ])('%s', (_n, over, force, expected) => {
    const r = approvalBlocker({ ...base, ...over }, force);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toContain(expected);
  });
});

describe('editor round trip', () => {
  it('reads back what it wrote', () => {
    const text = editableText({ subject: 'Re: commande 42', body: 'Bonjour,\n\nmerci.\n' });
    expect(text).toBe('Subject: Re: commande 42\n\nBonjour,\n\nmerci.\n');
    expect(parseEditedText(text)).toEqual({ subject: 'Re: commande 42', body: 'Bonjour,\n\nmerci.\n' });
  });
  it.each([
    ['Bonjour', 'first line must be'],
    ['Subject: \n\nBonjour', 'subject is empty'],
    ['Subject: x\n\n  \n', 'text is empty'],
  ])('refuses %j', (text, error) => {
    expect(parseEditedText(text)).toEqual({ error: expect.stringContaining(error) });
  });
  it('accepts CRLF from Windows editors', () => {
    expect(parseEditedText('Subject: a\r\n\r\nb\r\n')).toEqual({ subject: 'a', body: 'b\n' });
  });
});

describe('planFolderFetch', () => {
  it.each([
    ['empty folder', null, { uidValidity: '1', exists: 0 }, 'none'],
    ['first sync', null, { uidValidity: '1', exists: 3 }, 'fetch from 1'],
    ['next sync', { uidValidity: '1', lastUid: 41 }, { uidValidity: '1', exists: 50 }, 'fetch from 42'],
    ['UIDVALIDITY changed', { uidValidity: '1', lastUid: 41 }, { uidValidity: '2', exists: 50 }, 'resync from 1'],
  ])('%s', (_n, cp, folder, expected) => {
    const p = planFolderFetch(cp, folder);
    expect(p.action === 'none' ? 'none' : `${p.resync ? 'resync' : 'fetch'} from ${p.fromUid}`).toBe(expected);
  });
});

describe('formatDue', () => {
  const now = new Date('2026-03-04T10:00:00.000Z');
  it.each([
    [null, 'no deadline'],
    ['2026-03-04T15:00:00.000Z', '2026-03-04 15:00 UTC (in 5 h)'],
    ['2026-03-07T10:00:00.000Z', '2026-03-07 10:00 UTC (in 3 days)'],
    ['2026-03-04T08:00:00.000Z', '2026-03-04 08:00 UTC (overdue by 2 h)'],
  ])('%s', (due, expected) => {
    expect(formatDue(due, now)).toBe(expected);
  });
});
