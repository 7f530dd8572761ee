import { foldText, tidyLines } from './normalize.ts';

/**
 * A mail's text split into what its author wrote now and what it carries from
 * elsewhere: quoted replies, forwarded messages, and — for marketplace relays —
 * the buyer's own words inside the marketplace's wrapper.
 */
export interface TextParts {
  /** The author's new text (for a relay: the whole wrapper, buyer words included). */
  newText: string;
  /** Quoted history and forwarded messages, without `>` markers (computed on first read). */
  readonly quotedText: string;
  /** The buyer's words when the mail relays a buyer message, else null. */
  relayed: RelayedText | null;
}

export interface RelayedText {
  /** The phrase that revealed the relay. */
  marker: string;
  buyerText: string;
  /** The wrapper around the buyer's words (order references, claim motif, footer). */
  wrapperText: string;
}

// Attribution lines of replies: « Le … a écrit : », "On … wrote:", 在…写道 / 於…寫道.
const ATTRIBUTION = [
  /^(?:le|on|am|el|il|op)\b.{0,220}?\b(?:a ecrit|a ecrit|wrote|schrieb|escribio|ha scritto|schreef)\s*:?\s*$/,
  /^(?:在|於|于).{0,160}?(?:写道|寫道)\s*:?\s*$/,
];
// Separator lines of forwards and Outlook / QQ / Thunderbird replies.
const SEPARATOR =
  /^[-=_*\s]{0,40}(?:original message|message d'origine|forwarded message|message transfere|mail original|message original|原始邮件|原始郵件|转发的邮件|轉寄的郵件|轉發的郵件|转发邮件|轉寄郵件|forwarded e-?mail|historique de la conversation|conversation history|历史消息|歷史訊息|對話紀錄)[-=_*\s]{0,40}:?\s*$/;
const FORWARD_INTRO = /^(?:begin forwarded message|debut du message reexpedie|start of forwarded message|下面是被转发的邮件|以下为转发的邮件|以下是轉寄的郵件)\s*:?\s*$/;
const HEADER_FROM = /^(?:\*\s*)?(?:from|de|发件人|發件人|寄件者|寄件人|von|da)\s*:/;
const HEADER_NEXT = /^(?:\*\s*)?(?:sent|envoye|date|发送时间|發送時間|傳送時間|寄件日期|日期|gesendet|to|a|objet|subject|主题|主旨|收件人)\s*:/;
const RULE_LINE = /^_{8,}\s*$/;

// First words a quote, attribution, forward intro or header line can start with (the patterns
// above and below): most lines are ruled out by this one test.
const QUOTE_FIRST =
  /^[\s>\-=_*]*(?:>|$|(?:le|on|am|el|il|op|from|de|da|von|original|message|mail|forwarded|begin|debut|start|historique|conversation)\b|[在於于下以发發寄原转轉历歷對])/;

function isQuoteStart(folded: string[], i: number): boolean {
  const raw = folded[i] ?? '';
  if (!QUOTE_FIRST.test(raw)) return false;
  const line = raw.trim();
  if (line === '') return false;
  // A quoted block, not a lone ">>> Début du message" delimiter: the next line is quoted too.
  if (line.startsWith('>')) {
    for (let k = i + 1; k < folded.length; k++) {
      const next = (folded[k] ?? '').trim();
      if (next === '') continue;
      return next.startsWith('>');
    }
    return true;
  }
  if (SEPARATOR.test(line) || FORWARD_INTRO.test(line)) return true;
  if (ATTRIBUTION.some((re) => re.test(line))) return true;
  // Attribution wrapped over two lines by the client.
  const next = (folded[i + 1] ?? '').trim();
  if (next && line.length < 200 && /^(?:le|on|在|於)\b|^(?:在|於)/.test(line) && ATTRIBUTION.some((re) => re.test(`${line} ${next}`))) return true;
  // An Outlook header block: From: then Sent:/Date:/To: within the next lines.
  if (HEADER_FROM.test(line) || RULE_LINE.test(line)) {
    for (let k = i + 1; k <= i + 4 && k < folded.length; k++) {
      const l = (folded[k] ?? '').trim();
      if (HEADER_NEXT.test(l)) return true;
      if (RULE_LINE.test(line) && HEADER_FROM.test(l)) return true;
    }
  }
  return false;
}

function unquote(lines: string[]): string {
  return lines.map((l) => l.replace(/^\s*(?:>\s?)+/, '')).join('\n');
}

/** Splits new text from quoted history and forwards. */
export function splitQuoted(text: string): { newText: string; readonly quotedText: string } {
  const normal = text.replace(/\r\n?/g, '\n');
  const lines = normal.split('\n');
  const folded = foldText(normal).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteStart(folded, i)) {
      let quoted: string | undefined;
      return {
        newText: tidyLines(lines.slice(0, i).join('\n')),
        // Only the order and marketplace fallbacks read the history: tidy it when they do.
        get quotedText() {
          return (quoted ??= tidyLines(unquote(lines.slice(i))));
        },
      };
    }
  }
  return { newText: tidyLines(text), quotedText: '' };
}

