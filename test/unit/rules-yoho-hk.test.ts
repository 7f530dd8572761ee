import { describe, expect, it } from 'vitest';
import { byTo, codes, decide, mail, MAIL_DATE, texts, triage } from './rules-fixtures.ts';
import { findYohoTimings } from '../../src/policies/drafts/compliance-detectors.ts';

const hours = (iso: string) => (Date.parse(iso) - Date.parse(MAIL_DATE)) / 3_600_000;
const yoho = (over: Parameters<typeof triage>[0]) => triage({ marketplace: 'yoho_hk', language: 'en', ...over });

describe('YOHO-ENGLISH-PREVAILS: refund timings in every language', () => {
  it.each([
    ['en', 'Hi, please cancel my order YH2604270512, it hasn\'t shipped yet.', /3-5 working days.*3-4 weeks/s],
    ['zh-Hant', '你好，我想取消訂單 YH2604270512，仲未寄出。', /3-5 個工作天.*3-4 週/s],
    ['zh-Hans', '你好，我想取消订单 YH2604270512，还没发货。', /3-5 个工作日.*3-4 周/s],
  ] as const)('trap: a %s reply quotes 3–5 working days and 3–4 weeks, never 1–2 days or 2–4 weeks', (language, text, figures) => {
    const d = decide(mail({ text }), yoho({ category: 'withdrawal', language, order_id: 'YH2604270512' }));
    const [reply] = d.drafts;
    expect(reply!.language).toBe(language);
    expect(reply!.body).toMatch(figures);
    expect(findYohoTimings(reply!.body)).toEqual([]);
    expect(reply!.body).not.toMatch(/1\s*-\s*2|2\s*-\s*4/);
    expect(d.compliance.ok).toBe(true);
  });

  it('quotes only the card timing when the customer paid by card', () => {
    const d = decide(mail({ text: '我想cancel張order，仲未ship，refund 返張信用卡就得。' }), yoho({ category: 'withdrawal', language: 'zh-Hant', order_id: 'YH2604270512' }));
    expect(d.drafts[0]!.body).toContain('由於您以信用卡付款，退款視乎發卡銀行的處理速度，可能需時長達 3-4 週。');
    expect(d.drafts[0]!.body).not.toContain('轉數快');
  });

  it('a customer quoting the Chinese 1–2 days gets no automatic answer, the merchant gets the English figures', () => {
    const d = decide(mail({ text: 'the refund page says FPS refunds take 1-2 working days (轉數快退款需時約1-2個工作天) but nothing came' }), yoho({ category: 'general', order_id: 'YH2601270644' }));
    expect(d.drafts).toEqual([]);
    expect(codes(d)).toEqual(['general-answer-yourself', 'yoho-timing-question']);
  });
});

describe('Yoho change of mind (withdrawal)', () => {
  it('before shipment: the merchant raises the refund once the customer acknowledges it (YOHO-REFUND-MERCHANT)', () => {
    const d = decide(mail({ text: 'Could you please cancel the order if it hasn\'t been shipped yet?' }), yoho({ category: 'withdrawal', order_id: 'YH2603090271' }));
    expect(d.drafts[0]!.body).toContain('we will submit a full refund for order YH2603090271');
    expect(codes(d)).toContain('yoho-merchant-refund');
  });
  it('never claims "not shipped yet" when nobody said so', () => {
    const d = decide(mail({ text: 'pls cancel the second one YH2605180338, I only need one' }), yoho({ category: 'withdrawal', order_id: 'YH2605180338' }));
    expect(d.drafts[0]!.body).toContain('If your order YH2605180338 has not been shipped yet');
    expect(d.flags).toContain('shipment-status-unknown');
  });
  it('after delivery: the merchant arranges the pick-up and bears its cost, even if the customer offers to pay (YOHO-RETURN-COST)', () => {
    const d = decide(mail({ text: '本人於2月25日收到電熱水煲，貨品尚未開封，希望退貨。如需本人負擔退貨運費亦無問題。' }), yoho({ category: 'withdrawal', language: 'zh-Hant', order_id: 'YH2602230905' }));
    expect(d.drafts[0]!.body).toContain('我們會安排上門收回商品，費用全數由我們承擔');
    expect(codes(d)).toEqual(expect.arrayContaining(['yoho-return-pickup', 'yoho-merchant-refund']));
  });
});

