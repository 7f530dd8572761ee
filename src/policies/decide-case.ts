import type { MailInput } from './mail-input.schemas.ts';
import type { Triage } from './triage.schemas.ts';
import type { ShopProfile } from './shop-profile.schemas.ts';
import type { CaseDecision } from './case-decision.schemas.ts';

export interface CaseInput {
  mail: MailInput;
  triage: Triage;
  shop: ShopProfile;
}

/** Placeholder until the policy handlers land (issue 3): decides nothing. */
export function decideCase(_input: CaseInput): CaseDecision {
  return { drafts: [], actions: [], deadlines: [], flags: [], compliance: { ok: true, violations: [] } };
}
