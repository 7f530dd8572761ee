import type { OutcomeBuilder } from '../outcome.ts';
import { rakutenPlatformDraftChecks, relayedClaimWindow } from '../shared-checks.ts';

/**
 * RAK-WARRANTY: delivery confirmed more than 14 days ago and rated; customer
 * service writes "application de la garantie" / "dans les 2 ans suivant…". The
 * seller agrees a repair, replacement or refund with the buyer, refunds by its
 * own means (transfer, PayPal), then tells customer service it is settled.
 */
export function rakutenWarranty(o: OutcomeBuilder): void {
  const f = o.facts;
  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/warranty/platform');
    if (f.request === 'provide_documents') {
      o.act('warranty-send-proof');
      o.deadline('RAK-DOCS-48H', 48, 'refund-proof');
      o.draft({ to: 'platform', id: 'documents', reply: true, purpose: 'reply-platform', rules: ['RAK-WARRANTY', 'RAK-DOCS-48H', 'RAK-ANSWER'], attachments: ['refund-proof'] });
      rakutenPlatformDraftChecks(o, true);
      return;
    }
    if (f.request === 'info_only') {
      o.flag('info-only');
      return;
    }
    o.act('warranty-contact');
    o.act('warranty-refund-own-means');
    o.deadline('RAK-WARRANTY', f.statedHours, 'reply-platform');
    o.draft({ to: 'buyer', id: 'warranty', reply: false, purpose: 'contact-buyer', rules: ['RAK-WARRANTY'] });
    o.draft({ to: 'platform', id: 'warranty-settled', reply: true, purpose: 'after-refund', send: 'never', rules: ['RAK-WARRANTY', 'RAK-ANSWER'] });
    rakutenPlatformDraftChecks(o, true);
    return;
  }
  o.setHandler('rakuten_fr/warranty/buyer');
  relayedClaimWindow(o);
  o.act('warranty-contact');
  o.act('warranty-refund-own-means');
  o.draft({ to: 'buyer', id: 'warranty', reply: true, purpose: 'reply-buyer', rules: ['RAK-WARRANTY'] });
}
