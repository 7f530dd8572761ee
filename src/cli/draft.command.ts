import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const draftCommand: Command = {
  name: 'draft',
  summary: 'not available yet',
  usage: 'usage: claimdesk draft (not available yet)',
  async run() {
    process.stderr.write('claimdesk draft: not available yet\n');
    return 2;
  },
};