describe('Yoho damaged and not as described', () => {
  it.each([
    ['damaged', 'en', 'The lamp base is broken in two pieces. I attached two photos.', 'an exchange for a new item'],
    ['not_as_described', 'zh-Hant', '我訂咗粉紅色，但係收到湖水藍色。', '更換正確的商品'],
  ] as const)('%s (%s): exchange or return and refund, pick-up at the merchant’s cost', (category, language, text, exchange) => {
    const d = decide(mail({ text }), yoho({ category, language, order_id: 'YH2603180702' }));
    const body = d.drafts[0]!.body;
    expect(body).toContain(exchange);
    expect(body).toMatch(/at no cost to you|費用全數由我們承擔/);
    expect(body).not.toMatch(/rabais|partial refund|部分退款/);
    expect(codes(d)).toContain('yoho-offer-solutions');
  });
  it('a platform request to contact the customer within 24 h', () => {
    const d = decide(mail({ text: 'Please contact the customer directly within 24 hours.' }), yoho({ sender: 'platform', category: 'damaged', platform_request: 'contact_buyer', order_id: 'YH2602240173', deadline_hours: 24 }));
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['YOHO-PROMPT', 24]]);
    expect(d.drafts[0]).toMatchObject({ to: 'buyer', via: 'marketplace_messaging' });
  });
  it('a return-and-refund request: one message, pick-up first, then Agree Refund', () => {
    const d = decide(mail({ text: 'A customer has submitted a return & refund request.' }), yoho({ sender: 'platform', category: 'not_as_described', platform_request: 'decide_refund', order_id: 'YH2603120558' }));
    expect(d.drafts.map((x) => x.source)).toEqual(['yoho_hk.buyer.withdraw-return@1']);
    expect(codes(d)).toEqual(expect.arrayContaining(['yoho-agree-refund', 'yoho-reject-refund', 'yoho-return-pickup']));
  });
});

