import type { OutcomeBuilder } from '../outcome.ts';
import { chinaNotice } from '../shared-checks.ts';

/** General mail answers nothing automatically; a platform notice becomes information for the merchant. */
export function rakutenGeneral(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/general/platform');
    o.flag('info-only');
    if (/recommandé|suivi|« ?normal ?»|挂号|expédition de la chine/i.test(f.newText) && /réclamations? « ?non reçu|non reçu|未收到/i.test(f.newText)) {
      o.note('policy-reminder');
      chinaNotice(o);
    } else {
      o.note('info-only');
    }
    return;
  }
  o.setHandler('rakuten_fr/general/buyer');
  o.act('general-answer-yourself');
}
