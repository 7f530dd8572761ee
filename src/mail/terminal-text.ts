/**
 * Mail text is untrusted: before it reaches a terminal, escape sequences (which
 * can move the cursor, rewrite the screen, set the window title or hide text)
 * and other control characters go. Newlines and tabs stay; Unicode direction
 * overrides (which can make text read differently than it is) become visible.
 */
// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), DCS/SOS/PM/APC strings, two-byte ESC sequences, and their 8-bit forms.
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|\x9c)|[\x90\x98\x9d\x9e\x9f][\s\S]*?(?:\x07|\x1b\\|\x9c)|\x1b[@-Z\\-_]|\x1b[ -/]*[0-~]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function sanitizeForTerminal(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPES, '')
    .replace(CONTROLS, '\ufffd')
    .replace(BIDI, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** One line of untrusted text (subject, name, address): newlines become spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text).replace(/[\n\t]+/g, ' ');
}
