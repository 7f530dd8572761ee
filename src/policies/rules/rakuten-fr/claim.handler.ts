import type { OutcomeBuilder } from '../outcome.ts';
import { commissionRisk, rakutenPlatformDraftChecks, relayedClaimWindow } from '../shared-checks.ts';
import { formatMoney } from '../../drafts/format.ts';

/**
 * RAK-DAMAGED and RAK-NAD: offer the buyer a partial refund ("proposer un
 * rabais", at most 50 % of the order, RAK-REBATE-50), an exchange, or a return
 * and refund; ask for photos; 72 h to agree (RAK-BUYER-72H); documents asked by
 * customer service within 48 h (RAK-DOCS-48H).
 */
export function rakutenClaim(o: OutcomeBuilder): void {
  const f = o.facts;
  const rule = f.category === 'damaged' ? 'RAK-DAMAGED' : 'RAK-NAD';
  const lang = o.shop.merchantLanguage;
  const maxRebate = f.amount && f.amountTrusted ? ` = ${formatMoney({ value: Math.floor(f.amount.value * 50) / 100, currency: f.amount.currency }, lang)}` : '';
  const offer = () => {
    o.act('offer-three-solutions', { rule, maxRebate });
    o.act('rebate-limit');
    if (!f.hasPhotos) o.act('ask-photos', { rule });
  };
  const buyerDraft = (reply: boolean) =>
    o.draft({ to: 'buyer', id: 'claim', reply, purpose: reply ? 'reply-buyer' : 'contact-buyer', rules: [rule, 'RAK-REBATE-50'] });

  if (f.sender === 'platform') {
    o.setHandler(`rakuten_fr/${f.category}/platform`);
    if (f.request === 'info_only') {
      o.flag('info-only');
      // RAK-CLAIM-CANCEL: only the buyer withdraws a complaint; it then leaves the MQS score.
      if (/(?:annul|retir)\p{L}* (?:la |sa )?réclamation|réclamation (?:annulée|retirée)|withdr[ae]wn? (?:the |their )?(?:claim|complaint)|撤回投诉|撤回投訴|撤销投诉|撤銷投訴/iu.test(f.newText)) o.note('claim-withdrawn-info');
      else {
        o.note('verdict-info');
        commissionRisk(o);
      }
      return;
    }
    commissionRisk(o);
    if (f.request === 'provide_documents') {
      o.act('send-documents');
      o.deadline('RAK-DOCS-48H', 48, 'docs-48h');
      o.draft({
        to: 'platform',
        id: 'documents',
        reply: true,
        purpose: 'reply-platform',
        rules: [rule, 'RAK-DOCS-48H', 'RAK-ANSWER'],
        attachments: f.category === 'damaged' ? ['deposit-proof', 'packaging-photos'] : ['product-sheet', 'packaging-photos'],
      });
      rakutenPlatformDraftChecks(o, true);
      return;
    }
    // contact_buyer, or no request read: the buyer window is open.
    o.flag('buyer-window-72h');
    o.act('agree-within-72h');
    offer();
    o.deadline('RAK-BUYER-72H', 72, 'buyer-72h');
    buyerDraft(false);
    o.act(f.category === 'damaged' ? 'prevent-damage' : 'prevent-nad');
    return;
  }

  o.setHandler(`rakuten_fr/${f.category}/buyer`);
  relayedClaimWindow(o);
  offer();
  buyerDraft(true);
  o.act(f.category === 'damaged' ? 'prevent-damage' : 'prevent-nad');
}