// Where a relayed buyer message ends inside the marketplace wrapper.
const RELAY_END =
  /^(?:[-—–_=~]{2,}.*|<{2,}.*|fin du message|end of message|pour lui repondre|pour repondre|rappel\s*:|historique de la conversation|ce message vous est transmis|repondre\s*:|\[piece jointe|to reply|reply in the|conversation history|回复买家|回覆顧客|請於商戶|请在卖家)/;
const RULE = /^\s*(?:[-—–_=~*]{2,}|>{2,} ?(?:debut du message|start of message|message)?)\s*$/;
// A wrapper's field: a short label, a colon, a short value ("N° de commande : 123", "Message:").
const LABEL = /^\s*[^\s:：][^:：]{0,38}[:：]\s*[^\s«“"「].{0,50}$|^\s*[^:：]{1,38}[:：]\s*$/;
// Any labelled field line, whatever the length of its value.
const FIELD = /^\s*[^\s:：][^:：]{0,38}[:：]/;
const OPEN_QUOTE: Record<string, string> = { '«': '»', '“': '”', '"': '"', '「': '」', '『': '』', '„': '“' };

/**
 * Text between the first opening quotation mark and its closing mark, when it holds most of
 * the region, and the region's text around it (the wrapper's footer, say).
 */
function quotedBlock(region: string): { inner: string; outside: string } | null {
  const m = /[«“"「『„]/.exec(region);
  if (!m) return null;
  const close = OPEN_QUOTE[m[0]] ?? m[0];
  const end = region.lastIndexOf(close);
  if (end <= m.index + 1) return null;
  const inner = region.slice(m.index + 1, end).trim();
  // Only when the quotation is the message itself, not a phrase quoted inside it.
  if (inner.length < 20 || inner.length < region.trim().length * 0.5) return null;
  return { inner, outside: `${region.slice(0, m.index)}\n${region.slice(end + close.length)}` };
}

/**
 * Finds a buyer message relayed inside a marketplace wrapper, given the
 * marketplace's relay markers (folded, see `foldText`).
 */
const markerPatterns = new WeakMap<readonly string[], RegExp>();

/** The relay markers of a configuration as one pattern (built once per list). */
export function relayPattern(markers: readonly string[]): RegExp | null {
  if (markers.length === 0) return null;
  let re = markerPatterns.get(markers);
  if (!re) {
    re = new RegExp(markers.map((m) => `(?:${m})`).join('|'));
    markerPatterns.set(markers, re);
  }
  return re;
}

/** A line of someone's sentences, not a wrapper's header (order, product, label). */
function isProse(line: string): boolean {
  const t = line.trim();
  return t.length > 100 || /[.!?;][\s"»”)]|[。！？；]/.test(t) || /[.!?]$/.test(t);
}

/** A wrapper's reference line: short, not a sentence, naming a number ("Commande n° 6309182475 - Article n° 4471820"). */
function isReferenceLine(line: string): boolean {
  const t = line.trim().replace(/[.。]$/, '');
  return t.length <= 80 && /\d{5,}/.test(t) && !isProse(t);
}

export function extractRelayed(newText: string, markers: readonly string[]): RelayedText | null {
  const lines = newText.split('\n');
  const folded = foldText(newText).split('\n');
  const pattern = relayPattern(markers);
  if (!pattern) return null;
  const hasMarker = (k: number) => pattern.exec(folded[k] ?? '')?.[0];
  for (let i = 0; i < folded.length; i++) {
    let marker = hasMarker(i);
    if (!marker) continue;
    // Wrappers often announce the message twice ("new message from your buyer …", then the
    // order and product lines, then "Message de l'acheteur (Hugo B.) :"): the buyer's words
    // follow the last announcement among the wrapper's short header lines.
    for (let k = i + 1; k <= i + 8 && k < folded.length; k++) {
      const again = hasMarker(k);
      if (again) {
        marker = again;
        i = k;
      } else if (isProse(folded[k] ?? '')) break;
    }
    const line = folded[i] ?? '';
    // The buyer's words start after the marker line (or after the marker on the same line),
    // past the wrapper's labels ("Customer: Ms. Lam", "Message:") and rules.
    let start = i + 1;
    let end = lines.length;
    for (;;) {
      while (start < lines.length && (RULE.test(folded[start]!) || LABEL.test(folded[start]!) || !folded[start]!.trim())) start++;
      end = lines.length;
      for (let k = start; k < lines.length; k++) {
        const l = (folded[k] ?? '').trim();
        if (k > start && RELAY_END.test(l)) {
          end = k;
          break;
        }
      }
      // Only more of the wrapper's fields ("Article : <a long product title>", "Commande n° … - Article n° …")
      // before a rule: the words follow the rule, if someone's sentences are there.
      const fieldsOnly = folded.slice(start, end).every((l) => !l.trim() || FIELD.test(l) || isReferenceLine(l));
      if (!fieldsOnly || end >= lines.length || !RULE.test(folded[end]!)) break;
      let next = end + 1;
      while (next < lines.length && (RULE.test(folded[next]!) || !folded[next]!.trim())) next++;
      let nextEnd = lines.length;
      for (let k = next + 1; k < lines.length; k++) {
        if (RELAY_END.test((folded[k] ?? '').trim())) {
          nextEnd = k;
          break;
        }
      }
      if (!folded.slice(next, nextEnd).some(isProse)) break;
      start = end + 1;
    }
    // "Message de l'acheteur : <words>" — words after a colon on the marker's own line.
    const at = line.indexOf(marker);
    const after = lines[i]!.slice(at < 0 ? 0 : at + marker.length);
    const colon = /[:：]\s*(.*)$/.exec(after);
    const sameLine = colon ? colon[1]!.trim() : '';
    let region = lines.slice(start, end).join('\n').trim();
    if (sameLine.length > 20 && !/\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(sameLine)) region = `${sameLine}\n${region}`;
    const quoted = quotedBlock(region);
    const buyerText = tidyLines(quoted?.inner ?? region);
    if (buyerText.length < 5) continue;
    const wrapperText = tidyLines([...lines.slice(0, i + 1), quoted?.outside ?? '', ...lines.slice(end)].join('\n'));
    return { marker, buyerText, wrapperText };
  }
  return null;
}

export function splitText(text: string): TextParts {
  const split = splitQuoted(text);
  return {
    newText: split.newText,
    get quotedText() {
      return split.quotedText;
    },
    relayed: null,
  };
}
