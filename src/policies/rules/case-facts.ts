import type { MailInput } from '../mail-input.schemas.ts';
import type { Category, Language, MarketplaceId, PlatformRequest, SenderRole, Triage } from '../triage.schemas.ts';
import { defaultBuyerLanguage, type ShipFromRegion, type ShopProfile } from '../shop-profile.schemas.ts';
import { findAmounts, type Money } from '../drafts/compliance-detectors.ts';
import { findShipByDate, marketZone } from '../deadlines.ts';
import {
  carrierFromTracking,
  findArticleNumber,
  isRegisteredTracking,
  matchCarrier,
  normaliseTracking,
  parseOrderRef,
  safeName,
  safeProductName,
  shipFromOf,
  type CarrierKey,
  type OrderRef,
} from './identifiers.ts';
import {
  ASKS_REFUND_OR_CANCEL,
  OFF_PLATFORM,
  NO_REPLY,
  cueCarrierEvent,
  cueHasPhotos,
  cueProductName,
  cueRefundMethod,
  cueShipped,
  cueTrackingState,
  newTextOf,
  quotedBuyerLanguage,
  type CarrierEvent,
  type TrackingCue,
} from './text-cues.ts';

/** What the merchant may tell the core about a case (from the bot or the review screen). */
export interface MerchantHints {
  /** YYYY-MM-DD the merchant commits to ship by (YOHO-DELAY-NOTE, late shipments). */
  expectedShipDate?: string;
  /** Rebate the merchant is ready to offer, in % of the order (at most 50, RAK-REBATE-50). */
  rebatePercent?: number;
  /** Sales and stock value (EUR) of the items a counterfeit complaint concerns (RAK-COUNTERFEIT's fine). */
  counterfeitSalesEur?: number;
  counterfeitStockEur?: number;
}

/** The case as the handlers see it: triage fields, validated facts, and what the text tells. */
export interface CaseFacts {
  marketplace: MarketplaceId | null;
  sender: SenderRole;
  category: Category;
  request: PlatformRequest | null;
  /** Language of the mail's new text. */
  language: Language;
  mailDate: string | null;
  confidence: number;
  /** The triage's order reference was there but not a valid one. */
  orderUnverified: boolean;
  order: OrderRef | null;
  tracking: string | null;
  carrier: CarrierKey | null;
  shipped: boolean | null;
  trackingState: TrackingCue | null;
  amount: Money | null;
  /** The amount comes from the marketplace's own notice, so it is the order's value (a buyer's figure may be what they ask for). */
  amountTrusted: boolean;
  productName: string | null;
  buyerName: string | null;
  shipFrom: ShipFromRegion;
  shipFromKnown: boolean;
  registered: boolean | null;
  buyerLanguage: Language;
  buyerLanguageKnown: boolean;
  /** Language a reply to the marketplace's customer service takes (ALL-LANGUAGE). */
  platformLanguage: Language;
  statedHours: number | null;
  automated: boolean;
  spoofed: boolean;
  /** The mail had text addressed to an automated assistant; the triage ignored it. */
  instructionsToAssistant: boolean;
  /** The writer asks to pay, be paid or talk outside the marketplace. */
  offPlatform: boolean;
  replyBlocked: boolean;
  replyAddress: string | null;
  newText: string;
  refundMethod: 'fps' | 'card' | 'bank' | null;
  hasPhotos: boolean;
  asksRefundOrCancel: boolean;
  carrierEvent: CarrierEvent | null;
  shipByDate: string | null;
  hints: MerchantHints;
}

/**
 * ALL-LANGUAGE: Rakuten customer service gets French unless it wrote in Chinese;
 * Yoho's team gets the language it wrote (English when bilingual: it prevails).
 * When the mail is not theirs, they get the marketplace's default.
 */
function platformLanguageOf(marketplace: MarketplaceId | null, triage: Triage): Language {
  const theirs = triage.sender === 'platform';
  if (marketplace === 'yoho_hk') return theirs && !triage.facts.bilingual && triage.language.startsWith('zh') ? 'zh-Hant' : 'en';
  return theirs && triage.language.startsWith('zh') ? 'zh-Hans' : 'fr';
}

