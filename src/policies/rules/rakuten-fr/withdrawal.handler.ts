import type { OutcomeBuilder } from '../outcome.ts';
import { payerNames } from '../merchant-labels.ts';
import { buyerSaidAnnuler, rakutenPlatformDraftChecks } from '../shared-checks.ts';

/**
 * RAK-WITHDRAW-SHIPPED / -UNSHIPPED with RAK-WORDS: a buyer who wants out is
 * guided to a rétractation ("Vous rétracter", or customer service before
 * shipment); the seller never cancels (annulation: double commission). Before
 * shipment customer service is told, naming `order/article`, that the buyer
 * asked for it.
 */
export function rakutenWithdrawal(o: OutcomeBuilder): void {
  const f = o.facts;
  const lang = o.shop.merchantLanguage;
  const payer = payerNames[o.shop.returnShippingPaidBy][lang];
  const order = f.order?.display ?? '—';

  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/withdrawal/platform');
    if (f.request === 'info_only') {
      o.flag('info-only');
      if (f.shipped !== true) o.act('withdraw-do-not-ship');
      return;
    }
    if (/retourné|retour d'article|numéro de suivi du retour|returned|退货单号|退貨/i.test(f.newText)) {
      o.act('withdraw-return-refund');
    } else {
      o.act('withdraw-decide', { payer });
      o.deadline('RAK-WITHDRAW-SHIPPED', f.statedHours, 'withdraw-decide');
    }
    return;
  }

  buyerSaidAnnuler(o);
  if (f.shipped === false) {
    o.setHandler('rakuten_fr/withdrawal/buyer-unshipped');
    o.flag('withdrawal-before-shipment');
    o.act('withdraw-tell-cs', { order });
    o.act('hold-shipment', { order });
    o.draft({ to: 'buyer', id: 'withdraw-unshipped', reply: true, purpose: 'reply-buyer', rules: ['RAK-WITHDRAW-UNSHIPPED', 'RAK-WORDS'] });
    o.draft({ to: 'platform', id: 'withdraw-cs', reply: false, purpose: 'tell-platform', rules: ['RAK-WITHDRAW-UNSHIPPED', 'RAK-WORDS', 'RAK-CS-FORM'] });
    rakutenPlatformDraftChecks(o, true);
    return;
  }
  o.setHandler('rakuten_fr/withdrawal/buyer-shipped');
  if (f.shipped === null) o.flag('shipment-status-unknown');
  o.act('withdraw-guide-retracter', { payer });
  o.draft({ to: 'buyer', id: 'withdraw-shipped', reply: true, purpose: 'reply-buyer', rules: ['RAK-WITHDRAW-SHIPPED', 'RAK-WORDS'] });
}
