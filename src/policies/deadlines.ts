import type { Deadline } from './case-decision.schemas.ts';

/**
 * Deadline arithmetic for the policy handlers. Pure: every function takes the
 * instant it counts from (the mail's Date header), never the clock.
 *
 * Marketplace local time matters for dates written without a time ("Date
 * limite d'expédition : 04/03/2026" ends at midnight in Paris) and for Rakuten
 * customer-service hours (RAK-CS-HOURS). Paris follows EU summer time (last
 * Sunday of March to last Sunday of October, switching at 01:00 UTC); Hong Kong
 * is UTC+8 all year. No time-zone database is needed for these two.
 */

export type MarketZone = 'Europe/Paris' | 'Asia/Hong_Kong';

const HOUR = 3_600_000;

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR).toISOString();
}

function lastSundayUtc(year: number, month0: number): number {
  const lastDay = new Date(Date.UTC(year, month0 + 1, 0));
  return Date.UTC(year, month0, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes to add to UTC to get local time in the zone, at that instant. */
export function zoneOffsetMinutes(zone: MarketZone, utcMs: number): number {
  if (zone === 'Asia/Hong_Kong') return 480;
  const year = new Date(utcMs).getUTCFullYear();
  const summer = utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9);
  return summer ? 120 : 60;
}

/** A wall-clock time in the zone → ISO instant. */
export function localToIso(zone: MarketZone, y: number, m: number, d: number, h = 0, min = 0): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59) return null;
  const naive = Date.UTC(y, m - 1, d, h, min);
  const check = new Date(naive);
  if (check.getUTCDate() !== d) return null;
  // The offset at the naive instant is right except within the hour of a switch: good enough for deadlines.
  return new Date(naive - zoneOffsetMinutes(zone, naive) * 60_000).toISOString();
}

/** "2026-03-04 18:15" in the zone, for people. */
export function formatLocal(iso: string, zone: MarketZone): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export function marketZone(marketplace: string | null): MarketZone {
  return marketplace === 'yoho_hk' ? 'Asia/Hong_Kong' : 'Europe/Paris';
}

/** RAK-CS-HOURS: customer service answers Mon–Fri 08:00–20:00, Sat–Sun 08:00–19:00, Paris time. */
export function rakutenCsOpenAt(iso: string): boolean {
  const ms = Date.parse(iso);
  const local = new Date(ms + zoneOffsetMinutes('Europe/Paris', ms) * 60_000);
  const day = local.getUTCDay();
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const close = day === 0 || day === 6 ? 19 * 60 : 20 * 60;
  return minutes >= 8 * 60 && minutes < close;
}

/**
 * How long before a deadline to warn: the shop's fixed lead when set, else a
 * quarter of the time given, at least 2 h and at most 24 h (48 h → 12 h, 72 h → 18 h).
 */
export function warnLeadHours(totalHours: number, fixed: number | null = null): number {
  if (fixed !== null) return Math.min(fixed, Math.max(totalHours / 2, 0.5));
  return Math.min(24, Math.max(2, Math.round(totalHours / 4)));
}

export interface DeadlineSpec {
  rule: string;
  hours: number;
  label: string;
  /** `mail`: the mail stated the hours; `rule`: the rule's default. */
  basis: 'mail' | 'rule';
}

/** A deadline counted from the mail's Date; null when the mail has no usable Date. */
export function deadlineFrom(mailDate: string | null, spec: DeadlineSpec, fixedWarn: number | null = null): Deadline | null {
  if (!mailDate || Number.isNaN(Date.parse(mailDate)) || !(spec.hours > 0)) return null;
  const due = addHours(mailDate, spec.hours);
  return {
    rule: spec.rule,
    due,
    warnAt: addHours(due, -warnLeadHours(spec.hours, fixedWarn)),
    label: spec.label,
    hours: spec.hours,
    basis: spec.basis,
  };
}

/** A deadline at a date the mail names (a ship-by date); warns a quarter of the way from the mail, 2–24 h before. */
export function deadlineAt(
  due: string,
  rule: string,
  label: string,
  mailDate: string | null,
  fixedWarn: number | null = null,
): Deadline {
  const span = mailDate ? (Date.parse(due) - Date.parse(mailDate)) / HOUR : 48;
  const lead = span > 0 ? warnLeadHours(span, fixedWarn) : 0;
  return {
    rule,
    due,
    warnAt: addHours(due, -lead),
    label,
    ...(mailDate && span > 0 ? { hours: Math.round(span * 100) / 100 } : {}),
    basis: 'date-in-mail',
  };
}

/** Ship-by instant from the order time and the days promised (Day To Ship counts calendar days). */
export function shipByFrom(orderIso: string, days: number): string {
  return addHours(orderIso, days * 24);
}

const DATE_PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [number, number, number, number | null, number | null] }[] = [
  // 04/03/2026 [08:00]
  { re: /(\d{1,2})\/(\d{1,2})\/(20\d\d)(?:\s+(\d{1,2})[:h](\d{2}))?/, pick: (m) => [+m[3]!, +m[2]!, +m[1]!, m[4] ? +m[4] : null, m[5] ? +m[5] : null] },
  // 2026-02-05 [10:58]
  { re: /(20\d\d)-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/, pick: (m) => [+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : null, m[5] ? +m[5] : null] },
  // 2026年1月22日
  { re: /(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, pick: (m) => [+m[1]!, +m[2]!, +m[3]!, null, null] },
];

/** The first date in the text, as an instant in the zone; a date without a time means the end of that day. */
export function parseMarketDate(text: string, zone: MarketZone): string | null {
  let best: { index: number; iso: string } | null = null;
  for (const { re, pick } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d, h, mi] = pick(m);
    const iso = h === null ? localToIso(zone, y, mo, d, 23, 59) : localToIso(zone, y, mo, d, h, mi ?? 0);
    if (iso && (!best || m.index < best.index)) best = { index: m.index, iso };
  }
  return best?.iso ?? null;
}

const SHIP_BY_LABEL =
  /date limite d'exp[ée]dition|exp[ée]dition pr[ée]vue au plus tard le|ship-by date|ship by(?: \(hkt\))?|ship-by|最遲寄出日期|最迟寄出日期|最迟发货日期|最遲發貨日期/i;

/**
 * The ship-by date a marketplace notice states ("Date limite d'expédition : 04/03/2026",
 * "ship-by date 22/01/2026", "最遲寄出日期:2026-02-05", or a "Ship by" table column).
 */
export function findShipByDate(text: string, zone: MarketZone): string | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = SHIP_BY_LABEL.exec(line);
    if (!m) continue;
    const after = line.slice(m.index + m[0].length);
    const sameLine = parseMarketDate(after, zone);
    if (sameLine) return sameLine;
    // A table header: the value sits in the same column of the next non-empty line, usually the last date there.
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (next) {
      const dates = [...next.matchAll(/\d{1,2}\/\d{1,2}\/20\d\d(?:\s+\d{1,2}:\d{2})?|20\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?/g)];
      const last = dates.at(-1);
      if (last) return parseMarketDate(last[0], zone);
    }
  }
  return null;
}