function buyerLanguageOf(triage: Triage, newText: string, shop: ShopProfile): { language: Language; known: boolean } {
  if (triage.sender === 'buyer') return { language: triage.language, known: true };
  if (triage.sender === 'platform') {
    const quoted = quotedBuyerLanguage(newText);
    if (quoted && !(triage.marketplace === 'rakuten_fr' && quoted.startsWith('zh'))) return { language: quoted, known: true };
  }
  return { language: defaultBuyerLanguage(shop, triage.marketplace), known: false };
}

/** Builds the case facts; every value inserted later into a draft is validated here. */
export function buildCaseFacts(mail: MailInput, triage: Triage, shop: ShopProfile, hints: MerchantHints = {}): CaseFacts {
  const marketplace = triage.marketplace;
  const newText = newTextOf(mail);
  const scanText = `${mail.subject}\n${newText}`;

  let order = parseOrderRef(triage.order_id, marketplace);
  if (order && !order.article && marketplace === 'rakuten_fr') {
    const article = findArticleNumber(newText, order.order);
    if (article) order = { display: `${order.order}/${article}`, order: order.order, article };
  }
  const tracking = normaliseTracking(triage.tracking_number);
  const carrier = matchCarrier(triage.facts.carrier) ?? carrierFromTracking(tracking);

  // Only a marketplace's own notice states the order's value; a buyer's figure may be the rebate they want.
  const textAmount =
    triage.sender === 'platform' && triage.category !== 'counterfeit' && triage.category !== 'general'
      ? findAmounts(newText).find((a) => a.money.currency === (marketplace === 'yoho_hk' ? 'HKD' : 'EUR'))
      : undefined;
  const amount = triage.facts.amount ?? textAmount?.money ?? null;

  const derivedShipFrom = shipFromOf(tracking, carrier);
  const buyer = buyerLanguageOf(triage, newText, shop);
  const stated = triage.deadline_hours;

  return {
    marketplace,
    sender: triage.sender,
    category: triage.category,
    request: triage.platform_request,
    language: triage.language,
    mailDate: mail.date,
    confidence: triage.confidence,
    orderUnverified: !!triage.order_id && !order,
    order,
    tracking,
    carrier,
    shipped: triage.facts.shipped ?? cueShipped(newText),
    trackingState: triage.facts.trackingState ?? cueTrackingState(scanText),
    amount: amount && amount.value > 0 ? amount : null,
    amountTrusted: triage.sender === 'platform' && triage.category !== 'counterfeit' && triage.category !== 'general',
    productName: safeProductName(triage.facts.productName ?? cueProductName(newText)),
    buyerName: safeName(triage.facts.buyerName),
    shipFrom: derivedShipFrom ?? shop.shipFrom,
    shipFromKnown: derivedShipFrom !== null,
    registered: isRegisteredTracking(tracking),
    buyerLanguage: buyer.language,
    buyerLanguageKnown: buyer.known,
    platformLanguage: platformLanguageOf(marketplace, triage),
    statedHours: stated !== null && stated > 0 && stated <= 24 * 60 ? stated : null,
    automated: triage.facts.automated,
    spoofed: triage.facts.spoofed,
    instructionsToAssistant: triage.evidence.some((e) => e.field === 'injection'),
    offPlatform: OFF_PLATFORM.test(newText),
    replyBlocked: triage.facts.replyBlocked || NO_REPLY.test(newText),
    replyAddress: triage.facts.replyAddress,
    newText,
    refundMethod: cueRefundMethod(newText),
    hasPhotos: cueHasPhotos(mail, newText),
    asksRefundOrCancel: ASKS_REFUND_OR_CANCEL.test(newText),
    carrierEvent: triage.sender === 'carrier' ? cueCarrierEvent(scanText) : null,
    shipByDate: findShipByDate(newText, marketZone(marketplace)),
    hints,
  };
}
