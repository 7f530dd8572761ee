import type { OutcomeBuilder } from '../outcome.ts';
import { buyerSaidAnnuler, commissionRisk } from '../shared-checks.ts';

/**
 * RAK-SHIP-48H: confirm and ship within 48 h. A late order is shipped now, or,
 * if it cannot be, the buyer is guided to a rétractation: the seller never
 * cancels (RAK-WORDS). RAK-NOTIFY: the buyer hears of the delay first.
 */
export function rakutenLateShipment(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/late_shipment/platform');
    if (f.request === 'decide_refund') {
      o.act('late-decide-refund');
      o.deadline('RAK-SHIP-48H', f.statedHours, 'refund-decide');
      commissionRisk(o);
      return;
    }
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.note('info-only');
      return;
    }
    o.flag('past-ship-by');
    o.act('ship-now');
    o.act('late-no-annulation');
    o.act('delay-notice');
    o.deadline('RAK-SHIP-48H', 48, 'ship-48h');
    o.draft({ to: 'buyer', id: 'late-ship', reply: false, purpose: 'late-ship', notice: 'delay', rules: ['RAK-SHIP-48H', 'RAK-NOTIFY'] });
    o.draft({ to: 'buyer', id: 'late-cannot-ship', reply: false, purpose: 'late-cannot-ship', rules: ['RAK-SHIP-48H', 'RAK-WORDS', 'RAK-WITHDRAW-UNSHIPPED'] });
    return;
  }
  o.setHandler('rakuten_fr/late_shipment/buyer');
  buyerSaidAnnuler(o);
  o.flag('past-ship-by', 'alternative-drafts');
  o.act('ship-now');
  o.act('late-no-annulation');
  o.draft({ to: 'buyer', id: 'late-ship', reply: true, purpose: 'late-ship', rules: ['RAK-SHIP-48H', 'RAK-NOTIFY'] });
  o.draft({ to: 'buyer', id: 'late-cannot-ship', reply: true, purpose: 'late-cannot-ship', rules: ['RAK-SHIP-48H', 'RAK-WORDS', 'RAK-WITHDRAW-UNSHIPPED'] });
}
