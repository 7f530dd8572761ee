import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse-message.ts';
import { classifyMessage } from '../../src/policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { decideCase } from '../../src/policies/decide-case.ts';
import { defaultShopProfile } from '../../src/policies/shop-profile.schemas.ts';
import { triageFactsSchema, type Triage } from '../../src/policies/triage.schemas.ts';
import { caseDecisionSchema, caseFlags } from '../../src/policies/case-decision.schemas.ts';
import type { MailInput } from '../../src/policies/mail-input.schemas.ts';

/**
 * The dev corpus through the policy handlers: every claim gets a decision and
 * no draft breaks a rule. Run twice: with the labels as triage (the handlers
 * alone, stable whatever the classifier does) and with the live classifier
 * (the whole pipeline, as `claimdesk draft` runs it).
 */
const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const present = existsSync(corpus);

interface Label { id: string; marketplace: Triage['marketplace']; sender: Triage['sender']; category: Triage['category']; language: Triage['language']; order_id: string | null; tracking_number: string | null; platform_request: Triage['platform_request']; deadline_hours: number | null; notes: string }

async function load(): Promise<{ label: Label; mail: MailInput }[]> {
  const out: { label: Label; mail: MailInput }[] = [];
  for (const dir of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const base = `${corpus}/${dir.name}`;
    if (!existsSync(`${base}/labels.jsonl`)) continue;
    for (const line of readFileSync(`${base}/labels.jsonl`, 'utf8').split('\n').filter((l) => l.trim())) {
      const label = JSON.parse(line) as Label;
      const parsed = await parseMessage(readFileSync(`${base}/${label.id}.eml`));
      if (parsed.ok) out.push({ label, mail: parsed.mail });
    }
  }
  return out;
}

/** Labels as a triage record; the facts a classifier adds are read from the labellers' notes and the sender address. */
function goldTriage(g: Label, m: MailInput): Triage {
  const from = m.from?.address ?? '';
  return {
    sender: g.sender, marketplace: g.marketplace, category: g.category, language: g.language, order_id: g.order_id,
    tracking_number: g.tracking_number, platform_request: g.platform_request, deadline_hours: g.deadline_hours, confidence: 1, evidence: [],
    facts: triageFactsSchema.parse({
      automated: g.sender !== 'buyer' && /no-?reply|ne-pas-repondre|notification|notice@/i.test(from),
      spoofed: /phishing/i.test(g.notes),
      bilingual: /prevail/i.test(g.notes),
    }),
  };
}

const isClaim = (t: Triage) => t.category !== 'general' && (t.sender === 'buyer' || t.sender === 'platform') && t.platform_request !== 'info_only';

describe.skipIf(!present)('dev corpus', () => {
  it.each([
    ['labels as triage', 'gold'],
    ['the live classifier', 'live'],
  ] as const)('with %s: a decision for every claim, 0 compliance violations', async (_name, mode) => {
    const cases = await load();
    expect(cases.length).toBeGreaterThan(100);
    let claims = 0;
    const violations: string[] = [];
    for (const { label, mail } of cases) {
      const triage = mode === 'gold' ? goldTriage(label, mail) : classifyMessage(mail, defaultTriageConfig);
      const d = decideCase({ mail, triage, shop: defaultShopProfile });
      expect(caseDecisionSchema.safeParse(d).success).toBe(true);
      for (const v of d.compliance.violations) violations.push(`${label.id} ${v.rule} ${v.message}`);
      for (const f of d.flags) expect(Object.keys(caseFlags), `${label.id}: undocumented flag`).toContain(f);
      if (!isClaim(triage)) continue;
      claims++;
      // A decision: something for the merchant to do or read, and a handler that owned it.
      expect(d.handler, label.id).not.toBe('none');
      expect(d.actions.length + d.drafts.length + (d.notes?.length ?? 0), label.id).toBeGreaterThan(0);
      if (triage.category === 'counterfeit') expect(d.drafts.every((x) => x.send === 'never'), label.id).toBe(true);
      if (triage.facts.spoofed) expect(d.drafts, label.id).toEqual([]);
    }
    expect(claims).toBeGreaterThan(60);
    expect(violations).toEqual([]);
  }, 60_000);
});
