import type { Command } from './command.ts';
import { UsageError } from './command.ts';

/** Sub-commands load lazily so `classify` does not pay for database or IMAP modules. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  classify: { summary: 'triage .eml files offline, one JSON line each', load: async () => (await import('./classify.command.ts')).classifyCommand },
  draft: { summary: 'triage and draft replies offline, one JSON line each', load: async () => (await import('./draft.command.ts')).draftCommand },
  start: { summary: 'run the main job on the built-in sample mailbox', load: async () => (await import('./start.command.ts')).startCommand },
  import: { summary: 'store .eml files, folders or mbox files in the database', load: async () => (await import('./import.command.ts')).importCommand },
  sync: { summary: 'fetch new mail from the configured IMAP mailbox', load: async () => (await import('./sync.command.ts')).syncCommand },
  review: { summary: 'approve, edit or reject pending drafts', load: async () => (await import('./review.command.ts')).reviewCommand },
  send: { summary: 'send approved drafts over SMTP', load: async () => (await import('./send.command.ts')).sendCommand },
  stats: { summary: 'counts of messages, cases and drafts', load: async () => (await import('./stats.command.ts')).statsCommand },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'claimdesk: after-sales triage and drafting for marketplace merchants',
    '',
    'usage: claimdesk <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run `claimdesk <command> --help` for the options of a command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry) {
    process.stderr.write(`claimdesk: unknown command "${name}"\n\n${mainHelp()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`claimdesk ${name}: ${err.message}\n\n${command.usage.trimEnd()}\n`);
      return 2;
    }
    throw err;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
