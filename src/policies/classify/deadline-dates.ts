import type { MarketplaceId } from '../triage.schemas.ts';
import { allMatches } from './normalize.ts';

/**
 * Deadlines written as a date ("au plus tard le vendredi 20 mars 2026 à 18h00",
 * "by 20 March, 6 pm", "請於2026年3月20日前"), turned into hours after the
 * mail's Date. The date is read in the marketplace's time zone. Pure: the
 * mail's Date is the reference, never the clock.
 */
const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\.?,?';
// "d'ici demain, jeudi 5 mars": a relative day may come before the date it names.
const BEFORE = "(?<![\\w-])(?:au plus tard|avant|d'ici|jusqu'au|pour le|by|before|no later than|not later than|until)(?:\\s+(?:demain|tomorrow|aujourd'hui|today),?)?";
// "before the end of tomorrow", "d'ici demain", "明天之前": the end of the day after the mail, in the marketplace's zone.
const END_OF_TOMORROW =
  /(?<![\w-])(?:(?:before|by) (?:the )?end of (?:the day )?tomorrow|by tomorrow(?! \d)|(?:avant|d'ici) (?:la )?fin (?:de )?(?:la journee )?(?:de )?demain|d'ici demain(?!,? \w+ \d)|au plus tard demain(?!,? \w+ \d))|(?:明天|明日|聽日|听日)(?:之前|前|内|內|完結前|结束前|結束前)/;
const TIME = "(?:,?\\s*(?:a|at|avant|before)?\\s*(\\d{1,2})\\s*(?:h|:|heures?)\\s*(\\d{2})?\\s*(am|pm)?)?";

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => { y?: number; mo: number; d: number; h?: number; mi?: number; pm?: string } }[] = [
  {
    // The time first: "no later than 6:00 pm on 20 March 2026", "avant 18h le 20 mars".
    re: new RegExp(`${BEFORE}\\s+(\\d{1,2})(?:\\s*(?:h|:)\\s*(\\d{2})?\\s*(am|pm)?|\\s*(am|pm))\\s+(?:on\\s+|le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?(?:\\s+(20\\d{2}))?`),
    parts: (m) => ({ h: +m[1]!, mi: m[2] ? +m[2] : undefined, pm: m[3] ?? m[4], d: +m[5]!, mo: MONTHS[m[6]!]!, y: m[7] ? +m[7] : undefined }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?(?:\\s+(20\\d{2}))?${TIME}`),
    parts: (m) => ({ d: +m[1]!, mo: MONTHS[m[2]!]!, y: m[3] ? +m[3] : undefined, h: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined, pm: m[6] }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:${WEEKDAY}\\s+)?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(20\\d{2}))?${TIME}`),
    parts: (m) => ({ mo: MONTHS[m[1]!]!, d: +m[2]!, y: m[3] ? +m[3] : undefined, h: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined, pm: m[6] }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})[/.](\\d{1,2})(?:[/.](20\\d{2}))?${TIME}`),
    parts: (m) => ({ d: +m[1]!, mo: +m[2]!, y: m[3] ? +m[3] : undefined, h: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined, pm: m[6] }),
  },
  {
    // "下午6時" / "晚上8点": afternoon and evening hours are pm.
    re: /(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:[^前\d]{0,8}?(下午|晚上|傍晚|夜晚)?(\d{1,2})\s*[:：時时点點]\s*(\d{2})?)?[^。\n]{0,6}?(?:前|之前|或之前)/,
    parts: (m) => ({ y: m[1] ? +m[1] : undefined, mo: +m[2]!, d: +m[3]!, h: m[5] ? +m[5] : undefined, mi: m[6] ? +m[6] : undefined, pm: m[4] ? 'pm' : undefined }),
  },
];

const ZONE: Record<MarketplaceId, string> = { rakuten_fr: 'Europe/Paris', yoho_hk: 'Asia/Hong_Kong' };

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at) / 60_000;
}

function zonedToUtc(zone: string, y: number, mo: number, d: number, h: number, mi: number): number {
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  return guess - offsetMinutes(zone, guess) * 60_000;
}

// "ship by 14/05", "最遲寄出日期": the order's own shipping date, which a refund or document request does not inherit.
const SHIPPING_DATE = /(?:ship|dispatch|expedi|envoy|deliver|livr|寄出|發貨|发货|出貨|出货)\S*\s*(?:date\s*)?[:：]?\s*$/;

/**
 * Hours from the mail's Date to a deadline the text states as a date; null when it states none.
 * `shippingDates`: whether a date the order must ship by counts (for a tracking request it does).
 */
export function hoursUntilStatedDate(
  folded: string,
  mailDate: string | null,
  marketplace: MarketplaceId | null,
  shippingDates = true,
): { hours: number; text: string } | null {
  if (!mailDate) return null;
  const sent = Date.parse(mailDate);
  if (Number.isNaN(sent)) return null;
  const zone = marketplace ? ZONE[marketplace] : 'UTC';
  for (const { re, parts } of PATTERNS) {
    const m = shippingDates ? re.exec(folded) : firstNotShipping(re, folded);
    if (!m) continue;
    const p = parts(m as RegExpExecArray);
    if (!p.mo || p.mo > 12 || p.d < 1 || p.d > 31) continue;
    const sentYear = new Date(sent).getUTCFullYear();
    let hour = p.h ?? 23;
    const minute = p.h === undefined ? 59 : (p.mi ?? 0);
    if (p.pm === 'pm' && hour < 12) hour += 12;
    let due = zonedToUtc(zone, p.y ?? sentYear, p.mo, p.d, hour, minute);
    if (p.y === undefined && due < sent) due = zonedToUtc(zone, sentYear + 1, p.mo, p.d, hour, minute);
    const hours = Math.round((due - sent) / 3_600_000);
    if (hours > 0 && hours <= 24 * 60) return { hours, text: m[0] };
  }
  const tomorrow = END_OF_TOMORROW.exec(folded);
  if (tomorrow) {
    const local = new Date(sent + offsetMinutes(zone, sent) * 60_000);
    const due = zonedToUtc(zone, local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() + 1, 23, 59);
    return { hours: Math.round((due - sent) / 3_600_000), text: tomorrow[0] };
  }
  return null;
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** The same pattern with the global flag, made once. */
function globalOf(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, 'g')));
  return g;
}

function firstNotShipping(re: RegExp, folded: string): RegExpExecArray | null {
  for (const m of allMatches(globalOf(re), folded)) {
    if (!SHIPPING_DATE.test(folded.slice(Math.max(0, m.index - 24), m.index))) return m;
  }
  return null;
}
