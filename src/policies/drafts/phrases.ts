import type { Language } from '../triage.schemas.ts';
import type { TemplateParams } from './template-params.ts';

/** Salutations, closings and the Yoho refund timings, per language. */

const latinEnd = (s: string) => /[A-Za-z.]$/.test(s);

export function greeting(language: Language, name: string | null, formal = false): string {
  switch (language) {
    case 'fr':
      return name ? `Bonjour ${name},` : formal ? 'Madame, Monsieur,' : 'Bonjour,';
    case 'en':
      return name ? `Dear ${name},` : 'Hello,';
    case 'zh-Hans':
      return name ? `${name}${latinEnd(name) ? ' ' : ''}您好：` : '您好：';
    case 'zh-Hant':
      return name ? `${name}${latinEnd(name) ? ' ' : ''}您好：` : '您好：';
  }
}

/** Closing for a buyer: an offer of further help, the signature and the shop's service contact when configured. */
export function buyerClosing(p: TemplateParams): string {
  const contact = p.contactLine ? `\n${p.contactLine}` : '';
  switch (p.language) {
    case 'fr':
      return `Nous restons à votre disposition pour toute question.\n\nCordialement,\n${p.signature}${contact}`;
    case 'en':
      return `If you have any other questions, please do not hesitate to contact us.\n\nKind regards,\n${p.signature}${contact}`;
    case 'zh-Hans':
      return `如有任何问题，欢迎随时联系我们。\n\n${p.signature}${contact}`;
    case 'zh-Hant':
      return `如有任何查詢，歡迎隨時聯絡我們。\n\n${p.signature}${contact}`;
  }
}

/** Closing for a marketplace's customer service. */
export function platformClosing(p: TemplateParams): string {
  switch (p.language) {
    case 'fr':
      return `Cordialement,\n${p.signature}`;
    case 'en':
      return `Best regards,\n${p.signature}`;
    case 'zh-Hans':
      return `谢谢！\n\n${p.signature}`;
    case 'zh-Hant':
      return `謝謝！\n\n${p.signature}`;
  }
}

/** The service contact line in a draft's language (shop-configured, never personal). */
export function contactLine(language: Language, email: string | null, phone: string | null): string | null {
  const parts = [email, phone].filter((x): x is string => !!x);
  if (parts.length === 0) return null;
  const label = { fr: 'Service client', en: 'Customer service', 'zh-Hans': '客服联系方式', 'zh-Hant': '客戶服務' }[language];
  const sep = language === 'fr' ? ' : ' : language === 'en' ? ': ' : '：';
  return `${label}${sep}${parts.join(' · ')}`;
}

/**
 * Yoho refund timings, always the English figures (YOHO-ENGLISH-PREVAILS):
 * FPS or bank transfer about 3–5 working days, credit card up to 3–4 weeks.
 * The Chinese wording follows the Yoho guide's own phrasing.
 */
export function yohoRefundTiming(language: Language, method: TemplateParams['refundMethod']): string {
  const t = {
    en: {
      card: 'As you paid by credit card, the refund may take up to 3-4 weeks to reach you, depending on the card-issuing bank.',
      fast: 'FPS or bank transfer refunds typically take around 3-5 working days.',
      both: 'FPS or bank transfer refunds typically take around 3-5 working days; credit card refunds may take up to 3-4 weeks, depending on the card-issuing bank.',
    },
    'zh-Hant': {
      card: '由於您以信用卡付款，退款視乎發卡銀行的處理速度，可能需時長達 3-4 週。',
      fast: '轉數快 (FPS) 或銀行轉帳退款需時約 3-5 個工作天。',
      both: '轉數快 (FPS) 或銀行轉帳退款需時約 3-5 個工作天；信用卡退款則視乎發卡銀行的處理速度，可能需時長達 3-4 週。',
    },
    'zh-Hans': {
      card: '由于您使用信用卡付款，退款到账时间视发卡银行的处理速度而定，最长可能需要 3-4 周。',
      fast: '转数快（FPS）或银行转账退款约需 3-5 个工作日到账。',
      both: '转数快（FPS）或银行转账退款约需 3-5 个工作日到账；信用卡退款到账时间视发卡银行的处理速度而定，最长可能需要 3-4 周。',
    },
    fr: {
      card: 'Le paiement ayant été effectué par carte bancaire, le remboursement peut prendre jusqu’à 3 ou 4 semaines, selon votre banque.',
      fast: 'Un remboursement par FPS ou virement bancaire prend en général 3 à 5 jours ouvrés.',
      both: 'Un remboursement par FPS ou virement bancaire prend en général 3 à 5 jours ouvrés ; par carte bancaire, il peut prendre jusqu’à 3 ou 4 semaines, selon votre banque.',
    },
  }[language];
  return method === 'card' ? t.card : method === 'fps' || method === 'bank' ? t.fast : t.both;
}
