import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emlFiles } from './support/eml-files.ts';
import { parseMessage } from '../../src/mail/parse-message.ts';
import { classifyMessage } from '../../src/policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../../src/policies/classify/triage-config.schemas.ts';
import { decideCase } from '../../src/policies/decide-case.ts';
import { defaultShopProfile } from '../../src/policies/shop-profile.schemas.ts';

// Every mail we have — the dev corpus, the three held-out sets, the sample mailbox, mime-wild —
// goes through triage and the handlers without an exception and without a compliance violation.
describe('triage and decision on every mail we have', () => {
  it('decides every one, with no compliance violation', async () => {
    const files = ['../shared/corpus', 'test/fixtures', 'samples/mailbox', '../shared/mime-wild'].flatMap(emlFiles);
    expect(files.length).toBeGreaterThan(600);
    const failures: string[] = [];
    let decided = 0;
    for (const file of files) {
      const parsed = await parseMessage(readFileSync(file));
      if (!parsed.ok) continue;
      try {
        const triage = classifyMessage(parsed.mail, defaultTriageConfig);
        const d = decideCase({ mail: parsed.mail, triage, shop: defaultShopProfile });
        if (!d.compliance.ok) failures.push(`${file}: ${d.compliance.violations.map((v) => v.rule).join(', ')}`);
        decided++;
      } catch (err) {
        failures.push(`${file}: ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(decided).toBeGreaterThan(600);
  });
});
