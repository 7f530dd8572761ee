import { platformClosing } from '../phrases.ts';
import { paragraphs, ph, type Template, type TemplateParams } from '../template-params.ts';
import type { YohoPlatformTemplate } from '../template-ids.ts';

/** Yoho's own teams, in the language they wrote (English prevails on bilingual notices). */

const orderEn = (p: TemplateParams) => p.order ?? ph('order number');
const orderZh = (p: TemplateParams) => p.order ?? ph('訂單編號');

const en: Record<YohoPlatformTemplate, Template> = {
  'carrier-status': (p) => ({
    subject: `Order ${orderEn(p)} – latest shipment status`,
    body: paragraphs(
      'Dear Yoho team,',
      `Regarding order ${orderEn(p)}${p.tracking ? ` (${p.carrier ? `${p.carrier}, ` : ''}tracking number ${p.tracking})` : ''}: we have contacted the carrier, and the latest status is: ${ph('latest status from the carrier, with its date')}.`,
      'We have also updated the customer directly and will keep following the shipment closely.',
      platformClosing(p),
    ),
  }),
  'counterfeit-documents': (p) => ({
    subject: `Order ${orderEn(p)} – documents for the customer complaint`,
    body: paragraphs(
      'Dear Yoho team,',
      `Regarding the customer’s complaint about order ${orderEn(p)}, please find attached:\n– the supplier invoices or purchase documents for this batch;\n– the brand authorisation or proof of purchase from an authorised distributor, if available;\n– photos of the serial numbers and packaging from the same stock.`,
      ph('add the details: supplier name, invoice numbers'),
      'We are also contacting the customer directly.',
      platformClosing(p),
    ),
  }),
};

const zhHant: Record<YohoPlatformTemplate, Template> = {
  'carrier-status': (p) => ({
    subject: `訂單 ${orderZh(p)} 最新物流狀態`,
    body: paragraphs(
      '友和團隊您好：',
      `關於訂單 ${orderZh(p)}，我們已${p.tracking ? `就運單 ${p.tracking} ` : ''}聯絡${p.carrier ?? '物流商'}，最新狀態如下：${ph('物流商提供的最新狀態及日期')}。`,
      '我們亦已直接向顧客更新最新情況，並會繼續密切跟進。',
      platformClosing(p),
    ),
  }),
  'counterfeit-documents': (p) => ({
    subject: `訂單 ${orderZh(p)} – 顧客投訴相關文件`,
    body: paragraphs(
      '友和團隊您好：',
      `關於訂單 ${orderZh(p)} 的顧客投訴，現附上以下文件：\n1. 該批貨品的供應商發票或採購單據；\n2. 品牌授權書或授權經銷商證明（如有）；\n3. 同批存貨的機身序號及包裝相片。`,
      ph('補充：供應商名稱、發票編號'),
      '我們亦會直接與顧客聯絡跟進。',
      platformClosing(p),
    ),
  }),
};

export const yohoPlatformTemplates = { en, 'zh-Hant': zhHant } as const;
