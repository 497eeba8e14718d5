/**
 * Turns pasted or scanned Chinese text into clean reading text: ASCII punctuation inside Chinese
 * becomes full-width, while decimal points, digits and Latin words stay as they are.
 */

const HAN = /\p{Script=Han}/u;

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '!': '！',
  '?': '？',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
};

/** True when the character is a Han ideograph or CJK punctuation. */
function isChineseContext(ch: string | undefined): boolean {
  if (!ch) return false;
  return HAN.test(ch) || /[\u3000-\u303f\uff00-\uffef“”‘’《》…—]/u.test(ch);
}

/**
 * Replaces ASCII punctuation with its full-width form when either neighbour is Chinese.
 * A colon between digits (10:30) or a comma inside a number (1,000) is left alone.
 */
export function toFullWidthPunctuation(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      const full = FULL_WIDTH[ch];
      if (!full) return ch;
      const before = chars[i - 1];
      const after = chars[i + 1];
      const digitsAround = /\d/.test(before ?? '') && /\d/.test(after ?? '');
      if (digitsAround && (ch === ':' || ch === ',')) return ch;
      if (ch === '(' || ch === ')') {
        // Brackets pair up: full-width when the bracketed text or its surroundings are Chinese.
        return isChineseContext(before) || isChineseContext(after) ? full : ch;
      }
      return isChineseContext(before) || isChineseContext(after) || before === undefined || after === undefined
        ? full
        : ch;
    })
    .join('');
}

/** Collapses runs of spaces and trims each line; keeps the paragraph breaks. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n');
}
