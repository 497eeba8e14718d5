/**
 * Splitting Chinese text into paragraphs and sentences, for importing a new passage.
 * A sentence ends at 。！？ or an ellipsis, together with any closing quotes or brackets that follow.
 */

const CLOSERS = '”’」』）)》】';
const ENDERS = '。！？!?';

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function splitSentences(paragraph: string): string[] {
  const chars = Array.from(paragraph);
  const sentences: string[] = [];
  let current = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    current += ch;
    i += 1;
    const isEllipsis = ch === '…' && chars[i] === '…';
    if (isEllipsis) {
      current += chars[i] ?? '';
      i += 1;
    }
    if (ENDERS.includes(ch) || isEllipsis) {
      // Absorb further end marks (?!) and the closing quotes that belong to this sentence.
      // An ellipsis right after a closed quotation ("…知足了！”……") trails that sentence.
      while (
        i < chars.length &&
        (ENDERS.includes(chars[i] ?? '') ||
          CLOSERS.includes(chars[i] ?? '') ||
          (chars[i] === '…' && CLOSERS.includes(chars[i - 1] ?? '')) ||
          (chars[i] === '…' && chars[i - 1] === '…'))
      ) {
        current += chars[i] ?? '';
        i += 1;
      }
      sentences.push(current);
      current = '';
    }
  }
  if (current.trim().length > 0) sentences.push(current);
  return sentences;
}

/** Splits English into sentences on . ! ? followed by a space and a capital or a quote. */
export function splitEnglishSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
