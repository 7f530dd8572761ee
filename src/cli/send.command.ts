import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const sendCommand: Command = {
  name: 'send',
  summary: 'not available yet',
  usage: 'usage: claimdesk send (not available yet)',
  async run() {
    process.stderr.write('claimdesk send: not available yet\n');
    return 2;
  },
};
