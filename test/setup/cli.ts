import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/claimdesk.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `claimdesk ARGS` as a separate process, the way a merchant does, with only the given environment. */
export function runCli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * Drives the interactive `claimdesk review`: each time it prompts (a line
 * ending in "> "), `answer` sees the screen since the last prompt and replies.
 */
export function driveCli(args: string[], env: Record<string, string>, answer: (screen: string) => string): Promise<CliResult & { transcript: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let screen = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      screen += d;
      if (screen.endsWith('> ')) {
        const reply = answer(screen);
        screen = '';
        child.stdin.write(reply + '\n');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, transcript: stdout }));
  });
}
