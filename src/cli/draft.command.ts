import { readFile } from 'node:fs/promises';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { collectMailFiles, messageIdFromPath, parseCommandArgs } from './collect-inputs.ts';
import { createJsonlWriter } from './jsonl-writer.ts';
import { parseMessage } from '../mail/parse-message.ts';
import { classifyMessage } from '../policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../policies/classify/triage-config.schemas.ts';
import { decideCase } from '../policies/decide-case.ts';
import { defaultShopProfile } from '../policies/shop-profile.schemas.ts';
import type { MailInput } from '../policies/mail-input.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';
import type { CaseDecision } from '../policies/case-decision.schemas.ts';

const usage = `usage: claimdesk draft --jsonl PATH...

Triage and draft offline (no service, no configuration: the built-in classifier
and the default shop settings). For each .eml file, and each .eml file found
under a directory, print one JSON object on standard output: the triage fields,
then the drafts (to, language, subject, body, send, rules), the actions, the
deadlines counted from the mail's Date header, the flags, and the compliance
check of every draft.

A file that cannot be read as a mail still gets a line, with an "error" field.

options:
  --jsonl        one JSON object per line (the only output format)
  --no-evidence  leave out the triage's evidence and facts
  -h, --help     show this help
`;

export type DraftOutcome =
  | { ok: true; id: string; file: string; mail: MailInput; triage: Triage; decision: CaseDecision }
  | { ok: false; id: string; file: string; error: string; code: string };

/** Reads, parses, triages and decides one file; never throws for bad input or a bug on one message. */
export async function draftFile(file: string): Promise<DraftOutcome> {
  const id = messageIdFromPath(file);
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    return { ok: false, id, file, code: 'FILE.UNREADABLE', error: `cannot read file: ${(err as Error).message}` };
  }
  const parsed = await parseMessage(raw);
  if (!parsed.ok) return { ok: false, id, file, code: parsed.code, error: parsed.reason };
  let triage: Triage;
  try {
    triage = classifyMessage(parsed.mail, defaultTriageConfig);
  } catch (err) {
    process.stderr.write(`claimdesk draft: ${file}: triage failed: ${(err as Error).stack ?? err}\n`);
    return { ok: false, id, file, code: 'TRIAGE.FAILED', error: `triage failed: ${(err as Error).message}` };
  }
  try {
    const decision = decideCase({ mail: parsed.mail, triage, shop: defaultShopProfile });
    return { ok: true, id, file, mail: parsed.mail, triage, decision };
  } catch (err) {
    // A bug of ours on one odd message must not stop the batch: say so loudly and go on.
    process.stderr.write(`claimdesk draft: ${file}: decision failed: ${(err as Error).stack ?? err}\n`);
    return { ok: false, id, file, code: 'DECIDE.FAILED', error: `decision failed: ${(err as Error).message}` };
  }
}

/** The contract's line: triage fields at the top (so the scorer reads them), the triage again under `triage`, then the decision. */
export function draftRecord(r: Extract<DraftOutcome, { ok: true }>, withEvidence: boolean): Record<string, unknown> {
  const { evidence, facts, ...fields } = r.triage;
  const triage = withEvidence ? { ...fields, evidence, facts } : fields;
  return { id: r.id, file: r.file, ...fields, triage, ...r.decision };
}

export const draftCommand: Command = {
  name: 'draft',
  summary: 'triage and draft replies offline, one JSON line each',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { jsonl: { type: 'boolean' }, 'no-evidence': { type: 'boolean' } }, true);
    if (!values.jsonl) throw new UsageError('--jsonl is required (it is the only output format)');
    const files = await collectMailFiles(positionals);
    const out = createJsonlWriter();
    let violations = 0;
    for (const file of files) {
      const r = await draftFile(file);
      if (!r.ok) {
        await out.write({ id: r.id, file: r.file, error: r.error, code: r.code });
        continue;
      }
      violations += r.decision.compliance.violations.length;
      await out.write(draftRecord(r, !values['no-evidence']));
    }
    await out.flush();
    process.stderr.write(`claimdesk draft: ${files.length} message(s), ${violations} compliance violation(s)\n`);
    return 0;
  },
};
