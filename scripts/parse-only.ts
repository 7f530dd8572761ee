// Parse-only baseline for the classify benchmark: the same file walk, reads and
// MIME parser as `claimdesk classify`, and one small JSON line per message, but no triage.
import { readFile } from 'node:fs/promises';
import { collectMailFiles, messageIdFromPath } from '../src/cli/collect-inputs.ts';
import { createJsonlWriter } from '../src/cli/jsonl-writer.ts';
import { parseMessage } from '../src/mail/parse-message.ts';

const files = await collectMailFiles(process.argv.slice(2));
const out = createJsonlWriter();
for (const file of files) {
  const parsed = await parseMessage(await readFile(file));
  await out.write(parsed.ok ? { id: messageIdFromPath(file), subject: parsed.mail.subject } : { id: messageIdFromPath(file), error: parsed.reason });
}
await out.flush();
