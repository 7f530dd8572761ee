import type { OutcomeBuilder } from '../outcome.ts';
import { rakutenPlatformDraftChecks } from '../shared-checks.ts';
import { formatMoney } from '../../drafts/format.ts';

/** RAK-COUNTERFEIT's fine: 100 EUR + 20 % of the sales + 20 % of the stock value of the items concerned. */
export function counterfeitFineEur(salesEur: number, stockEur: number): number {
  return Math.round((100 + 0.2 * salesEur + 0.2 * stockEur) * 100) / 100;
}

/**
 * RAK-COUNTERFEIT and RAK-IMMEDIATE: customer service steps in at once; every
 * listing concerned comes down; supplier invoices are the evidence; the fine is
 * estimated when sales and stock are known. Nothing is ever sent without the
 * merchant writing it: every draft here is `send: never`.
 */
export function rakutenCounterfeit(o: OutcomeBuilder): void {
  const f = o.facts;
  const lang = o.shop.merchantLanguage;
  o.flag('counterfeit', 'manual-send');
  const fineAndTakeover = () => {
    o.act('counterfeit-immediate');
    const { counterfeitSalesEur: sales, counterfeitStockEur: stock } = f.hints;
    if (sales !== undefined && stock !== undefined && sales >= 0 && stock >= 0) {
      const eur = (value: number) => formatMoney({ value, currency: 'EUR' }, lang);
      o.act('counterfeit-fine', { sales: eur(sales), stock: eur(stock), fine: eur(counterfeitFineEur(sales, stock)) });
    } else if (f.request !== 'info_only') {
      o.act('counterfeit-fine-unknown');
    }
  };

  if (f.sender === 'platform') {
    o.setHandler('rakuten_fr/counterfeit/platform');
    if (f.request === 'info_only') {
      o.flag('info-only');
      o.note('verdict-info');
      return;
    }
    o.act('counterfeit-remove-listings');
    o.act('counterfeit-invoices');
    fineAndTakeover();
    o.act('counterfeit-generic-brand');
    if (f.request === 'remove_listings') {
      o.deadline('RAK-COUNTERFEIT', f.statedHours, 'remove-listings');
    } else {
      o.act('send-documents');
      o.deadline('RAK-DOCS-48H', 48, 'docs-48h');
    }
    if (f.order) {
      o.draft({
        to: 'platform',
        id: 'counterfeit-documents',
        reply: true,
        purpose: 'start-only',
        send: 'never',
        rules: ['RAK-COUNTERFEIT', 'RAK-DOCS-48H', 'RAK-ANSWER'],
        attachments: ['supplier-invoices', 'brand-authorisation'],
      });
      rakutenPlatformDraftChecks(o, true);
    }
    return;
  }

  o.setHandler('rakuten_fr/counterfeit/buyer');
  o.act('counterfeit-invoices');
  fineAndTakeover();
  o.act('counterfeit-generic-brand');
  o.draft({ to: 'buyer', id: 'counterfeit', reply: true, purpose: 'start-only', send: 'never', rules: ['RAK-COUNTERFEIT', 'RAK-IMMEDIATE'] });
}
