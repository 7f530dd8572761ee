import type { MailInput } from '../mail-input.schemas.ts';
import type { Evidence, MarketplaceId, SenderRole, Triage } from '../triage.schemas.ts';
import { categoryForBuyer, categoryForCarrier, categoryFromMotifs, specMismatch, type CategoryResult } from './category.ts';
import { elapsedDays } from './dates.ts';
import { readFacts } from './facts.ts';
import { findLabelledCode, findLabelledOrder, findPatternOrder, findRakutenOrder, findTrackingNumbers, orderPatternsOf, type Found } from './identifiers.ts';
import { detectLanguage, firstVersion, latinVersion } from './language.ts';
import { decideMarketplace, marketplacesNamed } from './marketplace.ts';
import { scoreMotifs } from './motifs.ts';
import { allMatches, collapseSpace, domainMatches, domainOf, foldText } from './normalize.ts';
import { decideDeadlineHours, decidePlatformRequest, statedDeadlineHours } from './platform-request.ts';
import { isRelay, marketplaceOfDomain, readOrigin, type SenderOrigin } from './sender.ts';
import { count, has, NO_SIGNALS, readSignals, type Signals } from './signals.ts';
import { scanPhrases, squash } from './phrase-index.ts';
import { stripInjections } from './injection.ts';
import { extractRelayed, splitText } from './text-parts.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

const MAX_TEXT = 64 * 1024;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MAX_SUBJECT = 1000;
const REPLY_PREFIX = /^\s*(?:re|fw|fwd|tr|aw|wg|sv|vs|rif|回复|回覆|答复|转发|轉寄|轉發|转寄)\s*[:：]/i;
const ENGLISH_PREVAILS = /english (?:version|text)[^.\n]{0,40}prevail|prevails? over the chinese|以英文(?:版本?|本|文本)?(?:為準|为准)|概以英文/;
const NO_DIRECT_REPLY = /ne sont pas transmises|ne pas (?:y )?repondre|do not reply|please do not reply|this mailbox is not monitored|请勿(?:直接)?回复|請勿(?:直接)?回覆|請勿回覆|请勿回复/;

function orderIn(text: string, config: TriageConfig, only: MarketplaceId | null, prefer?: string): { found: Found; marketplace: MarketplaceId | null } | null {
  for (const [id, pattern] of orderPatternsOf(config)) {
    if (only && only !== id) continue;
    const f = findPatternOrder(text, pattern);
    if (f) return { found: f, marketplace: id };
  }
  // The marketplace's own mail labels its order numbers, even in a form its pattern does not know.
  if (only && config.marketplaces[only].orderPattern) {
    const labelled = findLabelledOrder(text);
    return labelled ? { found: labelled, marketplace: only } : null;
  }
  const f = findRakutenOrder(text, prefer);
  if (f) return { found: f, marketplace: f.namesRakuten ? 'rakuten_fr' : null };
  const code = findLabelledCode(text);
  return code ? { found: code, marketplace: null } : null;
}

