import { describe, expect, it } from 'vitest';
import { computeMessageKeys } from '../../src/mail/dedup-key.ts';
import { looksLikeMbox, splitMbox } from '../../src/mail/mbox.ts';

const base = [
  'Received: from a by b; Tue, 17 Feb 2026 09:14:33 +0100',
  'From: Buyer <buyer@example.com>',
  'To: shop@example.com',
  'Subject: Where is my parcel',
  'Date: Tue, 17 Feb 2026 09:14:33 +0100',
  'Message-ID: <abc@example.com>',
  '',
  'Hello,',
  'where is it?',
  '',
].join('\n');

const key = (s: string) => computeMessageKeys(Buffer.from(s, 'utf8')).dedupKey;

describe('computeMessageKeys', () => {
  it('is the same for CRLF and LF copies, and with other transport headers', () => {
    expect(key(base.replace(/\n/g, '\r\n'))).toBe(key(base));
    expect(key(base.replace('Received: from a by b', 'Received: from c by d\nDelivered-To: x@y\nX-Spam: no'))).toBe(key(base));
    expect(key(base + '\n\n')).toBe(key(base));
    expect(key('From buyer@example.com Tue Feb 17 09:14:33 2026\n' + base)).toBe(key(base));
  });
  it('differs when the Message-ID is shared but the content is not', () => {
    expect(key(base.replace('where is it?', 'where is it now?'))).not.toBe(key(base));
    expect(key(base.replace('Subject: Where', 'Subject: Re: Where'))).not.toBe(key(base));
  });
  it('differs when only the Message-ID differs', () => {
    expect(key(base.replace('<abc@', '<abd@'))).not.toBe(key(base));
  });
  it('identifies input without a header block by its bytes', () => {
    const k = computeMessageKeys(new Uint8Array(0));
    expect(k.dedupKey).toBe(`raw:${k.rawSha256}`);
    const msg = computeMessageKeys(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2]));
    expect(msg.dedupKey.startsWith('raw:')).toBe(true);
  });
});

describe('splitMbox', () => {
  const one = 'From: a@x\nSubject: one\n\nbody one\n>From the start\n';
  const two = 'From: b@x\nSubject: two\n\nbody two\n';
  it('splits on From_ lines and keeps each message as written', () => {
    const mbox = `From a@x Mon Jan  1 00:00:00 2026\n${one}\nFrom b@x Mon Jan  1 00:00:01 2026\n${two}`;
    expect(looksLikeMbox(Buffer.from(mbox))).toBe(true);
    const parts = splitMbox(Buffer.from(mbox)).map((b) => b.toString());
    expect(parts).toEqual([one, two]);
  });
  it('handles CRLF mbox files', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const mbox = crlf(`From a@x Mon Jan  1 00:00:00 2026\n${one}\nFrom b@x Mon Jan  1 00:00:01 2026\n${two}`);
    expect(splitMbox(Buffer.from(mbox)).map((b) => b.toString())).toEqual([crlf(one), crlf(two)]);
  });
  it('does not split on "From " inside a paragraph', () => {
    const mbox = `From a@x Mon Jan  1 00:00:00 2026\nFrom: a@x\n\nline\nFrom here on\n`;
    expect(splitMbox(Buffer.from(mbox))).toHaveLength(1);
  });
  it('is not an mbox when it does not start with From_', () => {
    expect(looksLikeMbox(Buffer.from(one))).toBe(false);
  });
});
