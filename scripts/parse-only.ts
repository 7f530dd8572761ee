// Parse-only baseline for the classify benchmark: the same file walk, batched reads and
// MIME parser as `claimdesk classify`, and one small JSON line per message, but no triage.
// It starts like bin/claimdesk.js, with the same on-disk compile cache, so the two compare alike.
import module from 'node:module';

module.enableCompileCache?.();
const { collectMailFiles, messageIdFromPath } = await import('../src/cli/collect-inputs.ts');
const { createJsonlWriter } = await import('../src/cli/jsonl-writer.ts');
const { readInBatches } = await import('../src/cli/read-batches.ts');
const { parseMessage } = await import('../src/mail/parse-message.ts');

const files = await collectMailFiles(process.argv.slice(2));
const out = createJsonlWriter();
for await (const batch of readInBatches(files)) {
  for (const item of batch) {
    if ('error' in item) {
      await out.write({ id: messageIdFromPath(item.file), error: item.error });
      continue;
    }
    const parsed = await parseMessage(item.raw);
    await out.write(parsed.ok ? { id: messageIdFromPath(item.file), subject: parsed.mail.subject } : { id: messageIdFromPath(item.file), error: parsed.reason });
  }
}
await out.flush();
