import { describe, expect, it } from 'vitest';
import { actionCatalog, makeAction, type ActionCode } from '../../src/policies/rules/action-catalog.ts';
import { attachmentLabels, deadlineLabels, purposes } from '../../src/policies/rules/merchant-labels.ts';
import { findScriptMismatch } from '../../src/policies/drafts/chinese-script.ts';
import { decide, mail, shop, triage } from './rules-fixtures.ts';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const languages = ['en', 'fr', 'zh-Hans', 'zh-Hant'] as const;

describe('what the merchant reads', () => {
  it.each(Object.keys(actionCatalog) as ActionCode[])('%s: four languages, the same slots, the right Chinese script', (code) => {
    const entry = actionCatalog[code];
    expect(entry.rule).toMatch(/^(RAK|YOHO|ALL)-[A-Z0-9-]+$|^\{rule\}$/);
    for (const l of languages) expect(entry[l].trim().length).toBeGreaterThan(10);
    for (const l of languages) expect(slots(entry[l]), l).toEqual(slots(entry.en));
    // Simplified and Traditional are each in their own script (Latin quotations aside).
    expect(findScriptMismatch(entry['zh-Hans'].replace(/[A-Za-z«»“”"'’().,:;/+=%-]+/g, ''), 'zh-Hans')).toEqual([]);
    expect(findScriptMismatch(entry['zh-Hant'].replace(/[A-Za-z«»“”"'’().,:;/+=%-]+/g, ''), 'zh-Hant')).toEqual([]);
  });

  it('labels exist in every language', () => {
    for (const table of [purposes, attachmentLabels, deadlineLabels]) for (const label of Object.values(table)) for (const l of languages) expect(label[l]).toBeTruthy();
  });

  it('a slot without a value is a bug, not a blank', () => {
    expect(() => makeAction('get-carrier-status', 'en', { carrier: 'SF Express' })).toThrow(/\{tracking\}/);
  });

  it.each([
    ['zh-Hans', '请立即在卖家后台上传承运商和运单号'],
    ['zh-Hant', '請立即在賣家後台上傳物流商及運單號碼'],
    ['fr', 'Renseignez tout de suite le transporteur'],
  ] as const)('actions, deadlines and the summary follow the merchant’s language (%s)', (merchantLanguage, text) => {
    const d = decide(mail({ text: 'aucun numéro de suivi n’a été associé' }), triage({ sender: 'platform', category: 'non_recu', platform_request: 'provide_tracking', order_id: '559201/8830192', deadline_hours: 48 }), shop({ merchantLanguage }));
    expect(d.actions.map((a) => a.text).join('\n')).toContain(text);
    expect(d.summary).toContain('559201/8830192');
    // The drafts stay in the reader's language whatever the merchant reads.
    expect(d.drafts.map((x) => x.language)).toEqual(['fr']);
  });
});