describe('YOHO-REFUND-CUSTOMER, YOHO-DAY-TO-SHIP, YOHO-DELAY-NOTE', () => {
  it('overdue refund request: agree, or reject only with consent and a reason; the keep draft waits for a date', () => {
    const d = decide(mail({ text: 'customer refund request because it has exceeded your Day To Ship' }), yoho({ sender: 'platform', category: 'late_shipment', platform_request: 'decide_refund', order_id: 'YH2601080215' }));
    expect(codes(d)).toEqual(expect.arrayContaining(['yoho-agree-refund', 'yoho-reject-refund', 'yoho-delay-agree']));
    expect(d.drafts.map((x) => [x.source, x.send])).toEqual([
      ['yoho_hk.buyer.refund-confirm@1', 'approval'],
      ['yoho_hk.buyer.refund-keep@1', 'never'],
    ]);
    const withDate = decide(mail({ text: '' }), yoho({ sender: 'platform', category: 'late_shipment', platform_request: 'decide_refund', order_id: 'YH2601080215' }), undefined, { expectedShipDate: '2026-01-23' });
    expect(withDate.drafts[1]).toMatchObject({ send: 'approval' });
    expect(withDate.drafts[1]!.body).toContain('2026年1月23日'); // customer language unknown: the shop's default for Yoho, Traditional Chinese
  });
  it('overdue notice: ship within the hours given, else agree a delay and note it', () => {
    const d = decide(mail({ text: 'Day To Ship:    3 days (ship-by date 22/01/2026)\nPlease ship the order within 48 hours of this notice.' }), yoho({ sender: 'platform', category: 'late_shipment', platform_request: 'provide_tracking', order_id: 'YH2601190388', deadline_hours: 48 }));
    expect(codes(d)).toEqual(expect.arrayContaining(['yoho-ship-and-input', 'yoho-past-day-to-ship', 'yoho-delay-agree']));
    expect(d.deadlines.map((x) => [x.rule, hours(x.due)])).toEqual([['YOHO-DAY-TO-SHIP', 48]]);
  });
  it('reminder before the Day To Ship: the ship-by date is the deadline, nothing to apologise for yet', () => {
    const d = decide(
      mail({ subject: 'Reminder: 1 order will exceed its Day To Ship within 24 hours', date: '2026-03-06T00:00:03.000Z', text: '  Order No.     Paid (HKT)         Day To Ship   Ship by (HKT)\n  YH2603040816  04/03/2026 08:00   3 days        07/03/2026 08:00' }),
      yoho({ sender: 'platform', category: 'late_shipment', platform_request: 'provide_tracking', order_id: 'YH2603040816', deadline_hours: 24 }),
    );
    expect(d.deadlines).toMatchObject([{ rule: 'YOHO-DAY-TO-SHIP', due: '2026-03-07T00:00:00.000Z', basis: 'date-in-mail' }]);
    expect(d.drafts).toEqual([]);
    expect(d.flags).not.toContain('past-ship-by');
  });
  it('a customer asking to cancel an overdue order: refund, or agree a delay', () => {
    const d = decide(mail({ text: '到而家都未有運單號碼，請即刻幫我取消訂單同全數退款。' }), yoho({ category: 'late_shipment', language: 'zh-Hant', order_id: 'YH2603160229' }));
    expect(d.drafts.map((x) => x.source)).toEqual(['yoho_hk.buyer.late-refund@1', 'yoho_hk.buyer.late-delay@1']);
    expect(texts(d)).toContain('3-5 個工作天');
  });
});

describe('Yoho counterfeit and non received', () => {
  it('counterfeit: documents gathered, drafts never sendable', () => {
    const d = decide(mail({ text: '請於本電郵發出後 72 小時內回覆，並提供以下文件' }), yoho({ sender: 'platform', category: 'counterfeit', language: 'zh-Hant', platform_request: 'provide_documents', order_id: 'YH2601310712', deadline_hours: 72 }));
    expect(d.drafts.map((x) => [x.to, x.language, x.send])).toEqual([
      ['platform', 'zh-Hant', 'never'],
      ['buyer', 'zh-Hant', 'never'],
    ]);
    expect(d.deadlines.map((x) => hours(x.due))).toEqual([72]);
  });
  it('stalled tracking asked by Yoho: a status reply to fill, and the customer is updated directly', () => {
    const d = decide(mail({ text: 'the tracking has shown no update since 27/03/2026' }), yoho({ sender: 'platform', category: 'non_recu', platform_request: 'provide_tracking', order_id: 'YH2603240611', tracking_number: '4PX3001562294873CN', deadline_hours: 48 }));
    expect(byTo(d, 'platform')[0]).toMatchObject({ language: 'en', send: 'never' });
    expect(byTo(d, 'buyer')[0]!.body).toContain('遞四方（4PX）');
  });
  it('a buyer asking "is it lost?" is not told the carrier confirmed a loss', () => {
    const d = decide(mail({ text: 'The tracking said "Departed from facility" on 13 March and nothing since then. Where is it? Is it lost?' }), yoho({ category: 'non_recu', order_id: 'YH2603100486', tracking_number: '4PX3001549820163CN' }));
    expect(d.drafts[0]!.body).not.toMatch(/confirmed that the parcel was lost/);
    expect(d.drafts[0]!.body).toContain('has not been updated for a while');
  });
});
