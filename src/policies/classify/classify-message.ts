import type { MailInput } from '../mail-input.schemas.ts';
import type { Triage } from '../triage.schemas.ts';
import { triageFactsSchema } from '../triage.schemas.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

/** Placeholder: replaced by the rule-based classifier. */
export function classifyMessage(mail: MailInput, _config: TriageConfig): Triage {
  return {
    sender: 'other',
    marketplace: null,
    category: 'general',
    language: 'en',
    order_id: null,
    tracking_number: null,
    platform_request: null,
    deadline_hours: null,
    confidence: 0,
    evidence: [],
    facts: triageFactsSchema.parse({ summary: mail.subject }),
  };
}
