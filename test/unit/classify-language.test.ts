import { describe, expect, it } from 'vitest';
import { detectLanguage, firstVersion } from '../../src/policies/classify/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['French', "Bonjour, j'ai bien reçu le colis mais l'écran est fissuré. Pouvez-vous m'aider ?", 'fr'],
    ['French without accents, SMS style', 'bjr la montre que j ai acheter chez vous ne charge plus depuis 1 semaine, vous pouvez me l echanger ?', 'fr'],
    ['English', 'Hi, my parcel has not arrived yet and the tracking has not moved for a week. Could you check?', 'en'],
    ['Simplified Chinese', '卖家您好：您的买家就以下订单提交了未收到包裹的投诉，请您尽快联系承运商。', 'zh-Hans'],
    ['Traditional Chinese', '您好:本人於2月25日收到訂單之電熱水煲,惟家人早前已另行購買同款產品,故希望退貨。', 'zh-Hant'],
    ['Cantonese', '你好,我昨日收到部機,插好電撳開關完全冇反應,應該係壞機,請問點樣安排換機?', 'zh-Hant'],
    ['Cantonese mixed with English, Chinese dominant', 'Hi 唔好意思,我想cancel張order,見到你哋仲未ship。我老公話屋企已經有一部一樣嘅 sorry for the trouble!', 'zh-Hant'],
    ['English with one Cantonese sentence', 'The batch code on the bottom is on a printed sticker, the gold colour is off, it smells like cheap perfume and the texture is watery. 我用咗一次即刻痕. I want a full refund please.', 'en'],
    ['Chinese notice quoting a French buyer', '卖家您好：买家就以下订单提交了商品损坏的投诉。\n\n« Le ventilateur est arrivé avec le pied fendu. »\n\n请您点击回复买家按钮与买家沟通，并提出解决方案。请在三天内与买家达成一致。', 'zh-Hans'],
  ])('%s', (_name, text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });

  it('uses the hint for Chinese text without script-specific characters', () => {
    expect(detectLanguage('你好', 'zh-Hant').language).toBe('zh-Hant');
    expect(detectLanguage('你好', 'zh-Hans').language).toBe('zh-Hans');
  });

  it('gives a bilingual notice the language of its first version', () => {
    const notice = [
      'Dear Merchant,',
      'Our records show that the following order has exceeded the Day To Ship you set and has not yet been shipped. Please ship the order and input the tracking number within 48 hours of this notice.',
      '親愛的商戶:根據我們的紀錄,以下訂單已超出 貴店於物流管理中設定的寄出時效,目前仍未寄出。請於本通知發出後 24 小時內安排寄出,並於商戶後台輸入運單號碼。',
    ].join('\n\n');
    const r = detectLanguage(notice);
    expect(r).toEqual({ language: 'en', bilingual: true });
    expect(firstVersion(notice)).toContain('48 hours');
    expect(firstVersion(notice)).not.toContain('24 小時');
  });
});
