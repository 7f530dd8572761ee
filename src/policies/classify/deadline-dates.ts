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
const BEFORE =
  "(?<![\\w-])(?:au plus tard|avant|d'ici|jusqu'au|pour le|by|before|no later than|not later than|until|(?:dernier |final |new )?(?:delai|deadline|echeance|date limite|cut-off)\\s*:)(?:\\s+(?:demain|tomorrow|aujourd'hui|today),?)?";
// A zone named after a time ("6 pm HKT", "17h (heure de Paris)"): the marketplace's own, so only skipped.
const ZONE_WORD = "(?:\\s*\\(?(?:hkt|hk time|hong kong time|cet|cest|heure de paris|paris time|heure francaise)\\)?)?";
// "before the end of tomorrow", "d'ici demain", "明天之前": the end of the day after the mail, in the marketplace's zone.
const END_OF_TOMORROW =
  /(?<![\w-])(?:(?:before|by) (?:the )?(?:end of (?:the )?(?:day |business day )?|eod |close of business )tomorrow|by tomorrow(?! \d)|(?:avant|d'ici) (?:la )?fin (?:de )?(?:la journee )?(?:de )?demain|d'ici demain(?!,? \w+ \d)|au plus tard demain(?!,? \w+ \d))|(?:明天|明日|聽日|听日)(?:之前|前|内|內|完結前|结束前|結束前)/;
// A time after the date: "18h", "18:00", "6:00 pm", or "6 pm" (groups: hour, minute, am/pm, hour, am/pm).
const TIME = "(?:,?\\s*(?:a|at|avant|before)?\\s*(?:(\\d{1,2})\\s*(?:h|:|heures?)\\s*(\\d{2})?\\s*(am|pm)?|(\\d{1,2})\\s*(am|pm)))?" + ZONE_WORD;

/** The hour, minute and am/pm of a TIME whose first group is `at`. */
function timeOf(m: RegExpExecArray, at: number): { h?: number; mi?: number; pm?: string } {
  const h = m[at] ?? m[at + 3];
  return { h: h ? +h : undefined, mi: m[at + 1] ? +m[at + 1]! : undefined, pm: m[at + 2] ?? m[at + 4] };
}

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => { y?: number; mo: number; d: number; h?: number; mi?: number; pm?: string } }[] = [
  {
    // The time first: "no later than 6:00 pm on 20 March 2026", "avant 18h le 20 mars".
    re: new RegExp(`${BEFORE}\\s+(\\d{1,2})(?:\\s*(?:h|:)\\s*(\\d{2})?\\s*(am|pm)?|\\s*(am|pm))${ZONE_WORD},?\\s+(?:on\\s+|le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?(?:\\s+(20\\d{2}))?`),
    parts: (m) => ({ h: +m[1]!, mi: m[2] ? +m[2] : undefined, pm: m[3] ?? m[4], d: +m[5]!, mo: MONTHS[m[6]!]!, y: m[7] ? +m[7] : undefined }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?(?:\\s+(20\\d{2}))?${TIME}`),
    parts: (m) => ({ d: +m[1]!, mo: MONTHS[m[2]!]!, y: m[3] ? +m[3] : undefined, ...timeOf(m, 4) }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:${WEEKDAY}\\s+)?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(20\\d{2}))?${TIME}`),
    parts: (m) => ({ mo: MONTHS[m[1]!]!, d: +m[2]!, y: m[3] ? +m[3] : undefined, ...timeOf(m, 4) }),
  },
  {
    re: new RegExp(`${BEFORE}\\s+(?:le\\s+|the\\s+)?(?:${WEEKDAY}\\s+)?(\\d{1,2})[/.](\\d{1,2})(?:[/.](20\\d{2}))?${TIME}`),
    parts: (m) => ({ d: +m[1]!, mo: +m[2]!, y: m[3] ? +m[3] : undefined, ...timeOf(m, 4) }),
  },
  {
    // "Deadline: 2026-04-17 18:00 (HKT)".
    re: new RegExp(`${BEFORE}\\s+(20\\d{2})-(\\d{2})-(\\d{2})(?:[ t,]+(\\d{1,2}):(\\d{2}))?`),
    parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: m[4] ? +m[4] : undefined, mi: m[5] ? +m[5] : undefined }),
  },
  {
    // "本月31日或之前": this month (0 stands for the mail's month).
    re: /本月\s*(\d{1,2})\s*[日号號](?:[^前\d]{0,8}?(下午|晚上|傍晚|夜晚)?(\d{1,2})\s*[:：時时点點]\s*(\d{2})?)?[^。\n]{0,6}?(?:前|之前|或之前)/,
    parts: (m) => ({ mo: 0, d: +m[1]!, h: m[3] ? +m[3] : undefined, mi: m[4] ? +m[4] : undefined, pm: m[2] ? 'pm' : undefined }),
  },
  {
    // "下午6時" / "晚上8点": afternoon and evening hours are pm.
    re: /(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:[^前\d]{0,8}?(下午|晚上|傍晚|夜晚)?(\d{1,2})\s*[:：時时点點]\s*(\d{2})?)?[^。\n]{0,6}?(?:前|之前|或之前|当天|當天)/,
    parts: (m) => ({ y: m[1] ? +m[1] : undefined, mo: +m[2]!, d: +m[3]!, h: m[5] ? +m[5] : undefined, mi: m[6] ? +m[6] : undefined, pm: m[4] ? 'pm' : undefined }),
  },
];

