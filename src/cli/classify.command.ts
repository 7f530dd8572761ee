import { readFile } from 'node:fs/promises';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { collectMailFiles, messageIdFromPath, parseCommandArgs } from './collect-inputs.ts';
import { createJsonlWriter } from './jsonl-writer.ts';
import { readInBatches } from './read-batches.ts';
import { parseMessage } from '../mail/parse-message.ts';
import { classifyMessage } from '../policies/classify/classify-message.ts';
import { defaultTriageConfig } from '../policies/classify/triage-config.schemas.ts';
import type { Triage } from '../policies/triage.schemas.ts';

const usage = `usage: claimdesk classify --jsonl PATH...

Triage mail offline (no service, no configuration): for each .eml file, and each
.eml file found under a directory, print one JSON object on standard output with
sender, marketplace, category, language, order_id, tracking_number,
platform_request, deadline_hours, confidence, evidence and facts.

A file that cannot be read as a mail still gets a line, with an "error" field.

options:
  --jsonl        one JSON object per line (the only output format)
  --no-evidence  leave out the evidence and facts fields
  -h, --help     show this help
`;

export type FileOutcome =
  | { ok: true; id: string; file: string; triage: Triage }
  | { ok: false; id: string; file: string; error: string; code: string };

/** Reads, parses and triages one file; never throws for bad input. */
export async function triageFile(file: string): Promise<FileOutcome> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    return { ok: false, id: messageIdFromPath(file), file, code: 'FILE.UNREADABLE', error: `cannot read file: ${(err as Error).message}` };
  }
  const [outcome] = triageParsed([{ file, parsed: await parseMessage(raw) }]);
  return outcome!;
}

/** Triages already parsed files (a whole batch in a row keeps the classifier warm). */
export function triageParsed(items: readonly { file: string; parsed: Awaited<ReturnType<typeof parseMessage>> }[]): FileOutcome[] {
  return items.map(({ file, parsed }) => triageOne(file, parsed));
}

function triageOne(file: string, parsed: Awaited<ReturnType<typeof parseMessage>>): FileOutcome {
  const id = messageIdFromPath(file);
  if (!parsed.ok) return { ok: false, id, file, code: parsed.code, error: parsed.reason };
  try {
    return { ok: true, id, file, triage: classifyMessage(parsed.mail, defaultTriageConfig) };
  } catch (err) {
    // A bug of ours on one odd message must not stop the batch: say so loudly and go on.
    process.stderr.write(`claimdesk classify: ${file}: triage failed: ${(err as Error).stack ?? err}\n`);
    return { ok: false, id, file, code: 'TRIAGE.FAILED', error: `triage failed: ${(err as Error).message}` };
  }
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'triage .eml files offline, one JSON line each',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { jsonl: { type: 'boolean' }, 'no-evidence': { type: 'boolean' } }, true);
    if (!values.jsonl) throw new UsageError('--jsonl is required (it is the only output format)');
    const files = await collectMailFiles(positionals);
    const out = createJsonlWriter();
    for await (const batch of readInBatches(files)) {
      // Parse the batch, then triage it: each step's code stays warm across the batch.
      const parsed = [];
      const unreadable = new Map<string, string>();
      for (const item of batch) {
        if ('error' in item) unreadable.set(item.file, item.error);
        else parsed.push({ file: item.file, parsed: await parseMessage(item.raw) });
      }
      const outcomes = new Map(triageParsed(parsed).map((r) => [r.file, r]));
      for (const { file } of batch) {
        const error = unreadable.get(file);
        if (error !== undefined) {
          await out.write({ id: messageIdFromPath(file), file, error, code: 'FILE.UNREADABLE' });
          continue;
        }
        const r = outcomes.get(file)!;
        if (!r.ok) {
          await out.write({ id: r.id, file: r.file, error: r.error, code: r.code });
          continue;
        }
        const { evidence, facts, ...fields } = r.triage;
        await out.write(values['no-evidence'] ? { id: r.id, file: r.file, ...fields } : { id: r.id, file: r.file, ...fields, evidence, facts });
      }
    }
    await out.flush();
    return 0;
  },
};
