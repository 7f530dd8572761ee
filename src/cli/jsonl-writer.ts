/** Buffers JSON lines so thousands of small writes do not each cost a syscall. */
export function createJsonlWriter(stream: NodeJS.WritableStream = process.stdout) {
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  };
  return {
    async write(record: unknown) {
      const line = JSON.stringify(record) + '\n';
      buffer.push(line);
      size += line.length;
      if (size > 64 * 1024) await flush();
    },
    flush,
  };
}
