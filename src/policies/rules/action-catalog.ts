import type { Language } from '../triage.schemas.ts';
import type { Action } from '../case-decision.schemas.ts';
import { fill } from './merchant-text.ts';
import { rakutenTexts } from './merchant-texts.rakuten.ts';
import { rakutenBuyerSideTexts, rakutenMoreTexts } from './merchant-texts.rakuten-more.ts';
import { yohoReturnTexts, yohoTexts } from './merchant-texts.yoho.ts';
import { commonTexts } from './merchant-texts.common.ts';

/** Every action or note a handler can give the merchant, by stable code. */
export const actionCatalog = { ...rakutenTexts, ...rakutenMoreTexts, ...rakutenBuyerSideTexts, ...yohoTexts, ...yohoReturnTexts, ...commonTexts };
export type ActionCode = keyof typeof actionCatalog;

/**
 * The action in the merchant's language. Texts whose rule depends on the case
 * (`{rule}`) take it from `vars.rule`.
 */
export function makeAction(code: ActionCode, language: Language, vars: Readonly<Record<string, string | number>> = {}): Action {
  const entry = actionCatalog[code];
  const rule = entry.rule === '{rule}' ? String(vars.rule ?? '') : entry.rule;
  if (!rule) throw new Error(`action ${code} needs a rule`);
  return { rule, code, text: fill(entry[language], vars) };
}
