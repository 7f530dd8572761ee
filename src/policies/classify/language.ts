import type { Language } from '../triage.schemas.ts';
import { foldText } from './normalize.ts';

// Characters that exist in one script only (common ones), plus Cantonese
// particles, which Hong Kong writers use with Traditional characters.
const TRADITIONAL = new Set(
  '這個們來說為時會對發貨單訂號請謝問題還麼沒買賣換經過現與後給從電話機備務處運營郵聯絡圖點開關門間東車長馬見頁風飛龍義議讓認識質證據樂黃業產價優傳傷體側兒黨興養內寫決況淨減劉則剛創刪別辦動勞勢區協衛歷壓廳參雙變葉嗎聽啟員園圍國圓場壞塊堅墊夠頭夾奪奮媽婦娛學寶實審寬尋導層歲島幣師帶幫廣莊庫應廢異棄張強歸當錄徹徑憶態總戀惡懸驚慣願戰戶擴掃揚護報擔擁擇掛擠揮損據擲攝擺攜撐無舊顯曬曉暈暫術殺雜權條楊極構槍櫃標欄樹樣橋檢樓橫歡歐畢氣匯漢溝淚澤潔測濟淺瀏湧潤漲漸漁溫灣濕滿滾滯滅燈靈爐煉爛熱煩燒愛爺牽猶狀獨狹獵獻環璃電畫暢療皺盞監蓋盤礦碼磚礎確礙禮禍離種積稱穩窮竊競筆箋籠築簽簡類糧糾紅約級紀純綱納縱紛紙線練組細織終紹結繞繪絡絕統繼績續維綿綜綠緩編緣縮繳網羅罰罷職聯聰肅腸膚腫脹脅勝脈髒腦腳臉騰艦藝節蘆蘇蘋薦藥萊獲蘿蕭慮雖蝦蝕蠻補襯襲裝觀規視覽覺譽計認討訓訊記講訝許論設訪評訴診詞譯試詩誠誕詢該詳語誤諸讀課誰調諒談誼謀謂謎謠謹譜貝負貢財責賢敗販貪貧購貫貼貴貸貿費賀賊資賦賭賞賠賴賺賽贊贈贏趙趕趨躍踐蹤軌轉輪軟轟輕載較輔輛輩輝輸辭辯邊達遷邁運進遠違連遲適選遜遞邏遺鄧鄰鄭醬釋鑑針釘釣鐘鋼鑰錢鑽鐵鈴鉛銀鋪鏈銷鎖鍋鋒錯錫錦鍵鍛鎮鏡閃閉闖閒悶鬧聞閥閱隊陽陰陣階際陸陳險隨隱難霧頂項順須顧頓預領頗頻顆顏額飄飯飲飾飽餅館驅駛駐駕驗罵騙驟魚鮮鳥雞鳴麥齊齒齡嘅咗唔冇係喺嗰哋啲咁嘢佢睇搵俾畀噉嚟諗揀攞晒嘥',
);
const SIMPLIFIED = new Set(
  '这个们来说为时会对发货单订号请谢问题还么没买卖换经过现与给从电话机备务处运营邮联络图点开关门间东车长马见页风飞龙义议让认识质证据乐黄业产价优传伤体侧儿党兴养内写决况净减刘则刚创删别办动劳势区协卫历压厅参双变叶吗听启员园围国图圆场坏块坚垫够头夹夺奋妈妇娱学宝实审宽寻导层岁岛币师带帮广庄库应废弃张强归当录彻忆态总恋恶悬惊惯愿战户扩扫扬护报担拥择挂挤挥损据掷摄摆携撑无旧显晒晓晕暂术杀杂权条杨极构枪柜标栏树样桥检楼横欢欧毕气汇汉沟泪泽洁测济浅浏涌润涨渐渔温湾湿满滚滞灭灯灵炉炼烂热烦烧爱爷牵犹状独狭猎献环电画畅疗皱盏监盖盘矿码砖础确碍礼祸离种积称稳穷窃竞笔笺笼筑签简类粮纠红约级纪纯纲纳纵纷纸线练组细织终绍经结绕绘络绝统继绩续维绵综绿缓编缘缩缴网罗罚罢职联聪肃肠肤肿胀胁胜脉脏脑脚脸腾舰艺节芦苏苹荐药莱获萝萧虑虽虾蚀蛮补衬袭装观规视览觉誉计认讨训讯记讲讶许论设访证评诉诊词译试诗诚诞询该详语误诸读课谁调谅谈谊谋谓谜谣谨谱贝负贡财责贤败贩贪贫购贯贴贵贷贸费贺贼资赋赌赏赔赖赚赛赞赠赢赵赶趋跃践踪轨转轮软轰轻载较辅辆辈辉输辞辩边达迁迈运这进远违连迟适选逊递逻遗邓邻郑酱释鉴针钉钓钟钢钥钱钻铁铃铅银铺链销锁锅锋错锡锦键锻镇镜闪闭闯闲闷闹闻阀阅队阳阴阵阶际陆陈险随隐难雾顶项顺须顾顿预领颇频颗颜额饭饮饰饱饼馆驱驶驻驾验骂骗骤鱼鲜鸟鸡鸣麦齐齿龄',
);

