import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const syncCommand: Command = {
  name: 'sync',
  summary: 'not available yet',
  usage: 'usage: claimdesk sync (not available yet)',
  async run() {
    process.stderr.write('claimdesk sync: not available yet\n');
    return 2;
  },
};