/** A marketplace's own subject often ends with the bare order number ("… - 9027364518"). */
function bareSubjectOrder(subject: string, config: TriageConfig, only: MarketplaceId | null): { found: Found; marketplace: MarketplaceId | null } | null {
  if (only && config.marketplaces[only].orderPattern) return null;
  const m = /(?<![\d/.,:-])(\d{7,14})(?![\d/.,:-])/.exec(subject);
  if (!m || /(?:annonce|listing|sku|case|dossier|ref|ticket|enquiry|facture|invoice|工单|工單|案件|个案|個案|发票|發票)\W*$|(?:request|demande|requete|请求|請求|查询|查詢)\s*(?:#|n[°o]\.?|no\.?|numero)\s*$/.test(foldText(subject.slice(0, m.index)))) return null;
  return { found: { value: m[1]!, context: subject, index: m.index }, marketplace: null };
}

// A notice about several orders lists their numbers, one per line or in a row ("• Y260213447820", "commandes : 7702918374, 7702918381").
const LISTED_ORDERS = /(?:^|\n)[ \t]*[-•*·][ \t]*[A-Z]{0,4}\d{8,14}[ \t]*(?=\n|$)|\b[A-Z]{0,4}\d{8,14}(?:[ \t]*(?:,|et|and|、|，)[ \t]*[A-Z]{0,4}\d{8,14}\b)+/;

// A forwarded or quoted header line naming its sender ("From: … <cs@yoho.com.hk>", « De : … »).
const FORWARDED_FROM = /^[\s>*]*(?:from|de|von|发件人|發件人|寄件人|寄件者)\s*[:：][^\n@]{0,120}@([a-z0-9.-]+\.[a-z]{2,})/gim;

/** The one marketplace whose own address sent the mail this one forwards, if any. */
function forwardedMarketplace(quoted: string, config: TriageConfig): MarketplaceId | null {
  if (!quoted.includes('@')) return null;
  const found = new Set<MarketplaceId>();
  for (const m of allMatches(FORWARDED_FROM, quoted)) {
    const id = marketplaceOfDomain(m[1]!.toLowerCase(), config);
    if (id) found.add(id);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Buyer or someone else, for a sender the headers do not identify. */
function roleOfUnknown(s: Signals, hasOrder: boolean, marketplacesNamed: number): { role: SenderRole; reason: string } {
  // A buyer writes about one purchase; someone naming several marketplaces at once is selling something.
  if (marketplacesNamed >= 2 && !hasOrder) return { role: 'other', reason: 'names several marketplaces and no order: not a buyer' };
  const claim = ['notReceived', 'trackingStalled', 'damaged', 'fault', 'wrongItem', 'counterfeit', 'cancel', 'returnOrRefund', 'notShipped', 'preSale', 'invoiceRequest', 'addressChange', 'warrantyWord'] as const;
  const buyer = claim.filter((c) => has(s, c)).length + count(s, 'buyerVoice') + (hasOrder ? 1 : 0);
  const other = 2 * count(s, 'supplier') + 2 * count(s, 'shopsCustomer') + 2 * count(s, 'spam');
  if (buyer > 0 && buyer >= other) return { role: 'buyer', reason: 'writes about their own order or purchase' };
  return { role: 'other', reason: other > 0 ? 'supplier, agency or mailing-list mail' : 'not about a purchase' };
}

// An automatic reply to the shop's mail about a purchase ("Réponse automatique : Re: Votre achat Rakuten").
const PURCHASE_SUBJECT = /(?:votre|your|vos|ta|ton|您的|你的)\s*(?:achat|commande|colis|order|purchase|parcel|package|delivery|livraison)|(?:您|你)(?:的|嘅)(?:訂單|订单|包裹|購買|购买)|rakuten|yoho|友和|樂天|乐天/;

function roleOf(origin: SenderOrigin, relay: boolean, s: Signals, hasOrder: boolean, named: () => number, subjectFolded: string): { role: SenderRole; reason: string } {
  switch (origin.kind) {
    case 'marketplace':
      return relay ? { role: 'buyer', reason: "a buyer's message relayed by the marketplace" } : { role: 'platform', reason: 'the marketplace itself' };
    case 'marketplace-marketing':
      return { role: 'other', reason: "the marketplace's marketing mail" };
    case 'carrier':
      return { role: 'carrier', reason: 'a carrier' };
    case 'web-form':
      return { role: 'buyer', reason: "a customer through the shop's contact form" };
    case 'internal':
      return { role: 'other', reason: 'a colleague (internal mail)' };
    case 'spoofed':
      return { role: 'other', reason: 'impersonates a marketplace or carrier' };
    case 'bounce':
      return { role: 'other', reason: 'a delivery failure report (bounce)' };
    case 'bulk':
      return { role: 'other', reason: 'bulk or mailing-list mail' };
    default:
      // An out-of-office from someone the shop wrote to about an order is the buyer's mailbox speaking.
      if (origin.autoReply) return hasOrder || PURCHASE_SUBJECT.test(subjectFolded) ? { role: 'buyer', reason: "the buyer's automatic reply" } : { role: 'other', reason: 'an automatic reply' };
      return roleOfUnknown(s, hasOrder, named());
  }
}

/**
 * Triage of one mail, offline: who wrote it, which marketplace, what it is
 * about, in which language, which order and tracking numbers, what the
 * platform asks and by when — with the evidence that decided each field.
 */
export function classifyMessage(input: MailInput, config: TriageConfig): Triage {
  // What a person writes fits in far less; a megabyte of text is an attachment or an attack.
  const mail =
    input.text.length > MAX_TEXT || input.subject.length > MAX_SUBJECT
      ? { ...input, text: input.text.slice(0, MAX_TEXT), subject: input.subject.slice(0, MAX_SUBJECT) }
      : input;
  const evidence: Evidence[] = [];
  const origin = readOrigin(mail, config);
  evidence.push(...origin.evidence);
  const mpOfSender = origin.kind === 'marketplace' || origin.kind === 'marketplace-marketing' ? origin.marketplace : null;
  const parts = splitText(mail.text);
  // Instructions aimed at an AI are not the writer's request to the shop: the classifier does not read them.
  const cleaned = stripInjections(foldText(parts.newText));
  const subjectIsOwn = !REPLY_PREFIX.test(mail.subject);
  if (cleaned.removed.length) evidence.push({ field: 'injection', reason: 'ignored text that tries to instruct an automated assistant', source: 'body', text: cleaned.removed[0]!.replace(/\s+/g, ' ').slice(0, 160) });
  const newFolded = cleaned.text;
  const subjectFolded = foldText(mail.subject);
  // One scan of subject and new text tells which phrases can occur anywhere below.
  const scanned = squash(`${subjectFolded}\n${newFolded}`);
  const hits = scanPhrases(scanned);
  const newSignals = subjectIsOwn ? readSignals(scanned, hits, true) : readSignals(newFolded, hits);
  const relay = origin.kind === 'marketplace' && !!mpOfSender && isRelay(mail, mpOfSender, config, newFolded, () => readSignals(newFolded, hits));
  if (relay) {
    // The buyer's words: after the announcement, or after a label such as "Message de l'acheteur :".
    const profile = config.marketplaces[mpOfSender!];
    parts.relayed = extractRelayed(parts.newText, [...profile.relayMarkers, ...profile.relayLabels.map(escapeRegex)]);
  }

  // Identifiers: the new text first, then the subject, then quoted or forwarded mail.
  const onlyMp = origin.kind === 'marketplace' ? mpOfSender : null;
  const inSubject = orderIn(mail.subject, config, onlyMp);
  let order =
    orderIn(parts.newText, config, onlyMp, inSubject?.found.value.split('/')[0]) ??
    inSubject ??
    (origin.kind === 'marketplace' ? bareSubjectOrder(mail.subject, config, onlyMp) : null) ??
    orderIn(parts.quotedText, config, onlyMp) ??
    orderIn(mail.embeddedText, config, onlyMp);
  // An order found without its article: the relay's footer or signature may pair them ("Réf. commande : … - Réf. article : …").
  if (order && !order.found.value.includes('/') && order.marketplace !== 'yoho_hk' && /\d{3,}/.test(mail.text)) {
    const paired = findRakutenOrder(`${mail.subject}\n${mail.text}`, order.found.value);
    if (paired?.value.startsWith(`${order.found.value}/`)) order = { ...order, found: paired };
  }
  if (order) evidence.push({ field: 'order_id', reason: 'order reference', source: 'body', text: order.found.context });
  const orderId = order?.found.value ?? null;

  const { role, reason: roleReason } = roleOf(origin, relay, newSignals, orderId !== null, () => marketplacesNamed(`${subjectFolded}\n${newFolded}`, config), subjectFolded);
  evidence.push({ field: 'sender', reason: roleReason, source: origin.kind === 'unknown' ? 'body' : 'header' });

  // What the author wrote: for a relay, the buyer's words; otherwise the new text.
  const focus = (relay && parts.relayed ? parts.relayed.buyerText : parts.newText) || mail.subject;
  const focusFolded = relay && parts.relayed ? stripInjections(foldText(focus)).text : foldText(focus) === foldText(parts.newText) ? newFolded : foldText(focus);
  const signals = relay ? readSignals(subjectIsOwn ? `${subjectFolded}\n${focusFolded}` : focusFolded, hits) : newSignals;
  const tracking = findTrackingNumbers(role === 'carrier' ? `${mail.subject}\n${parts.newText}` : parts.newText, role === 'carrier').find(
    (t) => !orderId || !orderId.split('/').includes(t.value),
  );
  if (tracking) evidence.push({ field: 'tracking_number', reason: 'tracking number in the new text', source: 'body', text: tracking.context });

  const chineseHint = mpOfSender === 'yoho_hk' || order?.marketplace === 'yoho_hk' ? 'zh-Hant' : 'zh-Hans';
  const detected = detectLanguage(focus.trim().length >= 12 ? focus : `${mail.subject}\n\n${focus}`, chineseHint);
  // A bilingual Yoho notice: its English version prevails (YOHO-ENGLISH-PREVAILS), even when the Chinese comes first
  // or is the longer part (the notice then says the English prevails).
  const bilingualYoho =
    role === 'platform' &&
    mpOfSender === 'yoho_hk' &&
    (detected.bilingual || (ENGLISH_PREVAILS.test(newFolded) && /[a-z]{3}/.test(newFolded) && /[\u4e00-\u9fff]/.test(newFolded)));
  const chineseFirst = bilingualYoho && detected.language !== 'en';
  const lang = chineseFirst ? { ...detected, language: 'en' as const, bilingual: true } : detected;
  let days: number[] | null = null;
  const elapsed = () => (days ??= elapsedDays(focusFolded, mail.date));

  let cat: CategoryResult;
  let forwardedFrom: MarketplaceId | null = null;
  const motifs = () => scoreMotifs(subjectFolded, newFolded, hits);
  let mismatch: string | null | undefined;
  const buyerCtx = { elapsed, hasOrder: orderId !== null, hasTracking: !!tracking, mismatch: () => (mismatch ??= specMismatch(focusFolded)) };
  if (origin.autoReply || origin.kind === 'bounce') {
    cat = { category: 'general', strength: 0.85, evidence: [{ field: 'category', reason: 'an automatic reply or bounce says nothing new', source: 'header' }] };
  } else if (role === 'platform') {
    cat = categoryFromMotifs(motifs(), newFolded, newSignals, { hasOrder: orderId !== null, elapsed, subject: subjectFolded });
    if (cat.category === 'general' && cat.strength <= 0.7 && orderId !== null) {
      // A notice that names no claim type may still quote what the customer wants.
      const asBuyer = categoryForBuyer(newSignals, buyerCtx);
      if (asBuyer.category !== 'general' && asBuyer.strength >= 0.75) cat = asBuyer;
    }
  } else if (role === 'buyer') {
    cat = categoryForBuyer(signals, buyerCtx);
    if (relay && cat.strength < 0.6) {
      // The relay wrapper names the claim ("Motif de la réclamation : Article endommagé").
      const wrapper = categoryFromMotifs(scoreMotifs('', foldText(parts.relayed?.wrapperText ?? ''), hits), '', signals, { hasOrder: true, elapsed });
      if (wrapper.category !== 'general') cat = wrapper;
    }
  } else if (role === 'carrier') {
    cat = categoryForCarrier(newSignals);
  } else if (origin.kind === 'spoofed' || origin.kind === 'bulk' || origin.kind === 'marketplace-marketing' || has(newSignals, 'spam')) {
    cat = { category: 'general', strength: 0.8, evidence: [{ field: 'category', reason: 'not a claim: marketing, spam or phishing', source: 'rule' }] };
  } else {
    // A colleague or supplier writing about a case: the claim a forwarded notice names, or what the text says.
    forwardedFrom = forwardedMarketplace(parts.quotedText, config);
    // A stranger's subject that the text never bears out ("[Rakuten] URGENT contrefaçon" on a price list) is bait.
    const subjectBait = origin.kind === 'unknown' && orderId === null && newFolded.trim().length >= 60 && Object.keys(scoreMotifs('', newFolded, hits)).length === 0;
    const m = forwardedFrom
      ? scoreMotifs(subjectFolded, `${newFolded}\n${foldText(parts.quotedText)}`)
      : subjectBait
        ? {}
        : motifs();
    const best = Object.entries(m).sort((a, b) => b[1].score - a[1].score)[0];
    cat = best && best[1].score >= 2 ? categoryFromMotifs(m, newFolded, newSignals, { hasOrder: orderId !== null, elapsed }) : categoryForCarrier(NO_SIGNALS);
    if (cat.category === 'general' && (orderId !== null || has(newSignals, 'shopsCustomer'))) {
      // Only about a particular order, or answering about the shop's customers, is a colleague's or supplier's mail about a claim.
      const told = categoryForBuyer(newSignals, buyerCtx);
      cat = told.category !== 'general' && told.strength >= 0.75 ? told : { category: 'general', strength: 0.6, evidence: [{ field: 'category', reason: 'no claim in the text', source: 'rule' }] };
    }
  }
  evidence.push(...cat.evidence);

  const mp = decideMarketplace(
    {
      fromSender: mpOfSender ?? (origin.kind === 'spoofed' ? origin.marketplace : null),
      senderKind: origin.kind,
      role,
      subject: mail.subject,
      newText: parts.newText,
      quotedText: mail.embeddedText ? `${parts.quotedText}\n${mail.embeddedText}` : parts.quotedText,
      orderId,
      orderMarketplace: order?.marketplace ?? null,
      forwardedFrom,
      language: lang.language,
    },
    config,
  );
  evidence.push(...mp.evidence);

  let platformRequest: Triage['platform_request'] = null;
  let deadlineHours: number | null = null;
  if (role === 'platform') {
    // A bilingual Yoho notice: the English version prevails (YOHO-ENGLISH-PREVAILS).
    const requestText = lang.bilingual ? foldText(chineseFirst ? latinVersion(parts.newText) : firstVersion(parts.newText)) : newFolded;
    const req = decidePlatformRequest(`${subjectFolded}\n${requestText}`, cat.category, orderId !== null || LISTED_ORDERS.test(parts.newText), hits);
    platformRequest = origin.autoReply ? 'info_only' : req.request;
    evidence.push(...req.evidence);
    // A time limit stated only in the subject ("[Action requise sous 24h]") counts, after the text's own.
    const dl = decideDeadlineHours(`${requestText}\n${subjectFolded}`, platformRequest, cat.category, mp.marketplace, mail.date, req.sentences);
    deadlineHours = dl.hours;
    evidence.push(...dl.evidence);
  } else if (origin.kind !== 'spoofed') {
    const stated = statedDeadlineHours(relay && parts.relayed ? foldText(parts.relayed.wrapperText) : newFolded, true);
    deadlineHours = stated?.hours ?? null;
  }

  let replyTo = mail.replyTo.find((r) => r.address && r.address.toLowerCase() !== (mail.from?.address ?? '').toLowerCase());
  if (replyTo && mpOfSender && !domainMatches(domainOf(replyTo.address), config.marketplaces[mpOfSender].domains)) {
    // A marketplace mail whose replies would leave the marketplace: a header trick, not a relay.
    evidence.push({ field: 'replyAddress', reason: `Reply-To leads outside ${config.marketplaces[mpOfSender].name}: ignored`, source: 'header', text: replyTo.address });
    replyTo = undefined;
  }
  const facts = readFacts({
    text: parts.newText,
    folded: focusFolded === newFolded ? newFolded : `${focusFolded}\n${newFolded}`,
    signals,
    tracking: tracking?.value ?? null,
    carrierFromSender: origin.kind === 'carrier' ? origin.carrier : null,
    buyerDisplayName: role === 'buyer' && !relay ? (replyTo?.name || mail.from?.name || null) : null,
    fromMarketplace: role === 'platform',
    config,
  });
  const roleCertainty = origin.kind === 'unknown' ? 0.7 : relay ? 0.9 : 0.95;
  const confidence = Math.round(Math.min(0.97, (roleCertainty + cat.strength) / 2) * 100) / 100;

  return {
    sender: role,
    marketplace: mp.marketplace,
    category: cat.category,
    language: lang.language,
    order_id: orderId,
    tracking_number: tracking?.value ?? null,
    platform_request: platformRequest,
    deadline_hours: deadlineHours,
    confidence,
    evidence,
    facts: {
      ...facts,
      replyAddress: replyTo?.address ?? (mpOfSender ? (mail.from?.address ?? null) : null),
      replyBlocked: !replyTo && (origin.noReply || NO_DIRECT_REPLY.test(newFolded)),
      automated: origin.automated,
      spoofed: origin.kind === 'spoofed',
      bilingual: lang.bilingual,
      summary: `${mail.subject}${focus ? ' — ' : ''}${collapseSpace(focus.slice(0, 600)).slice(0, 280)}`.trim(),
    },
  };
}