const FR_WORDS = new Set(
  'le la les de des du un une et est je vous nous il elle pas que qui pour sur dans avec ce cette mon ma mes votre vos au aux ne plus mais ou tres bien merci bonjour cordialement suis avez sont ai etait depuis toujours aucun aucune rien jamais encore colis commande recu livre votre notre leur leurs ces son sa ses chez vers donc car si aussi comme faire fait peux pouvez veux voudrais madame monsieur salutations svp'.split(' '),
);
const EN_WORDS = new Set(
  'the and is are was were i you we he she it not that which for on in with this my your our to of a an be have has had but or very thanks thank hello hi dear regards please order parcel received since still yet would could can will just there their they them from at by as if so me us got been does did do item please sent when what where why how'.split(' '),
);

// One pass over a paragraph counts every script class at once: a table per UTF-16 unit.
const HAN_BIT = 1;
const TRAD_BIT = 2;
const SIMP_BIT = 4;
const ACCENT_BIT = 8;
const CLASS = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) CLASS[c]! |= HAN_BIT;
for (let c = 0xc0; c <= 0x17f; c++) CLASS[c]! |= ACCENT_BIT;
for (const ch of TRADITIONAL) CLASS[ch.charCodeAt(0)]! |= TRAD_BIT;
for (const ch of SIMPLIFIED) CLASS[ch.charCodeAt(0)]! |= SIMP_BIT;

interface ScriptCounts {
  han: number;
  trad: number;
  simp: number;
  accents: number;
}

function scriptCounts(text: string): ScriptCounts {
  let han = 0;
  let trad = 0;
  let simp = 0;
  let accents = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    if (k === 0) continue;
    if (k & HAN_BIT) han++;
    if (k & TRAD_BIT) trad++;
    if (k & SIMP_BIT) simp++;
    if (k & ACCENT_BIT) accents++;
  }
  return { han, trad, simp, accents };
}

