import type { Command } from './command.ts';

// Placeholder until the command lands; see the issue that builds it.
export const importCommand: Command = {
  name: 'import',
  summary: 'not available yet',
  usage: 'usage: claimdesk import (not available yet)',
  async run() {
    process.stderr.write('claimdesk import: not available yet\n');
    return 2;
  },
};
