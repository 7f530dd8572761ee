import { readdir, stat } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { UsageError } from './command.ts';

/** Files a directory walk picks up: RFC 5322 `.eml`, and Outlook `.msg` so it is reported rather than silently skipped. */
const MAIL_FILE = /\.(eml|msg)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && MAIL_FILE.test(e.name)) out.push(p);
  }
}

/**
 * Expands the command-line paths: files are taken as given (whatever their
 * extension), directories are searched recursively for mail files.
 */
export async function collectMailFiles(paths: string[]): Promise<string[]> {
  if (paths.length === 0) throw new UsageError('give at least one .eml file or directory');
  const out: string[] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (s.isDirectory()) await walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The contract's `id`: the file name without `.eml`. */
export function messageIdFromPath(path: string): string {
  return basename(path).replace(/\.eml$/i, '');
}
