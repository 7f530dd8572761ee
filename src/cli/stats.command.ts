import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const statsCommand: Command = {
  name: 'stats',
  summary: 'not available yet',
  usage: 'usage: claimdesk stats (not available yet)',
  async run() {
    process.stderr.write('claimdesk stats: not available yet\n');
    return 2;
  },
};
