import { readFile } from 'node:fs/promises';

export type FileRead = { file: string; raw: Buffer } | { file: string; error: string };

/**
 * Reads files a batch at a time, the reads of a batch in parallel. Callers then
 * handle a whole batch at once, which keeps each step's code and data warm (and
 * the disk busy while the last batch is worked on).
 */
export async function* readInBatches(files: readonly string[], size = 64): AsyncGenerator<FileRead[]> {
  for (let i = 0; i < files.length; i += size) {
    yield await Promise.all(
      files.slice(i, i + size).map(async (file): Promise<FileRead> => {
        try {
          return { file, raw: await readFile(file) };
        } catch (err) {
          return { file, error: `cannot read file: ${(err as Error).message}` };
        }
      }),
    );
  }
}
