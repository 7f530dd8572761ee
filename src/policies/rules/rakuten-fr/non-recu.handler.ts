import type { OutcomeBuilder } from '../outcome.ts';
import { carrierName, chinaNotice, checkRegistered, commissionRisk, rakutenPlatformDraftChecks, relayedClaimWindow, trackingLabel } from '../shared-checks.ts';

/**
 * RAK-NONRECU: customer service checks the uploaded tracking. (a) recent
 * update → claim rejected, nothing to do; (b) no tracking → upload it now;
 * (c) no recent update → get a fresh status from the carrier and send it. A
 * contested "delivered" asks for the carrier's proof of delivery. RAK-REGISTERED
 * is checked on every Non Reçu case.
 */
export function rakutenNonRecu(o: OutcomeBuilder): void {
  const f = o.facts;
  const carrier = carrierName(o);
  const tracking = trackingLabel(o);

  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/non_recu/platform');
    if (f.request === 'info_only' || f.trackingState === 'recent_update') {
      o.flag('nonrecu-rejected', 'info-only');
      o.act('nonrecu-nothing-to-do');
      return;
    }
    if (f.request === 'provide_documents' || f.trackingState === 'delivered') {
      o.flag('nonrecu-delivery-contested');
      o.act('send-proof-of-delivery', { carrier });
      o.act('send-documents');
      o.deadline('RAK-DOCS-48H', 48, 'docs-48h');
      o.draft({ to: 'platform', id: 'proof-of-delivery', reply: true, purpose: 'reply-platform', rules: ['RAK-NONRECU', 'RAK-DOCS-48H', 'RAK-ANSWER'], attachments: ['proof-of-delivery'] });
      rakutenPlatformDraftChecks(o, true);
      checkRegistered(o);
      commissionRisk(o);
      return;
    }
    if (!f.tracking || f.trackingState === 'missing') {
      o.flag('nonrecu-tracking-missing');
      o.act('upload-tracking');
      o.deadline('RAK-DOCS-48H', 48, 'tracking-48h');
      o.draft({ to: 'platform', id: 'tracking', reply: true, purpose: 'reply-platform', rules: ['RAK-NONRECU', 'RAK-DOCS-48H', 'RAK-TRACKED', 'RAK-ANSWER'] });
      rakutenPlatformDraftChecks(o, true);
      checkRegistered(o);
      commissionRisk(o);
      chinaNotice(o);
      return;
    }
    o.flag('nonrecu-tracking-stalled');
    o.act('get-carrier-status', { carrier, tracking });
    o.deadline('RAK-DOCS-48H', 48, 'tracking-48h');
    o.draft({ to: 'platform', id: 'carrier-status', reply: true, purpose: 'reply-platform', rules: ['RAK-NONRECU', 'RAK-DOCS-48H', 'RAK-ANSWER'], attachments: ['carrier-answer'] });
    o.draft({ to: 'buyer', id: 'nonrecu', reply: false, purpose: 'contact-buyer', rules: ['RAK-NONRECU', 'RAK-NOTIFY'] });
    rakutenPlatformDraftChecks(o, true);
    checkRegistered(o);
    commissionRisk(o);
    chinaNotice(o);
    return;
  }

  o.setHandler('rakuten_fr/non_recu/buyer');
  if (f.trackingState === 'delivered') o.act('nonrecu-delivered-dispute', { carrier });
  else o.act('nonrecu-chase-carrier', { carrier, tracking });
  relayedClaimWindow(o);
  checkRegistered(o);
  o.draft({ to: 'buyer', id: 'nonrecu', reply: true, purpose: 'reply-buyer', rules: ['RAK-NONRECU', 'RAK-NOTIFY'] });
  chinaNotice(o);
}
