import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emlFiles } from './support/eml-files.ts';
import { buildPrefilter, requiredLiterals } from '../../src/policies/classify/literal-prefilter.ts';
import { foldText } from '../../src/policies/classify/normalize.ts';
import { firstMatches, mayMatch, phraseNames, phraseRegex, scanPhrases, squash } from '../../src/policies/classify/phrase-index.ts';
import { parseMessage } from '../../src/mail/parse-message.ts';

describe('requiredLiterals', () => {
  it.each([
    ['abc', ['abc']],
    ['\\bfaux\\b', ['faux']],
    ['(?:pas|jamais) (?:encore )?(?:parti|expedie)e?', ['parti', 'expedie']],
    ['超出.{0,14}寄出時效', ['寄出時效']],
    ["n'ai (?:toujours )?recu", ["n'ai "]],
    ['leaks?\\b', ['leak']],
    ['x|y(?:zz|ww)', null],
    ['a(?:b|c)?d', null],
    // Plain alternatives join the text around them: far fewer texts contain 没到 than 没.
    ['(?:没|沒)到(?:我)?手', ['没到', '沒到']],
    ['colis (?:perdu|egare)', ['colis perdu', 'colis egare']],
  ])('%s', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });
});

describe('buildPrefilter', () => {
  it('flags a pattern when one of its literals occurs, and only then', () => {
    const p = buildPrefilter(['colis (?:perdu|egare)', 'rembours', '\\d+ mois']);
    expect([...p.candidates('mon colis perdu')]).toEqual([1, 0, 0]);
    expect([...p.candidates('mon colis est perdu')]).toEqual([0, 0, 0]);
    expect([...p.candidates('remboursement sous 3 mois')]).toEqual([0, 1, 1]);
    expect([...p.candidates('rien')]).toEqual([0, 0, 0]);
  });

  it('keeps a pattern with no required literal always on', () => {
    expect([...buildPrefilter(['x|\\d+']).candidates('')]).toEqual([1]);
  });

  it('finds overlapping literals and literals inside longer ones', () => {
    const p = buildPrefilter(['abcd', 'bc', 'cde']);
    expect([...p.candidates('xabcdex')]).toEqual([1, 1, 1]);
  });
});

// The prefilter may only ever rule out phrase groups that cannot match: check every group
// of every table against real mail (dev corpus, held-out set, sample mailbox).
describe('phrase index soundness', () => {
  it('never rules out a phrase group whose regex matches the text', async () => {
    const dirs = ['../shared/corpus', 'test/fixtures/holdout', 'samples/mailbox'].filter((d) => {
      try {
        return statSync(d).isDirectory();
      } catch {
        return false;
      }
    });
    const files = dirs.flatMap(emlFiles);
    expect(files.length).toBeGreaterThan(50);
    let checked = 0;
    for (const file of files) {
      const parsed = await parseMessage(readFileSync(file));
      if (!parsed.ok) continue;
      const text = squash(foldText(`${parsed.mail.subject}\n${parsed.mail.text}`));
      const hits = scanPhrases(text);
      for (const table of ['signals', 'motifs', 'requests'] as const) {
        for (const name of phraseNames(table)) {
          const re = new RegExp(phraseRegex(table, name).source);
          if (re.test(text)) {
            expect(mayMatch(hits, table, name as never), `${file}: ${table}.${name}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('firstMatches finds what the whole alternation finds: the same count and first match', async () => {
    const files = ['../shared/corpus', 'test/fixtures/holdout-h7', 'test/fixtures/holdout-z6', 'samples/mailbox'].flatMap(emlFiles);
    const texts: string[] = [];
    for (const file of files) {
      const parsed = await parseMessage(readFileSync(file));
      if (parsed.ok) texts.push(squash(foldText(`${parsed.mail.subject}\n${parsed.mail.text}`)));
    }
    for (const file of ['test/fixtures/probes/buyer-fr-en.jsonl', 'test/fixtures/probes/buyer-zh.jsonl']) {
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) texts.push(squash(foldText((JSON.parse(line) as { text: string }).text)));
    }
    let matched = 0;
    for (const text of texts) {
      const hits = scanPhrases(text);
      for (const table of ['signals', 'motifs', 'requests'] as const) {
        for (const name of phraseNames(table)) {
          const re = new RegExp(phraseRegex(table, name).source, 'g');
          let count = 0;
          let first = '';
          for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0].length === 0) {
              re.lastIndex++;
              continue;
            }
            if (count++ === 0) first = m[0];
          }
          const got = mayMatch(hits, table, name as never) ? firstMatches(hits, table, name as never, text) : undefined;
          expect(got, `${table}.${name} on ${text.slice(0, 60)}`).toEqual(count ? { count, first } : undefined);
          if (count) matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
