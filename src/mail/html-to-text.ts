import { compile } from 'html-to-text';

/**
 * HTML-only mail becomes plain text for triage. Blockquotes keep a `> ` prefix
 * so quoted history stays recognisable; links, images and styles go.
 */
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
  ],
});

export function htmlToText(html: string): string {
  return convert(html)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
