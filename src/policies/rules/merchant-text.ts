import type { Language } from '../triage.schemas.ts';

/** A text for the merchant in every language a merchant may choose, with the rule it applies. */
export type MerchantText = { rule: string } & Record<Language, string>;
/** A label for the merchant (purpose of a draft, a deadline, a document to attach). */
export type Label = Record<Language, string>;

/** Fills `{name}` slots; a slot without a value is an error in the caller, so it throws. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`merchant text slot {${k}} has no value`);
    return String(v);
  });
}
