import type { MailInput } from '../mail-input.schemas.ts';
import { headerValue } from '../mail-input.schemas.ts';
import type { Evidence, MarketplaceId, SenderRole } from '../triage.schemas.ts';
import { domainMatches, domainOf, foldText, localPartOf } from './normalize.ts';
import { has, type Signals } from './signals.ts';
import { findRakutenOrder, orderPatternsOf } from './identifiers.ts';
import { relayPattern } from './text-parts.ts';
import type { TriageConfig } from './triage-config.schemas.ts';

/** What the headers alone say about the sender, before reading the text. */
export interface SenderOrigin {
  kind: 'marketplace' | 'marketplace-marketing' | 'carrier' | 'internal' | 'web-form' | 'spoofed' | 'bounce' | 'bulk' | 'unknown';
  marketplace: MarketplaceId | null;
  carrier: string | null;
  /** RFC 3834: auto-submitted, bulk, list or bounce mail. */
  automated: boolean;
  /** An automatic reply (out of office, "this address is not read"): it answers a mail and says nothing new. */
  autoReply: boolean;
  /** The sender's mailbox takes no reply (no-reply local part without a Reply-To). */
  noReply: boolean;
  evidence: Evidence[];
}

const NO_REPLY = /^(?:no-?reply|noreply|ne-?pas-?repondre|nepasrepondre|do-?not-?reply|donotreply|mailer-daemon|postmaster|notification|notifications|notice|bounce)/;
const AUTO_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response)|out of (?:the )?office|absence|réponse automatique|reponse automatique|r[ée]ponse automatique|自动回复|自動回覆|自動回復|undeliver(?:ed|able)|delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|non remis|échec de la remise|系统退信|退信)/i;
// What a phishing mail asks for: money (a small "fee") or credentials.
const PHISHING_ASK =
  /\bpay(?:er|ez|ment)?\b|paiement|\bregle[rz]\b|\bfees?\b|\bfrais\b|繳付|缴付|支付|付款|費用|费用|\bverify|verifi|confirm your|confirmez vos|identifiant|password|mot de passe|\biban\b|card number|numero de carte|银行卡|銀行卡/;
const FORM_MAILER = /wpforms|contact form|gravity forms|formulaire|typeform|jotform|shopify|wix|squarespace|elementor/i;

// The same carrier under a regional domain (kerryexpress.com.hk for kerryexpress.com): the
// registrable name must equal a known one exactly and the suffix be an ordinary one, so
// look-alikes such as "sf-express-hk.delivery-notice.net" stay unknown.
const ORDINARY_SUFFIX = /\.(?:com|net|fr|hk|com\.hk|cn|com\.cn|de|eu|co\.uk|uk|tw|com\.tw|sg|com\.sg|jp|co\.jp)$/;

