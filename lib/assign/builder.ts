/** Pure steps of the assignment builder, kept out of the components so they can be tested. */
import type { Block } from '@/lib/content/types';
import { MAX_FOCUS_WORDS } from './limits';
import type { BlockRange } from './types';

const HAN = /\p{Script=Han}/u;

export type Selection = { range: BlockRange | null; anchor: number | null };

/**
 * Tapping paragraphs: the first tap marks the first paragraph, the next marks the last (in either
 * order); a tap after that starts again.
 */
export function tapBlock(selection: Selection, index: number): Selection {
  if (selection.anchor === null) return { range: { first: index, last: index }, anchor: index };
  const first = Math.min(selection.anchor, index);
  const last = Math.max(selection.anchor, index);
  return { range: { first, last }, anchor: null };
}

/** Tapping a word toggles it as a focus word, up to the limit. */
export function toggleFocus(focus: readonly string[], word: string): string[] {
  if (focus.includes(word)) return focus.filter((w) => w !== word);
  if (!HAN.test(word) || focus.length >= MAX_FOCUS_WORDS) return [...focus];
  return [...focus, word];
}

/** Focus words that still occur in the chosen blocks (after the teacher narrows the range). */
export function focusInRange(focus: readonly string[], blocks: readonly Block[], range: BlockRange | null): string[] {
  if (!range) return [];
  const words = new Set(
    blocks.slice(range.first, range.last + 1).flatMap((b) => b.sentences.flatMap((s) => s.tokens.map((t) => t.text))),
  );
  return focus.filter((w) => words.has(w));
}

/** Preview numbering: the title is shown as the heading, not as a paragraph to choose. */
export function choosableBlocks(blocks: readonly Block[]): number[] {
  return blocks.flatMap((b, i) => (b.type === 'title' ? [] : [i]));
}
