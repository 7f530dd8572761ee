/**
 * Dates a mail mentions, as days before the mail's own Date. Used to tell a
 * fault months after delivery (warranty) from damage on arrival. Pure: the
 * mail date is the reference, never the clock.
 */
import { allMatches } from './normalize.ts';

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const NAMED_DATE = new RegExp(`\\b(?:(\\d{1,2})(?:er|st|nd|rd|th)? )?(${MONTH_NAMES})\\.?(?: (\\d{1,2})(?:st|nd|rd|th)?,?)?(?: (20\\d{2}))?\\b`, 'g');
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const DAY = 86_400_000;

function daysBefore(ref: Date, y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 2000 || y > 2100) return null;
  const t = Date.UTC(y, m - 1, d);
  const diff = Math.round((ref.getTime() - t) / DAY);
  return diff >= 0 ? diff : null;
}

/** Year of a month mentioned without a year: the latest one not after the mail. */
function yearOf(ref: Date, month: number, lastYear: boolean): number {
  const y = ref.getUTCFullYear();
  if (lastYear) return y - 1;
  return month > ref.getUTCMonth() + 1 ? y - 1 : y;
}

/** Days elapsed since each date mentioned in the (folded) text, relative to `mailDate`. */
export function elapsedDays(folded: string, mailDate: string | null): number[] {
  if (!mailDate) return [];
  const ref = new Date(mailDate);
  if (Number.isNaN(ref.getTime())) return [];
  const out: number[] = [];
  const add = (v: number | null) => {
    if (v !== null) out.push(v);
  };
  for (const m of allMatches(/\b(\d{1,2})[/.](\d{1,2})[/.](20\d{2})\b/g, folded)) add(daysBefore(ref, +m[3]!, +m[2]!, +m[1]!));
  for (const m of allMatches(/\b(20\d{2})-(\d{1,2})-(\d{1,2})\b/g, folded)) add(daysBefore(ref, +m[1]!, +m[2]!, +m[3]!));
  for (const m of allMatches(/(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/g, folded)) add(daysBefore(ref, +m[1]!, +m[2]!, m[3] ? +m[3] : 15));
  for (const m of allMatches(NAMED_DATE, folded)) {
    const month = MONTHS[m[2]!]!;
    const day = m[1] ? +m[1] : m[3] ? +m[3] : 15;
    const before = folded.slice(Math.max(0, m.index - 6), m.index);
    // "mai" and "mar" are also words; count them only with a day or a year, or after "en"/"in"/"last".
    if (!m[1] && !m[3] && !m[4] && !/(?:en|in|last|d'|de) $/.test(before)) continue;
    add(daysBefore(ref, m[4] ? +m[4] : yearOf(ref, month, /last $/.test(before)), month, day));
  }
  for (const m of allMatches(/(去年)?\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(\d{1,2})\s*[日号號])?/g, folded)) {
    const month = /^\d+$/.test(m[2]!) ? +m[2]! : ZH_DIGITS[m[2]!] ?? 0;
    if (!month || folded.slice(Math.max(0, m.index - 5), m.index).match(/年\s*$/)) continue;
    add(daysBefore(ref, yearOf(ref, month, !!m[1]), month, m[3] ? +m[3] : 15));
  }
  return out;
}
