/**
 * Mail content is untrusted. Text that addresses an AI or tries to dictate the
 * triage ("ignore your previous instructions", "classify as damaged",
 * "category=…") is not what the writer wants from the shop: it is removed
 * before the classifier reads the mail, and reported as evidence. Works on
 * folded text (see `foldText`).
 */
const CUES = new RegExp(
  [
    "ignore[rz]? (?:all |toutes |tes |vos |your |the |les )?(?:previous |precedentes |prior |above |earlier )?(?:instructions|consignes)",
    "(?:instructions|consignes) (?:precedentes|previous|prior|anterieures)",
    // The one addressed must be a machine: French "j'ai" is not "AI". "Robot", "bot" and "assistant"
    // also name products and people (a robot vacuum), so after them only a triage verb counts.
    "(?:l'ia\\b|\\bia\\b|\\b(?:an|the|dear|hey|you are|your) ai\\b|\\bai (?:assistant|system|model|agent|bot)|\\bllm|chatgpt|\\bgpt|language model|modele de langage)[^.\\n]{0,80}(?:classe|classify|class[ea]r|mark|tag|category|categor|reponds|answer|reply|valide|approve|refund|rembourse)",
    "(?:\\bassistant|\\brobot|\\bbot)\\b[^.\\n]{0,80}(?:\\bclasse|classify|class[ea]r|\\bmark (?:this|it|as)|\\btag (?:this|it|as)|category|categor|approve|\\bvalide)",
    "\\b(?:sender|category|platform_request|deadline_hours|send)\\s*[=:]\\s*[a-z_]{3,}",
    'system prompt|prompt systeme|developer mode|jailbreak',
    '忽略(?:之前|以上|所有|先前)的?(?:指令|指示|说明|說明)',
    '(?:作为|作為)(?:ai|人工智能|助手)',
  ].join('|'),
);

// A bracketed or parenthesised note, or a paragraph, holding a cue.
const BRACKETED = /\[[^\][]{0,2000}\]|\{[^{}]{0,2000}\}|\([^()]{0,600}\)|【[^【】]{0,600}】/g;

export interface Stripped {
  text: string;
  removed: string[];
}

export function stripInjections(folded: string): Stripped {
  if (!CUES.test(folded)) return { text: folded, removed: [] };
  const removed: string[] = [];
  let text = folded.replace(BRACKETED, (span) => {
    if (!CUES.test(span)) return span;
    removed.push(span);
    return ' ';
  });
  if (CUES.test(text)) {
    text = text
      .split(/\n\s*\n/)
      .filter((p) => {
        if (!CUES.test(p)) return true;
        removed.push(p);
        return false;
      })
      .join('\n\n');
  }
  return { text, removed };
}