/** Asks for money or credentials and gives a link to do it (in the text, or behind an HTML button). */
function asksThroughLink(mail: MailInput): boolean {
  const text = mail.text.slice(0, 4000);
  return PHISHING_ASK.test(foldText(`${mail.subject}\n${text}`)) && (mail.linkHosts.length > 0 || /https?:\/\//.test(text));
}

function brandLabel(domain: string): string | null {
  const m = ORDINARY_SUFFIX.exec(domain);
  if (!m) return null;
  const rest = domain.slice(0, m.index).split('.');
  return rest[rest.length - 1] ?? null;
}

function carrierOfDomain(domain: string, config: TriageConfig): TriageConfig['carriers'][number] | undefined {
  const exact = config.carriers.find((c) => domainMatches(domain, c.domains));
  if (exact) return exact;
  const label = brandLabel(domain);
  if (!label || label.length < 3 || domainMatches(domain, config.freeMailDomains)) return undefined;
  // "zto-global.com" for "zto.com": the registrable name starts with the carrier's own, then a hyphen.
  return config.carriers.find((c) =>
    c.domains.some((d) => {
      const brand = brandLabel(d);
      return !!brand && brand.length >= 3 && (label === brand || label.startsWith(brand + '-'));
    }),
  );
}

/** The marketplace whose own domain this is, if any. */
export function marketplaceOfDomain(domain: string, config: TriageConfig): MarketplaceId | null {
  for (const [id, mp] of Object.entries(config.marketplaces) as [MarketplaceId, TriageConfig['marketplaces'][MarketplaceId]][]) {
    if (domainMatches(domain, mp.domains)) return id;
  }
  return null;
}

interface FoldedNames {
  marketplaces: [MarketplaceId, string[]][];
  carriers: [string, string[]][];
}
const foldedNames = new WeakMap<TriageConfig, FoldedNames>();

function namesOf(config: TriageConfig): FoldedNames {
  let n = foldedNames.get(config);
  if (!n) {
    n = {
      marketplaces: (Object.entries(config.marketplaces) as [MarketplaceId, TriageConfig['marketplaces'][MarketplaceId]][]).map(([id, mp]) => [id, mp.names.map(foldText)]),
      carriers: config.carriers.map((c) => [c.name, [c.name, ...c.names].map(foldText)]),
    };
    foldedNames.set(config, n);
  }
  return n;
}

/** A marketplace or carrier the sender claims to be (display name, domain words), whatever its real domain. */
export function claimedIdentity(mail: MailInput, config: TriageConfig): { marketplace: MarketplaceId | null; carrier: string | null } {
  const from = mail.from;
  const hay = foldText(`${from?.name ?? ''} ${domainOf(from?.address)}`);
  const names = namesOf(config);
  let marketplace: MarketplaceId | null = null;
  for (const [id, list] of names.marketplaces) if (list.some((n) => hay.includes(n))) marketplace = id;
  const carrier = names.carriers.find(([, list]) => list.some((n) => hay.includes(n)))?.[0] ?? null;
  return { marketplace, carrier };
}

const BOUNCE_SUBJECT = /^(?:undeliver(?:ed|able)|delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|non remis|échec de la remise|delivery (?:has )?failed|系统退信|退信)/i;

function isAutoReply(mail: MailInput): boolean {
  const auto = headerValue(mail, 'auto-submitted') ?? '';
  if (/auto-replied/i.test(auto)) return true;
  if (headerValue(mail, 'x-autoreply') || headerValue(mail, 'x-autorespond')) return true;
  if (/auto_reply/i.test(headerValue(mail, 'precedence') ?? '')) return true;
  return AUTO_SUBJECT.test(mail.subject.trim()) && !BOUNCE_SUBJECT.test(mail.subject.trim());
}

function isBounce(mail: MailInput): boolean {
  const ct = headerValue(mail, 'content-type') ?? '';
  if (/multipart\/report/i.test(ct) && /delivery-status/i.test(ct)) return true;
  if (/^(?:mailer-daemon|postmaster)$/.test(localPartOf(mail.from?.address))) return true;
  return BOUNCE_SUBJECT.test(mail.subject.trim());
}

function isAutomated(mail: MailInput): { automated: boolean; why: string | null } {
  const auto = headerValue(mail, 'auto-submitted');
  if (auto && !/^\s*no\b/i.test(auto)) return { automated: true, why: `Auto-Submitted: ${auto}` };
  for (const h of ['x-autoreply', 'x-autorespond', 'x-auto-reply']) if (headerValue(mail, h)) return { automated: true, why: h };
  const precedence = headerValue(mail, 'precedence');
  if (precedence && /bulk|list|junk|auto_reply/i.test(precedence)) return { automated: true, why: `Precedence: ${precedence}` };
  if (headerValue(mail, 'list-id') || headerValue(mail, 'list-unsubscribe')) return { automated: true, why: 'list headers' };
  const ct = headerValue(mail, 'content-type') ?? '';
  if (/multipart\/report/i.test(ct) && /delivery-status|disposition-notification/i.test(ct)) return { automated: true, why: 'delivery report' };
  const local = localPartOf(mail.from?.address);
  if (/^(?:mailer-daemon|postmaster)$/.test(local)) return { automated: true, why: `From ${local}` };
  if (AUTO_SUBJECT.test(mail.subject.trim())) return { automated: true, why: 'auto-reply subject' };
  return { automated: false, why: null };
}

function authFailed(mail: MailInput): boolean {
  const auth = (mail.headers['authentication-results'] ?? []).join(' ').toLowerCase();
  return /\b(?:spf|dmarc)=fail\b/.test(auth);
}

/** The subject or the opening of the text names one of this marketplace's orders. */
function namesAnOrder(mail: MailInput, mp: MarketplaceId, config: TriageConfig): boolean {
  const text = `${mail.subject}\n${mail.text.slice(0, 4000)}`;
  const pattern = orderPatternsOf(config).find(([id]) => id === mp)?.[1];
  if (!pattern) return findRakutenOrder(text) !== null;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Classifies the sender from the headers: marketplace, carrier, internal, spoofed … */
export function readOrigin(mail: MailInput, config: TriageConfig): SenderOrigin {
  const address = mail.from?.address ?? '';
  const domain = domainOf(address);
  const local = localPartOf(address);
  const evidence: Evidence[] = [];
  const { automated, why } = isAutomated(mail);
  if (why) evidence.push({ field: 'automated', reason: 'automatic mail (RFC 3834)', source: 'header', text: why });
  const replyTo = mail.replyTo.find((r) => r.address && r.address.toLowerCase() !== address.toLowerCase());
  const noReply = NO_REPLY.test(local) && !replyTo;
  const autoReply = isAutoReply(mail);
  const base = { automated, autoReply, noReply, evidence };

  const mp = marketplaceOfDomain(domain, config);
  if (mp && authFailed(mail)) {
    // The real domain in From:, but the receiving server found it forged.
    evidence.push({ field: 'sender', reason: `uses ${config.marketplaces[mp].name}'s domain but failed SPF/DMARC: forged`, source: 'header', text: address });
    return { ...base, kind: 'spoofed', marketplace: mp, carrier: null };
  }
  if (mp) {
    const profile = config.marketplaces[mp];
    // An unsubscribe link alone does not make a notice about one order marketing: marketplaces put it on operational mail too.
    const marketing =
      profile.marketingLocalParts.some((p) => local === p || local.startsWith(p + '-') || local.startsWith(p + '.')) ||
      (!!headerValue(mail, 'list-unsubscribe') && !namesAnOrder(mail, mp, config));
    evidence.push({ field: 'sender', reason: `sender domain belongs to ${profile.name}`, source: 'header', text: domain });
    if (marketing) evidence.push({ field: 'sender', reason: 'marketing mail (newsletter sender or unsubscribe link)', source: 'header', text: address });
    return { ...base, kind: marketing ? 'marketplace-marketing' : 'marketplace', marketplace: mp, carrier: null };
  }
  const carrier = authFailed(mail) ? undefined : carrierOfDomain(domain, config);
  // A carrier known only by a look-alike of its domain that asks for money or credentials is phishing.
  if (carrier && !domainMatches(domain, carrier.domains) && asksThroughLink(mail)) {
    evidence.push({ field: 'sender', reason: `looks like ${carrier.name} but asks for a payment or credentials through a link`, source: 'body', text: domain });
    return { ...base, kind: 'spoofed', marketplace: null, carrier: null };
  }
  if (carrier) {
    evidence.push({ field: 'sender', reason: `sender domain belongs to the carrier ${carrier.name}`, source: 'header', text: domain });
    return { ...base, kind: 'carrier', marketplace: null, carrier: carrier.name };
  }
  if (replyTo && domainMatches(domain, config.helpdeskDomains) && !domainMatches(domainOf(replyTo.address), config.helpdeskDomains)) {
    // A ticket from the shop's helpdesk: its display name names the channel ("Rakuten FR (via …)"), the Reply-To the customer.
    evidence.push({ field: 'sender', reason: "the shop's helpdesk relays a customer (Reply-To)", source: 'header', text: replyTo.address });
    return { ...base, kind: 'web-form', marketplace: null, carrier: null };
  }
  const claimed = claimedIdentity(mail, config);
  if (claimed.marketplace || claimed.carrier) {
    const who = claimed.marketplace ? config.marketplaces[claimed.marketplace].name : claimed.carrier!;
    evidence.push({
      field: 'sender',
      reason: `claims to be ${who} but writes from a domain that is not theirs${authFailed(mail) ? ' (SPF/DMARC failed)' : ''}`,
      source: 'header',
      text: `${mail.from?.name ?? ''} <${address}>`,
    });
    return { ...base, kind: 'spoofed', marketplace: claimed.marketplace, carrier: null };
  }
  if (isBounce(mail)) {
    evidence.push({ field: 'sender', reason: 'a delivery failure report (bounce)', source: 'header', text: mail.subject });
    return { ...base, kind: 'bounce', marketplace: null, carrier: null };
  }
  if (!autoReply && (headerValue(mail, 'list-unsubscribe') || headerValue(mail, 'list-id') || /bulk|list|junk/i.test(headerValue(mail, 'precedence') ?? ''))) {
    evidence.push({ field: 'sender', reason: 'bulk or mailing-list mail', source: 'header' });
    return { ...base, kind: 'bulk', marketplace: null, carrier: null };
  }
  const free = domainMatches(domain, config.freeMailDomains);
  const recipients = [...mail.to, ...mail.cc].map((r) => domainOf(r.address));
  const ownDomain = config.shopDomains.length
    ? !!domainMatches(domain, config.shopDomains)
    : !free && domain !== '' && recipients.includes(domain);
  if (ownDomain) {
    const mailer = `${headerValue(mail, 'x-mailer') ?? ''} ${mail.subject}`;
    if (replyTo && domainOf(replyTo.address) !== domain && (FORM_MAILER.test(mailer) || FORM_MAILER.test(mail.text.slice(0, 400)))) {
      evidence.push({ field: 'sender', reason: "the shop's own contact form relays a customer (Reply-To)", source: 'header', text: replyTo.address });
      return { ...base, kind: 'web-form', marketplace: null, carrier: null };
    }
    evidence.push({ field: 'sender', reason: "sender shares the shop's domain: internal mail", source: 'header', text: domain });
    return { ...base, kind: 'internal', marketplace: null, carrier: null };
  }
  return { ...base, kind: 'unknown', marketplace: null, carrier: null };
}

// Notices open by addressing the seller; a relayed buyer greets the shop plainly.
const SELLER_GREETING = /vendeu(?:r|se)|marchand|partenaire|seller|merchant|卖家|賣家|商戶|商户|店主/;

/**
 * A marketplace mail whose new text is a buyer writing about their own purchase, never about
 * "the buyer" as a notice quoting one would: a relay in a wrapper we have no marker for (a
 * "secure messaging" frame around the buyer's words).
 */
function speaksAsBuyer(s: Signals, foldedNewText: string): boolean {
  if (!has(s, 'ownPurchase') || has(s, 'buyerInThirdPerson')) return false;
  const opening = foldedNewText.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  return !SELLER_GREETING.test(opening);
}

/**
 * Whether a marketplace mail relays a buyer's message: it announces one ("nouveau message de votre
 * acheteur"), its Reply-To is a buyer relay address, or its text is the buyer's own words.
 * A notice quoting the buyer is not a relay.
 */
export function isRelay(mail: MailInput, mp: MarketplaceId, config: TriageConfig, foldedNewText: string, signals: () => Signals): boolean {
  const announce = relayPattern(config.marketplaces[mp].relayMarkers);
  if (announce && (announce.test(foldText(mail.subject)) || announce.test(foldedNewText))) return true;
  const prefixes = config.marketplaces[mp].buyerRelayLocalParts;
  const relayLocal = (address: string) => {
    const local = localPartOf(address);
    return prefixes.some((p) => local === p || local.startsWith(p + '-') || local.startsWith(p + '+') || local.startsWith(p + '.'));
  };
  // A per-conversation reply address on the marketplace's relay host ("reply+…@relay.yoho.com.hk") answers the buyer.
  const relayHost = (address: string) => /^(?:relay|messagerie|reply)\./.test(domainOf(address)) && !!domainMatches(domainOf(address), config.marketplaces[mp].domains);
  const relayAddress = mail.replyTo.some((r) => relayLocal(r.address) || relayHost(r.address));
  // "kevin_dlb via Rakuten", "梁小姐 (經 YOHO 友和)": the marketplace sends a person's message on their behalf.
  const onBehalf = /\bvia\s+\S|[（(]\s*(?:經|经|透過|透过|通過|通过)\s*\S/i.test(mail.from?.name ?? '');
  return relayAddress || onBehalf || speaksAsBuyer(signals(), foldedNewText);
}

export type { SenderRole };
