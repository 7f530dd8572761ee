import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const reviewCommand: Command = {
  name: 'review',
  summary: 'not available yet',
  usage: 'usage: claimdesk review (not available yet)',
  async run() {
    process.stderr.write('claimdesk review: not available yet\n');
    return 2;
  },
};
