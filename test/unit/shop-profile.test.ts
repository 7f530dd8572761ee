import { describe, expect, it } from 'vitest';
import {
  defaultShopProfile,
  formatProfileErrors,
  parseShopProfile,
  parseShopProfiles,
  shopSignature,
} from '../../src/policies/shop-profile.schemas.ts';

describe('shop profile', () => {
  it('works out of the box with safe defaults', () => {
    expect(defaultShopProfile).toMatchObject({
      id: 'default',
      marketplaces: ['rakuten_fr', 'yoho_hk'],
      shipFrom: 'china',
      shippingModes: ['suivi', 'recommande'],
      returnShippingPaidBy: 'buyer',
      merchantLanguage: 'en',
      autoNotices: {},
      serviceContact: { email: null, phone: null, website: null },
    });
  });

  it('lets every field be overridden', () => {
    const r = parseShopProfile({
      id: 'tidewell',
      name: 'Tidewell Trading',
      displayName: { 'zh-Hant': '潮匯貿易 Tidewell Trading' },
      marketplaces: ['yoho_hk'],
      shipFrom: 'outside_eu',
      dayToShip: { yoho_hk: 3 },
      mqsGrade: 'A',
      serviceContact: { email: 'Service@Tidewell-Trading.com', phone: '+852 2345 6789', website: 'https://tidewell-trading.com' },
      merchantLanguage: 'zh-Hant',
      autoNotices: { shipping: true },
      deadlineWarningHours: 6,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.serviceContact.email).toBe('service@tidewell-trading.com');
    expect(shopSignature(r.profile, 'zh-Hant')).toBe('潮匯貿易 Tidewell Trading 客戶服務團隊');
    expect(shopSignature(r.profile, 'fr')).toBe('L’équipe Tidewell Trading');
  });

  it.each([
    [{ dayToShip: { rakuten_fr: 5 } }, 'shop.dayToShip.rakuten_fr', 'RAK-SHIP-48H'],
    [{ shippingModes: ['normal'] }, 'shop.shippingModes', 'RAK-TRACKED'],
    [{ serviceContact: { email: 'kevin.wong@gmail.com' } }, 'shop.serviceContact.email', 'personal mailbox'],
    [{ serviceContact: { phone: '0612345678' } }, 'shop.serviceContact.phone', 'international form'],
    [{ shipFrom: 'asia' }, 'shop.shipFrom', 'eu, outside_eu, china'],
    [{ returnShippingPaidBy: 'nobody' }, 'shop.returnShippingPaidBy', 'onboarding'],
    [{ merchantLanguage: 'de' }, 'shop.merchantLanguage', 'zh-Hans'],
    [{ id: 'My Shop' }, 'shop.id', 'lower-case'],
  ])('fails %j naming the field and the fix', (over, field, fix) => {
    const r = parseShopProfile({ id: 'x', name: 'X', ...over });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toContain(field);
    expect(formatProfileErrors(r.errors)).toContain(fix);
  });

  it('serves several shops with unique ids', () => {
    expect(parseShopProfiles([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]).ok).toBe(true);
    const r = parseShopProfiles([{ id: 'a', name: 'A' }, { id: 'a', name: 'A2' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.field).toBe('shops.1.id');
  });
});
