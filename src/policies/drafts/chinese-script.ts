import { excerptAt, type Finding } from './compliance-detectors.ts';

/**
 * ALL-LANGUAGE checks on the script of a draft: a French or English draft
 * written in Chinese, a Chinese one without Chinese, and Simplified characters
 * in a Traditional draft (or the reverse), which a Hong Kong or mainland reader
 * notices at once.
 */

/** Characters written differently in Traditional Chinese (left: Simplified, right: Traditional). */
const S2T_PAIRS = [
  '这這', '们們', '订訂', '单單', '货貨', '请請', '联聯', '络絡', '时時', '个個', '发發', '还還', '为為', '见見', '书書',
  '问問', '题題', '谢謝', '购購', '买買', '关關', '运運', '费費', '务務', '说說', '让讓', '给給', '该該', '应應', '对對',
  '没沒', '处處', '东東', '国國', '从從', '开開', '进進', '过過', '边邊', '输輸', '现現', '产產', '备備', '项項', '质質',
  '实實', '确確', '认認', '针針', '换換', '报報', '价價', '级級', '维維', '损損', '坏壞', '电電', '话話', '号號', '码碼',
  '赔賠', '偿償', '补補', '数數', '转轉', '银銀', '议議', '协協', '满滿', '语語', '顾顧', '诉訴', '难難', '与與', '检檢',
  '将將', '尽盡', '带帶', '来來', '误誤', '导導', '态態', '线線', '网網', '页頁', '点點', '选選', '择擇', '当當', '后後',
  '归歸', '证證', '据據', '图圖', '户戶', '录錄', '决決', '办辦', '达達', '于於', '务務', '双雙', '须須', '义義', '尔爾',
];

const SIMPLIFIED_ONLY = new Set<string>();
const TRADITIONAL_ONLY = new Set<string>();
for (const [s, t] of S2T_PAIRS.map((p) => [...p] as [string, string])) {
  SIMPLIFIED_ONLY.add(s);
  TRADITIONAL_ONLY.add(t);
}
// 后 and 于 also exist in Traditional texts (queen, a surname): too ambiguous to convict a zh-Hant draft.
SIMPLIFIED_ONLY.delete('后');
SIMPLIFIED_ONLY.delete('于');

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Script problems: a French/English draft in Chinese, a Chinese draft without Chinese, the wrong Chinese script. */
export function findScriptMismatch(text: string, language: 'fr' | 'en' | 'zh-Hant' | 'zh-Hans', exempt: string[] = []): Finding[] {
  let scan = text;
  for (const e of exempt) if (e) scan = scan.split(e).join(' ');
  const letters = (scan.match(/[\p{L}]/gu) ?? []).length || 1;
  const cjk = (scan.match(CJK) ?? []).length;
  if (language === 'fr' || language === 'en') {
    if (cjk / letters > 0.2) return [{ check: 'wrong-script', message: `a ${language} draft written mostly in Chinese`, excerpt: excerptAt(scan, scan.search(CJK), 20) }];
    return [];
  }
  if (cjk / letters < 0.2) return [{ check: 'wrong-script', message: `a ${language} draft with hardly any Chinese`, excerpt: excerptAt(scan, 0, 40) }];
  const foreign = language === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
  const hits = [...scan].map((c, i) => ({ c, i })).filter(({ c }) => foreign.has(c));
  if (hits.length === 0) return [];
  const first = hits[0]!;
  return [
    {
      check: 'wrong-script',
      message: `${language === 'zh-Hant' ? 'Simplified' : 'Traditional'} characters in a ${language} draft: ${[...new Set(hits.map((h) => h.c))].slice(0, 8).join('')}`,
      excerpt: excerptAt(scan, first.i, 1),
    },
  ];
}

/** Which Chinese script a text leans to, by the characters written differently; null when it has no Chinese. */
export function chineseScript(text: string): 'zh-Hans' | 'zh-Hant' | null {
  if (!HAS_CJK.test(text)) return null;
  let s = 0;
  let t = 0;
  for (const c of text) {
    if (SIMPLIFIED_ONLY.has(c)) s++;
    else if (TRADITIONAL_ONLY.has(c)) t++;
  }
  return s > t ? 'zh-Hans' : 'zh-Hant';
}
