import { describe, expect, it } from 'vitest';
import {
  deadlineFrom,
  findShipByDate,
  formatLocal,
  localToIso,
  rakutenCsOpenAt,
  warnLeadHours,
  zoneOffsetMinutes,
} from '../../src/policies/deadlines.ts';

describe('deadlines from the mail Date', () => {
  it.each([
    ['RAK-DOCS-48H', 48, '2026-03-02T07:48:27.000Z', '2026-03-04T07:48:27.000Z', '2026-03-03T19:48:27.000Z'],
    ['RAK-BUYER-72H', 72, '2026-02-09T10:30:00.000Z', '2026-02-12T10:30:00.000Z', '2026-02-11T16:30:00.000Z'],
    ['RAK-SHIP-48H', 48, '2026-03-06T05:00:12.000Z', '2026-03-08T05:00:12.000Z', '2026-03-07T17:00:12.000Z'],
    ['YOHO-PROMPT', 24, '2026-03-03T03:52:19.000Z', '2026-03-04T03:52:19.000Z', '2026-03-03T21:52:19.000Z'],
  ])('%s: %i h after %s', (rule, hours, date, due, warnAt) => {
    expect(deadlineFrom(date, { rule, hours, label: 'x', basis: 'rule' })).toMatchObject({ rule, due, warnAt, hours });
  });
  it('gives nothing without a Date', () => {
    expect(deadlineFrom(null, { rule: 'RAK-DOCS-48H', hours: 48, label: 'x', basis: 'rule' })).toBeNull();
  });
  it('warns a quarter before, between 2 and 24 h, or at the shop\'s fixed lead', () => {
    expect([4, 24, 48, 72, 240].map((h) => warnLeadHours(h))).toEqual([2, 6, 12, 18, 24]);
    expect(warnLeadHours(48, 6)).toBe(6);
  });
});

describe('market time', () => {
  it('follows Paris summer time and Hong Kong', () => {
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
    expect(localToIso('Asia/Hong_Kong', 2026, 3, 7, 8, 0)).toBe('2026-03-07T00:00:00.000Z');
    expect(formatLocal('2026-07-01T10:00:00.000Z', 'Europe/Paris')).toBe('2026-07-01 12:00');
  });
  it('knows Rakuten customer-service hours (RAK-CS-HOURS)', () => {
    expect(rakutenCsOpenAt('2026-03-04T07:30:00Z')).toBe(true); // Wed 08:30 Paris
    expect(rakutenCsOpenAt('2026-03-04T19:30:00Z')).toBe(false); // Wed 20:30
    expect(rakutenCsOpenAt('2026-03-07T18:30:00Z')).toBe(false); // Sat 19:30
    expect(rakutenCsOpenAt('2026-03-07T17:30:00Z')).toBe(true); // Sat 18:30
  });
});

describe('ship-by dates written in notices', () => {
  it.each([
    ["Date limite d'expédition : 04/03/2026", 'Europe/Paris', '2026-03-04T22:59:00.000Z'],
    ['Expédition prévue au plus tard le : 09/03/2026', 'Europe/Paris', '2026-03-09T22:59:00.000Z'],
    ['Day To Ship:    3 days (ship-by date 22/01/2026)', 'Asia/Hong_Kong', '2026-01-22T15:59:00.000Z'],
    ['寄出時效:3 天(最遲寄出日期:2026-02-05)', 'Asia/Hong_Kong', '2026-02-05T15:59:00.000Z'],
    ['寄出時效:3 天(最遲寄出日期:2026年1月22日)', 'Asia/Hong_Kong', '2026-01-22T15:59:00.000Z'],
    [
      '  Order No.     Paid (HKT)         Day To Ship   Ship by (HKT)\n  YH2603040816  04/03/2026 08:00   3 days        07/03/2026 08:00',
      'Asia/Hong_Kong',
      '2026-03-07T00:00:00.000Z',
    ],
  ] as const)('%s', (text, zone, iso) => {
    expect(findShipByDate(text, zone)).toBe(iso);
  });
  it('finds none in ordinary text', () => {
    expect(findShipByDate('Commande acceptée le 02/03/2026', 'Europe/Paris')).toBeNull();
  });
});
