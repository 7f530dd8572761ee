/**
 * Host names of the web links in a mail: href targets in its HTML and bare URLs in its text.
 * Triage only needs to know where a mail sends its reader (a look-alike carrier asking for a
 * fee through a link is phishing); the HTML-to-text conversion drops the targets.
 */
const HREF = /\bhref\s*=\s*["']?\s*(https?:\/\/[^"'\s<>]+)/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const MAX_HOSTS = 50;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export function linkHosts(html: string | undefined, text: string): string[] {
  const hosts = new Set<string>();
  const add = (url: string) => {
    const host = hostOf(url);
    if (host) hosts.add(host);
  };
  if (html) for (const m of html.matchAll(HREF)) if (hosts.size < MAX_HOSTS) add(m[1]!);
  for (const m of text.matchAll(BARE_URL)) if (hosts.size < MAX_HOSTS) add(m[0]);
  return [...hosts];
}
