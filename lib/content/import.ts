/**
 * Turns a plain Chinese text (and optionally its English) into a draft article:
 * paragraphs cleaned and typed, sentences split and paired. Used by `npm run content:add`.
 */
import { toFullWidthPunctuation, tidyWhitespace } from './normalize';
import { splitEnglishSentences, splitParagraphs, splitSentences } from './split';
import type { BlockType } from './types';

export type DraftSentence = { zh: string; en: string; review?: string };
export type DraftBlock = { type: BlockType; sentences: DraftSentence[]; review?: string };

const TERMINAL = /[。！？…”’；：）]$/u;

function guessType(paragraph: string, index: number): BlockType {
  if (index === 0) return 'title';
  if (paragraph.startsWith('——')) return 'kicker';
  if (/^《[^》]+》.*记者/u.test(paragraph) || /报道$/u.test(paragraph)) return 'byline';
  if (!TERMINAL.test(paragraph) && Array.from(paragraph).length <= 30 && !paragraph.includes('。')) return 'heading';
  return 'paragraph';
}

function unbalancedQuotes(text: string): boolean {
  const open = (text.match(/[“‘（《]/gu) ?? []).length;
  const close = (text.match(/[”’）》]/gu) ?? []).length;
  return open !== close;
}

/**
 * Print layouts break paragraphs across pages mid-sentence. A paragraph that stops without
 * end punctuation but is clearly running text (it has a full stop, ends on a comma, leaves a
 * quotation open or is too long for a heading) is joined to the next one.
 */
export function joinBrokenParagraphs(paragraphs: string[]): { text: string; joined: boolean }[] {
  const out: { text: string; joined: boolean }[] = [];
  let carry: string | null = null;
  for (const p of paragraphs) {
    const text: string = carry === null ? p : carry + p;
    const joined = carry !== null;
    const broken =
      !TERMINAL.test(text) &&
      (text.includes('。') || /[，、]$/u.test(text) || unbalancedQuotes(text) || Array.from(text).length > 30);
    if (broken) {
      carry = text;
      continue;
    }
    carry = null;
    out.push({ text, joined });
  }
  if (carry !== null) out.push({ text: carry, joined: true });
  return out;
}

export function draftBlocks(chinese: string, english?: string): DraftBlock[] {
  const paragraphs = joinBrokenParagraphs(splitParagraphs(tidyWhitespace(chinese)).map(toFullWidthPunctuation));
  const englishParagraphs = english ? splitParagraphs(tidyWhitespace(english)) : [];
  const blocks = paragraphs.map(({ text, joined }, index): DraftBlock => {
    const zh = splitSentences(text);
    const enParagraph = englishParagraphs[index];
    const enSentences = enParagraph ? splitEnglishSentences(enParagraph) : [];
    const paired = enSentences.length === zh.length;
    const sentences = zh.map((s, i): DraftSentence => {
      if (paired) return { zh: s, en: enSentences[i] ?? '' };
      return { zh: s, en: '', review: enParagraph ? 'translate: English sentences did not pair one to one' : 'translate' };
    });
    const block: DraftBlock = { type: guessType(text, index), sentences };
    const notes: string[] = [];
    if (joined) notes.push('joined across a line break: check the join');
    if (enParagraph && !paired) notes.push(`English paragraph to split by hand: ${enParagraph}`);
    if (notes.length > 0) block.review = notes.join('; ');
    return block;
  });
  // English paragraphs beyond the Chinese ones are kept for the editor, never dropped.
  for (const extra of englishParagraphs.slice(paragraphs.length)) {
    blocks.push({ type: 'paragraph', sentences: [{ zh: '', en: extra, review: 'unpaired English paragraph' }] });
  }
  return blocks;
}
