import type { Language } from '../triage.schemas.ts';
import type { Money } from './compliance-detectors.ts';

/** Amounts and dates written the way each language writes them. Pure: no Intl data differences between builds. */

function groups(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function formatMoney(m: Money, language: Language): string {
  const [i, d] = m.value.toFixed(2).split('.') as [string, string];
  if (language === 'fr') {
    const n = `${groups(i, '\u202f')},${d}`;
    return m.currency === 'EUR' ? `${n} €` : m.currency === 'HKD' ? `${n} HK$` : `${n} ${m.currency}`;
  }
  const n = `${groups(i, ',')}.${d}`;
  if (m.currency === 'HKD') return `HK$${n}`;
  if (m.currency === 'EUR') return language === 'en' ? `€${n}` : `${n} ${language === 'zh-Hans' ? '欧元' : '歐元'}`;
  if (m.currency === 'USD') return `US$${n}`;
  return language === 'en' ? `CNY ${n}` : `${n} ${language === 'zh-Hans' ? '元人民币' : '元人民幣'}`;
}

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date `YYYY-MM-DD` for a draft; null when it is not one. */
export function formatDay(ymd: string, language: Language): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  switch (language) {
    case 'fr':
      return `${d === 1 ? '1er' : d} ${FR_MONTHS[mo - 1]} ${y}`;
    case 'en':
      return `${d} ${EN_MONTHS[mo - 1]} ${y}`;
    default:
      return `${y}年${mo}月${d}日`;
  }
}

/**
 * Chinese text: a space between a Latin word or an identifier (a carrier name,
 * an order or tracking number) and the Chinese around it, as careful
 * typesetting does ("已通過 La Poste 寄出", "訂單 YH2604020264 提交"). Plain figures
 * ("3-5", "2026年") stay attached.
 */
export function spaceIdentifiers(text: string): string {
  const CJK = '\\u3400-\\u9fff';
  return text
    .replace(new RegExp(`([A-Za-z][A-Za-z0-9/.$-]*|\\d{5,}[\\d/-]*)(?=[${CJK}])`, 'g'), '$1 ')
    .replace(new RegExp(`(?<=[${CJK}])([A-Za-z]|\\d{5,})`, 'g'), ' $1');
}
