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
    "(?:l'ia\\b|\\bia\\b|\\b(?:an|the|dear|hey|you are|your) ai\\b|\\bai (?:assistant|system|model|agent|bot)|\\bllm|chatgpt|\\bgpt|language model|modele de langage|intelligence artificielle|artificial intelligence|人工智能|人工智慧)[^.\\n]{0,80}(?:classe|classify|class[ea]r|mark|tag|category|categor|reponds|answer|reply|valide|approve|refund|rembourse)",
    "(?:\\bassistant|\\brobot|\\bbot)\\b[^.\\n]{0,80}(?:\\bclasse|classify|class[ea]r|\\bmark (?:this|it|as)|\\btag (?:this|it|as)|category|categor|approve|\\bvalide)",
    // Spoken to at the start of a sentence ("Bot, reply …", "Assistant : valide …"): a machine is addressed.
    "(?:^|[\\n.!?>] *)(?:(?:dear |hey |cher |chere )?(?:assistant|robot|bot|ai|ia|chatbot))\\s*[,:]\\s*[^.\\n]{0,80}(?:reply|respond|answer|reponds|repondez|approve|valide|refund|rembourse|send|envoie|classify|classe|mark|tag|confirm|confirme)",
    "\\b(?:sender|category|platform_request|deadline_hours|send)\\s*[=:]\\s*[a-z_]{3,}",
    'system prompt|prompt systeme|developer mode|jailbreak',
    '忽略(?:之前|以上|所有|先前)的?(?:指令|指示|说明|說明)',
    '(?:作为|作為)(?:ai|人工智能|助手)',
  ].join('|'),
);

// A heading that announces a note to a machine: a short line naming one (French "j'ai" names none).
const MACHINE_WORD = /(?<!')\b(?:ai|ia|assistant|bot|robot|chatbot|llm|gpt)\b/;
const isHeading = (line: string) => line.trim().length <= 80 && MACHINE_WORD.test(line);

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
    // A paragraph holding a cue is dropped from the cue's line on (an injection is usually
    // appended, and wrapped lines after the cue belong to it); the writer's words before stay.
    text = text
      .split(/\n\s*\n/)
      .map((p) => {
        const m = CUES.exec(p);
        if (!m) return p;
        let at = /^[.!?>]/.test(m[0]) ? m.index + 1 : p.lastIndexOf('\n', m.index);
        // A heading line announcing the note ("### Note to the AI assistant ###") goes with it.
        for (let prev = p.lastIndexOf('\n', at - 1); at > 0 && isHeading(p.slice(prev + 1, at)); prev = p.lastIndexOf('\n', prev - 1)) at = prev;
        removed.push(at > 0 ? p.slice(at).trim() : p);
        return at > 0 ? p.slice(0, at) : '';
      })
      .filter((p) => p.trim())
      .join('\n\n');
  }
  return { text, removed };
}
