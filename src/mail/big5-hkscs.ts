import iconv from 'iconv-lite';

/**
 * Node's built-in Big5 decoder (ICU) silently drops the Hong Kong Supplementary
 * Character Set: 咗 喺 哋 嘅 — everyday Cantonese — vanish from Big5 mail. The
 * MIME parser decodes through the global TextDecoder, so Big5 labels are routed
 * to iconv-lite's Big5-HKSCS table; every other label is Node's own decoder.
 */
const BIG5_LABELS = new Set(['big5', 'big5-hkscs', 'big5hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'x-big5', 'cp950', 'windows-950', 'ms950']);

const Native = globalThis.TextDecoder;

class HkscsTextDecoder extends Native {
  #big5: boolean;

  constructor(label: string = 'utf-8', options?: { fatal?: boolean; ignoreBOM?: boolean }) {
    const big5 = BIG5_LABELS.has(String(label).trim().toLowerCase());
    super(big5 ? 'utf-8' : label, options);
    this.#big5 = big5;
  }

  override decode(input?: ArrayBuffer | ArrayBufferView | null, options?: { stream?: boolean }): string {
    if (!this.#big5) return super.decode(input as Parameters<InstanceType<typeof Native>["decode"]>[0], options);
    if (input === undefined || input === null) return '';
    const bytes = ArrayBuffer.isView(input)
      ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
      : Buffer.from(input as ArrayBuffer);
    return iconv.decode(bytes, 'big5hkscs');
  }
}

let installed = false;

/** Makes Big5 decoding keep HKSCS characters, process-wide (idempotent). */
export function installHkscsDecoder(): void {
  if (installed) return;
  globalThis.TextDecoder = HkscsTextDecoder as typeof TextDecoder;
  installed = true;
}
