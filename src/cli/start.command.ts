import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const startCommand: Command = {
  name: 'start',
  summary: 'not available yet',
  usage: 'usage: claimdesk start (not available yet)',
  async run() {
    process.stderr.write('claimdesk start: not available yet\n');
    return 2;
  },
};