const LANGUAGE_SAMPLE = 1500;
const WORD = /[a-z]+(?:'[a-z]+)?/g;
const ELIDED = /^(?:j|l|d|n|c|qu|s|m)'/;
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Paragraphs of a text with their folded form (folding keeps line breaks, so both split alike). */
function paragraphsOf(text: string): [string, string][] {
  const raw = text.split(PARAGRAPH_BREAK);
  const folded = foldText(text).split(PARAGRAPH_BREAK);
  const pairs: [string, string][] = raw.map((p, i) => [p, folded.length === raw.length ? folded[i]! : foldText(p)]);
  return pairs.filter(([p]) => p.trim());
}

interface ParagraphStats {
  zh: number;
  fr: number;
  en: number;
  trad: number;
  simp: number;
}

function paragraphStats(p: string, folded: string): ParagraphStats {
  const counts = scriptCounts(p);
  const han = counts.han;
  // Accents count only in a paragraph without Chinese characters.
  const accents = han > 0 ? 0 : counts.accents;
  const trad = han > 0 ? counts.trad : 0;
  const simp = han > 0 ? counts.simp : 0;
  let fr = 0;
  let en = 0;
  let latin = 0;
  if (han <= p.length / 2) {
    for (const w of folded.match(WORD) ?? []) {
      latin++;
      if (FR_WORDS.has(w) || (w.includes("'") && ELIDED.test(w))) fr++;
      if (EN_WORDS.has(w)) en++;
    }
  }
  fr += accents * 0.5;
  // A Chinese character carries about as much as a short Latin word.
  const zhWeight = han / 1.6;
  const latinIsFrench = fr > en;
  return {
    zh: zhWeight,
    fr: latinIsFrench ? latin : 0,
    en: latinIsFrench ? 0 : latin,
    trad,
    simp,
  };
}

export interface LanguageResult {
  language: Language;
  /** A notice written twice, in English and in Chinese (Yoho's practice). */
  bilingual: boolean;
}

/**
 * A notice written twice is one run of Chinese paragraphs and one of Latin ones (a short footer
 * after them aside). A notice that resumes after a quote in the other language (the buyer's
 * Cantonese inside an English notice) is one version quoting someone.
 */
function twoVersions(dominant: readonly { lang: 'zh' | 'fr' | 'en'; weight: number }[]): boolean {
  const runs: { family: 'zh' | 'latin'; weight: number }[] = [];
  for (const d of dominant) {
    if (d.weight < 6) continue;
    const family = d.lang === 'zh' ? 'zh' : 'latin';
    const last = runs[runs.length - 1];
    if (last?.family === family) last.weight += d.weight;
    else runs.push({ family, weight: d.weight });
  }
  if (runs.length === 2) return true;
  return runs.length === 3 && runs[2]!.weight * 4 < runs[0]!.weight;
}

/**
 * Language of a text: Chinese (Traditional or Simplified), French or English.
 * A bilingual notice takes the language of its first version.
 * `chineseHint` decides Chinese text that has no script-specific character.
 */
export function detectLanguage(text: string, chineseHint: 'zh-Hant' | 'zh-Hans' = 'zh-Hans'): LanguageResult {
  // The opening of a mail tells its language; a long notice need not be read to the end,
  // except to notice a second, Chinese version after a Latin one (a bilingual notice).
  const long = text.length > LANGUAGE_SAMPLE;
  const paragraphs = paragraphsOf(long ? text.slice(0, LANGUAGE_SAMPLE) : text);
  let zh = 0;
  let fr = 0;
  let en = 0;
  let trad = 0;
  let simp = 0;
  const dominant: { lang: 'zh' | 'fr' | 'en'; weight: number }[] = [];
  for (const [p, f] of paragraphs) {
    const s = paragraphStats(p, f);
    zh += s.zh;
    fr += s.fr;
    en += s.en;
    trad += s.trad;
    simp += s.simp;
    const weight = Math.max(s.zh, s.fr, s.en);
    dominant.push({ lang: s.zh >= s.fr && s.zh >= s.en ? 'zh' : s.fr > s.en ? 'fr' : 'en', weight });
  }
  if (long && zh < (fr + en) * 0.25) {
    const rest = scriptCounts(text.slice(LANGUAGE_SAMPLE));
    const hanRest = rest.han;
    if (hanRest > 0) {
      zh += hanRest / 1.6;
      trad += rest.trad;
      simp += rest.simp;
      dominant.push({ lang: 'zh', weight: hanRest / 1.6 });
    }
  }
  const total = zh + fr + en;
  const zhVariant: Language = trad > simp ? 'zh-Hant' : simp > trad ? 'zh-Hans' : chineseHint;
  const latin = fr + en;
  const latinLang: Language = fr > en ? 'fr' : 'en';
  if (total === 0) return { language: 'en', bilingual: false };
  const bilingual = zh >= total * 0.25 && latin >= total * 0.25 && paragraphs.length >= 2 && twoVersions(dominant);
  if (bilingual) {
    const first = dominant.find((d) => d.weight >= 6) ?? dominant[0]!;
    return { language: first.lang === 'zh' ? zhVariant : first.lang, bilingual: true };
  }
  return { language: zh > latin ? zhVariant : latinLang, bilingual: false };
}

/**
 * The first version of a bilingual notice: the leading paragraphs in the
 * language of the first substantial paragraph. For Yoho, the English text
 * prevails (YOHO-ENGLISH-PREVAILS), and it comes first.
 */
export function firstVersion(text: string): string {
  const out: string[] = [];
  let family: 'zh' | 'latin' | null = null;
  for (const [p, f] of paragraphsOf(text)) {
    const s = paragraphStats(p, f);
    const weight = Math.max(s.zh, s.fr + s.en);
    if (weight < 3) {
      out.push(p);
      continue;
    }
    const fam = s.zh > s.fr + s.en ? 'zh' : 'latin';
    if (family === null) family = fam;
    else if (fam !== family) break;
    out.push(p);
  }
  return out.join('\n\n');
}

/** The Latin-script version of a bilingual notice, with the short lines of either script (headings, numbers). */
export function latinVersion(text: string): string {
  const out: string[] = [];
  for (const [p, f] of paragraphsOf(text)) {
    const s = paragraphStats(p, f);
    if (Math.max(s.zh, s.fr + s.en) < 3 || s.zh <= s.fr + s.en) out.push(p);
  }
  return out.join('\n\n');
}
