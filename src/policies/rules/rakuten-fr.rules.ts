import type { OutcomeBuilder } from './outcome.ts';
import { rakutenNonRecu } from './rakuten-fr/non-recu.handler.ts';
import { rakutenClaim } from './rakuten-fr/claim.handler.ts';
import { rakutenCounterfeit } from './rakuten-fr/counterfeit.handler.ts';
import { rakutenWithdrawal } from './rakuten-fr/withdrawal.handler.ts';
import { rakutenLateShipment } from './rakuten-fr/late-shipment.handler.ts';
import { rakutenWarranty } from './rakuten-fr/warranty.handler.ts';
import { rakutenGeneral } from './rakuten-fr/general.handler.ts';

/** Rakuten France: one handler per category; each tells platform mail from buyer mail apart (RAK-ANSWER). */
export function applyRakutenRules(o: OutcomeBuilder): void {
  switch (o.facts.category) {
    case 'non_recu':
      return rakutenNonRecu(o);
    case 'damaged':
    case 'not_as_described':
      return rakutenClaim(o);
    case 'counterfeit':
      return rakutenCounterfeit(o);
    case 'withdrawal':
      return rakutenWithdrawal(o);
    case 'late_shipment':
      return rakutenLateShipment(o);
    case 'warranty':
      return rakutenWarranty(o);
    case 'general':
      return rakutenGeneral(o);
  }
}
