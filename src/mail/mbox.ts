/**
 * mbox files: messages separated by "From " lines. A separator is a line that
 * starts with "From " at the start of the file or after an empty line (writers
 * escape "From " at the start of body lines as ">From "). Each message is kept
 * exactly as the file has it, without its separator line and without the blank
 * line the writer put before the next separator.
 */
export function looksLikeMbox(data: Uint8Array): boolean {
  return data.length > 5 && Buffer.from(data.subarray(0, 5)).toString('latin1') === 'From ';
}

export function splitMbox(data: Uint8Array): Buffer[] {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const starts: number[] = [];
  // latin1 keeps one char per byte, so string offsets are byte offsets.
  const text = buf.toString('latin1');
  const sep = /(^|\n\r?\n)From [^\n]*\n/g;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    starts.push(m.index + m[1]!.length);
  }
  const out: Buffer[] = [];
  for (let i = 0; i < starts.length; i++) {
    const lineEnd = text.indexOf('\n', starts[i]!) + 1;
    let end = i + 1 < starts.length ? starts[i + 1]! : buf.length;
    // Drop the one blank line that separates this message from the next separator.
    if (i + 1 < starts.length) end -= text[end - 2] === '\r' ? 2 : 1;
    if (end > lineEnd) out.push(buf.subarray(lineEnd, end));
  }
  return out;
}
