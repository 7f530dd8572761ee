import { compile } from 'html-to-text';

/**
 * HTML-only mail becomes plain text for triage. Blockquotes keep a `> ` prefix
 * so quoted history stays recognisable; links, images and styles go.
 */
const HIDDEN_STYLES = [
  'display:none',
  'visibility:hidden',
  'opacity:0;',
  'max-height:0;',
  'max-height:0px;',
  'mso-hide:all',
  'color:transparent',
];

const convert = compile({
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'title', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    { selector: 'tbody', format: 'block' },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'inlineSurround', options: { prefix: '', suffix: '  ' } },
    { selector: 'th', format: 'inlineSurround', options: { prefix: '', suffix: '  ' } },
    { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: true } },
    // Text a reader never sees must not reach triage either: hidden blocks are a classic way
    // to smuggle instructions or fake notices into a mail (styles are normalised first).
    ...HIDDEN_STYLES.map((style) => ({ selector: `[style*="${style}"]`, format: 'skip' })),
    { selector: '[hidden]', format: 'skip' },
  ],
});

/** Lower-cases style attributes, removes their spaces and ends them with ";" so the selectors above match every spelling. */
function normaliseStyles(html: string): string {
  return html.replace(/\bstyle\s*=\s*(["'])([\s\S]*?)\1/gi, (_m, q: string, v: string) => {
    const style = v.toLowerCase().replace(/\s+/g, '');
    // Text too small to read (1px, 0.1em) is hidden as surely as display:none.
    return `style=${q}${style};${unreadablySmall(style) ? 'display:none;' : ''}${q}`;
  });
}

function unreadablySmall(style: string): boolean {
  const m = /(?:^|;)font-size:(\d*\.?\d+)(px|pt|em|rem)?/.exec(style);
  if (!m) return false;
  const size = Number(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? size < 0.3 : size < 3;
}

export function htmlToText(html: string): string {
  return convert(normaliseStyles(html))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