const ZONE: Record<MarketplaceId, string> = { rakuten_fr: 'Europe/Paris', yoho_hk: 'Asia/Hong_Kong' };

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant. (A formatter per zone: making one costs far more than using it.) */
function offsetMinutes(zone: string, at: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(new Date(at));
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
  // A time given in another zone says so ("北京时间", "Beijing time").
  const zone = BEIJING.test(folded) && !OWN_ZONE_NAMED.test(folded) ? 'Asia/Shanghai' : marketplace ? ZONE[marketplace] : 'UTC';
  // "6:00 p.m." is "6:00 pm"; "12:00 noon" is "12:00".
  const text = folded.replace(NOON, '12:00').replace(/(?<![a-z])([ap])\.m\.?(?![a-z])/g, '$1m');
  for (const { re, parts } of PATTERNS) {
    // A notice may recall a passed date before the new one ("le 4 mars … jusqu'au lundi 9 mars"): the first that lies ahead.
    for (const m of allMatches(globalOf(re), text)) {
      if (!shippingDates && SHIPPING_DATE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const p = parts(m);
      if (p.mo === 0) p.mo = new Date(sent + offsetMinutes(zone, sent) * 60_000).getUTCMonth() + 1;
      if (!p.mo || p.mo > 12 || p.d < 1 || p.d > 31) continue;
      const sentYear = new Date(sent).getUTCFullYear();
      let hour = p.h ?? 23;
      const minute = p.h === undefined ? 59 : (p.mi ?? 0);
      if (p.pm === 'pm' && hour < 12) hour += 12;
      let due = zonedToUtc(zone, p.y ?? sentYear, p.mo, p.d, hour, minute);
      // A date a few days past is a deadline recalled, not one next year.
      if (p.y === undefined && due < sent && sent - due > 30 * 86_400_000) due = zonedToUtc(zone, sentYear + 1, p.mo, p.d, hour, minute);
      const hours = Math.round((due - sent) / 3_600_000);
      if (hours > 0 && hours <= 24 * 60) return { hours, text: m[0] };
    }
  }
  const relative = relativeDayTime(text, sent, zone);
  if (relative) return relative;
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


const BEIJING = /北京时间|北京時間|beijing time|heure de pekin|china standard time/;
// "12点（法国时间，即北京时间晚上7点）": the marketplace's own time named first, Beijing time only as a help.
const OWN_ZONE_NAMED = /法国时间|法國時間|巴黎时间|巴黎時間|heure de paris|heure francaise|paris time|香港时间|香港時間|hkt/;
const NOON = /\b(?:12(?::00)? ?)?noon\b|(?<![\w-])midi\b|中午(?!\s*\d)/g;
// A day named relative to the mail: today, tomorrow, the day after, or a weekday ("lundi", "next Friday", "本週五").
const LATIN_DAY =
  "(today|tonight|tomorrow|the day after tomorrow|aujourd'hui|ce soir|demain|apres-demain|(?:next |this |ce |le )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain| next)?)";
const CLOCK = "(\\d{1,2})(?:\\s*(?:h|:)\\s*(\\d{2})?\\s*(am|pm)?|\\s*(am|pm))(?![\\d/])";
const LEAD = "(?<![\\w-])(?:by|before|until|avant|d'ici|jusqu'a|jusqu'au|au plus tard|no later than|on or before|prior to|(?:new |final |dernier )?(?:delai|deadline|cut-off)\\s*:)";
// "d'ici lundi 9h", "by Monday noon", "avant demain 20 h", "today (by 23:59 HKT)": a lead-in, the day, maybe a time.
const DAY_THEN_TIME = new RegExp(
  `${LEAD}\\s+(?:la fin de |the end of |end of )?${LATIN_DAY}(?:\\s+(?:soir|matin|apres-midi|evening|morning|afternoon))?(?:${ZONE_WORD},?\\s*\\(?(?:a|at|avant|before|by|vers)?\\s*${CLOCK})?`,
);
// "6 pm HKT tomorrow", "3 pm on Friday", "9 am HKT on Monday", "18h ce soir".
const TIME_THEN_DAY = new RegExp(`${CLOCK}${ZONE_WORD},?\\s+(?:on\\s+|le\\s+)?${LATIN_DAY}\\b`);
// A day and a time with no lead-in, when the day is today or tomorrow ("demain 18h", "tomorrow 5 pm").
const NEAR_DAY_TIME = new RegExp(`(today|tonight|tomorrow|aujourd'hui|ce soir|demain|apres-demain)(?:\\s+(?:soir|matin|apres-midi|evening|morning|afternoon))?,?\\s*\\(?(?:a|at|avant|before|by|vers)?\\s*${CLOCK}`);
const CHINESE_DAY =
  /(今日|今天|今晚|明天|明日|明晚|聽日|听日|後天|后天|(?:本|這個|这个|下)?(?:週|周|星期|禮拜|礼拜)([一二三四五六日天]))(?:之)?(上午|中午|下午|晚上|傍晚)?(?:(\d{1,2})\s*[:：時时点點]\s*(\d{2})?(?:分)?)?\s*(?:前|之前|或之前|內|内)/;
// "end of day", "EOD", "close of business", "今日內": today, 23:59.
const END_OF_TODAY = /(?<![\w-])(?:end of (?:the )?(?:business )?day|eod|close of business|cob|fin de (?:la )?journee|fin de journee)(?! tomorrow| demain)|今日內|今日之內|今日之内|今天内|今天之内|當日內|当日内/;

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6,
};

/** Days from the mail's local date to the day a word names; null when it names none. */
function dayOffset(word: string, localWeekday: number): number | null {
  if (/^(?:today|tonight|aujourd'hui|ce soir|今日|今天|今晚)$/.test(word)) return 0;
  if (/^(?:tomorrow|demain|明天|明日|明晚|聽日|听日)$/.test(word)) return 1;
  if (/^(?:the day after tomorrow|apres-demain|後天|后天)$/.test(word)) return 2;
  const m = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|[一二三四五六日天])(?: prochain| next)?$/.exec(word);
  const name = m?.[1] ?? m?.[2];
  if (!name) return null;
  let ahead = (WEEKDAYS[name]! - localWeekday + 7) % 7;
  // "vendredi" sent on a Friday, "vendredi prochain", "下週五": the one a week ahead.
  if (ahead === 0 || /prochain|next|^下/.test(word)) ahead += ahead === 0 ? 7 : /^下/.test(word) ? 7 : 0;
  return ahead;
}

/** A cut-off named relative to the mail's day (today, tomorrow, a weekday), in the marketplace's zone. */
function relativeDayTime(folded: string, sent: number, zone: string): { hours: number; text: string } | null {
  let localDate: Date | null = null;
  const localOf = () => (localDate ??= new Date(sent + offsetMinutes(zone, sent) * 60_000));
  const at = (days: number, h: number, mi: number, text: string) => {
    const local = localOf();
    const due = zonedToUtc(zone, local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate() + days, h, mi);
    const hours = Math.round((due - sent) / 3_600_000);
    return hours > 0 ? { hours, text } : null;
  };
  const clock = (h: string | undefined, mi: string | undefined, pm: string | undefined, evening: boolean): [number, number] | null => {
    if (h === undefined) return [23, 59];
    let hour = +h;
    const minute = +(mi ?? 0);
    if ((pm === 'pm' || (evening && pm === undefined)) && hour < 12) hour += 12;
    return hour <= 23 && minute <= 59 ? [hour, minute] : null;
  };
  for (const re of [DAY_THEN_TIME, TIME_THEN_DAY, NEAR_DAY_TIME]) {
    const m = re.exec(folded);
    if (!m) continue;
    const dayWord = re === TIME_THEN_DAY ? m[5]! : m[1]!;
    const [h, mi, pm1, pm2] = re === TIME_THEN_DAY ? [m[1], m[2], m[3], m[4]] : [m[2], m[3], m[4], m[5]];
    const offset = dayOffset(dayWord.trim(), localOf().getUTCDay());
    const time = clock(h, mi, pm1 ?? pm2, /tonight|ce soir|soir|evening/.test(m[0]));
    if (offset !== null && time) return at(offset, time[0], time[1], m[0]);
  }
  // "今日內（即今晚11時前）": the one with a time says more.
  const zhAll = allMatches(globalOf(CHINESE_DAY), folded);
  const zh = zhAll.find((m) => m[4] !== undefined) ?? zhAll[0];
  if (zh) {
    const offset = zh[2] ? dayOffset(zh[1]!.startsWith('下') ? `下${zh[2]}` : zh[2], localOf().getUTCDay()) : dayOffset(zh[1]!, localOf().getUTCDay());
    const evening = /晚/.test(zh[1]!) || (zh[3] !== undefined && zh[3] !== '上午' && zh[3] !== '中午');
    const time = clock(zh[4], zh[5], undefined, evening);
    if (offset !== null && time) return at(offset, time[0], time[1], zh[0]);
  }
  const eod = END_OF_TODAY.exec(folded);
  if (eod) return at(0, 23, 59, eod[0]);
  return null;
}

/** Hours from the mail to the same time of day `days` working days later (weekends skipped), in the marketplace's zone. */
export function workingDaysHours(days: number, mailDate: string | null, marketplace: MarketplaceId | null): number | null {
  if (!mailDate) return null;
  const sent = Date.parse(mailDate);
  if (Number.isNaN(sent)) return null;
  const zone = marketplace ? ZONE[marketplace] : 'UTC';
  const local = new Date(sent + offsetMinutes(zone, sent) * 60_000);
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  for (let left = days; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  const due = zonedToUtc(zone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), local.getUTCHours(), local.getUTCMinutes());
  return Math.round((due - sent) / 3_600_000);
}
