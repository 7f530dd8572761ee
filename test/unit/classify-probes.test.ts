import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyMessage } from '../../src/policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { categories, languages, platformRequests } from '../../src/policies/triage.schemas.ts';
import { mail } from './support/mail.ts';

// Short buyer messages, one per line, written by native speakers without seeing the classifier
// (see the README of each folder). They measure how far the phrase tables reach beyond the
// corpora's own wording; the floors sit a little under today's figures, so a change that loses
// phrasings fails here.
const probeSchema = z.object({ id: z.string(), lang: z.enum(languages), category: z.enum(categories), text: z.string().min(1) });
const SUBJECT = { fr: 'Ma commande', en: 'My order', 'zh-Hans': '我的订单', 'zh-Hant': '我的訂單' } as const;

function accuracy(files: string[]) {
  const byLang = new Map<string, { ok: number; n: number }>();
  for (const file of files) {
    for (const line of readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean)) {
      const p = probeSchema.parse(JSON.parse(line));
      const t = classifyMessage(mail({ from: 'Client <client123@gmail.com>', subject: SUBJECT[p.lang], text: p.text }), defaultTriageConfig);
      for (const key of [p.lang, 'all']) {
        const s = byLang.get(key) ?? { ok: 0, n: 0 };
        s.n++;
        if (t.category === p.category) s.ok++;
        byLang.set(key, s);
      }
    }
  }
  return Object.fromEntries([...byLang].map(([k, { ok, n }]) => [k, ok / n]));
}

describe('buyer phrasing probes', () => {
  it('development probes (the phrase tables were extended on these): 1,520 messages', () => {
    const acc = accuracy(['probes/buyer-fr-en.jsonl', 'probes/buyer-zh.jsonl', 'probes/buyer-fr-en-2.jsonl', 'probes/buyer-zh-2.jsonl', 'probes/buyer-mixed-3.jsonl', 'probes/buyer-4.jsonl', 'probes/buyer-5.jsonl']);
    expect(acc.all).toBeGreaterThanOrEqual(0.92);
    for (const lang of ['fr', 'en', 'zh-Hans', 'zh-Hant']) expect(acc[lang], lang).toBeGreaterThanOrEqual(0.88);
  });
  it('held-out probes (never tuned on): 240 messages', () => {
    const acc = accuracy(['probes-heldout/buyer-fr-en.jsonl', 'probes-heldout/buyer-zh.jsonl']);
    expect(acc.all).toBeGreaterThanOrEqual(0.75);
    for (const lang of ['fr', 'en', 'zh-Hans', 'zh-Hant']) expect(acc[lang], lang).toBeGreaterThanOrEqual(0.72);
  });
  it('a second held-out set, written at the end of the day (never tuned on): 200 messages', () => {
    const acc = accuracy(['probes-heldout/buyer-2.jsonl']);
    expect(acc.all).toBeGreaterThanOrEqual(0.82);
    for (const lang of ['fr', 'en', 'zh-Hans', 'zh-Hant']) expect(acc[lang], lang).toBeGreaterThanOrEqual(0.76);
  });

  it('marketplace notices: development (450, extended on) and held out (90 + 100, never tuned on)', () => {
    for (const file of ['probes/notices-dev.jsonl', 'probes/notices-dev-2.jsonl', 'probes/notices-dev-3.jsonl']) {
      const dev = noticeAccuracy(file);
      expect(dev.sender, file).toBeGreaterThanOrEqual(0.99);
      // The third round's emphasis was the time limit; its claim types are read less well (0.84).
      expect(dev.category, file).toBeGreaterThanOrEqual(file.endsWith('-3.jsonl') ? 0.82 : 0.93);
      expect(dev.platform_request, file).toBeGreaterThanOrEqual(0.95);
      expect(dev.deadline_hours, file).toBeGreaterThanOrEqual(file.endsWith('-3.jsonl') ? 0.93 : 0.95);
    }
    const heldOut = noticeAccuracy('probes-heldout/notices.jsonl');
    expect(heldOut.category).toBeGreaterThanOrEqual(0.65);
    expect(heldOut.platform_request).toBeGreaterThanOrEqual(0.66);
    expect(heldOut.deadline_hours).toBeGreaterThanOrEqual(0.63);
    // A second held-out set, written and scored once at the end of the day the notice work was done.
    const heldOut2 = noticeAccuracy('probes-heldout/notices-2.jsonl');
    expect(heldOut2.category).toBeGreaterThanOrEqual(0.85);
    expect(heldOut2.platform_request).toBeGreaterThanOrEqual(0.9);
    expect(heldOut2.deadline_hours).toBeGreaterThanOrEqual(0.9);
  });
});

const noticeSchema = z.object({
  id: z.string(),
  marketplace: z.enum(['rakuten_fr', 'yoho_hk']),
  lang: z.enum(languages),
  date: z.string().datetime({ offset: true }),
  subject: z.string(),
  text: z.string().min(1),
  category: z.enum(categories),
  platform_request: z.enum(platformRequests),
  deadline_hours: z.number().nullable(),
});
const NOTICE_FROM = {
  rakuten_fr: 'Rakuten France - Service Client <service-client@fr.shopping.rakuten.com>',
  yoho_hk: 'Yoho Merchant Center <merchant-support@yoho.com.hk>',
} as const;

/** Share of notices whose sender, category, request and deadline each come out as labelled. */
function noticeAccuracy(file: string): Record<'sender' | 'category' | 'platform_request' | 'deadline_hours', number> {
  const ok = { sender: 0, category: 0, platform_request: 0, deadline_hours: 0 };
  let n = 0;
  for (const line of readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean)) {
    const p = noticeSchema.parse(JSON.parse(line));
    const t = classifyMessage(mail({ from: NOTICE_FROM[p.marketplace], subject: p.subject, text: p.text, date: new Date(p.date).toISOString() }), defaultTriageConfig);
    n++;
    if (t.sender === 'platform') ok.sender++;
    if (t.category === p.category) ok.category++;
    if (t.platform_request === p.platform_request) ok.platform_request++;
    // Some labellers kept the minutes (74.5 h); the product gives whole hours, as the corpus labels do.
    if (t.deadline_hours === p.deadline_hours || (t.deadline_hours !== null && p.deadline_hours !== null && Math.abs(t.deadline_hours - p.deadline_hours) <= 0.5)) ok.deadline_hours++;
  }
  return { sender: ok.sender / n, category: ok.category / n, platform_request: ok.platform_request / n, deadline_hours: ok.deadline_hours / n };
}
