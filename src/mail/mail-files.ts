import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files a directory walk picks up: RFC 5322 `.eml`, and Outlook `.msg` so it is reported rather than silently skipped. */
export const MAIL_FILE = /\.(eml|msg)$/i;

async function walk(dir: string, wanted: RegExp, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, wanted, out);
    else if (e.isFile() && wanted.test(e.name)) out.push(p);
  }
}

/**
 * Expands paths: files are taken as given (whatever their extension),
 * directories are searched recursively for names matching `wanted`.
 * Throws `onMissing(path)` for a path that does not exist.
 */
export async function expandPaths(paths: readonly string[], wanted: RegExp, onMissing: (path: string) => Error): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw onMissing(p);
      throw err;
    });
    if (s.isDirectory()) await walk(p, wanted, out);
    else out.push(p);
  }
  return out;
}

