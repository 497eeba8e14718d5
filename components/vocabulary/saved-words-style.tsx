'use client';

import { useMemo } from 'react';
import type { SavedWord } from '@/lib/vocabulary/saved-word';
import { useSavedWords } from '@/lib/vocabulary/use-vocabulary';

/** Only words made of Han characters, Latin letters and digits reach a selector: nothing to escape. */
const SAFE_WORD = /^[\p{Script=Han}A-Za-z0-9]+$/u;

export function savedWordsCss(entries: readonly Pick<SavedWord, 'simplified' | 'known'>[]): string {
  const words = [...new Set(entries.map((e) => e.simplified))].filter((w) => SAFE_WORD.test(w));
  const known = [...new Set(entries.filter((e) => e.known).map((e) => e.simplified))].filter((w) => SAFE_WORD.test(w));
  const rules: string[] = [];
  if (words.length > 0) {
    rules.push(
      `${words.map((w) => `.w[aria-label="${w}"]`).join(',')}{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:color-mix(in oklab,currentColor 45%,transparent);text-decoration-thickness:1px;text-underline-offset:0.3em}`,
    );
  }
  if (known.length > 0) {
    rules.push(`${known.map((w) => `html[data-pinyin="unknown"] .w[aria-label="${w}"] rt`).join(',')}{display:none}`);
  }
  return rules.join('\n');
}

/**
 * Marks saved words wherever the reader shows them (a dotted underline) and, when pinyin is set to
 * "unknown words only", hides the pinyin of words marked known. A stylesheet rather than a prop on
 * each word, so saving a word restyles the whole page without re-rendering the text.
 */
export function SavedWordsStyle() {
  const { words } = useSavedWords();
  const css = useMemo(() => savedWordsCss(words), [words]);
  return css ? <style>{css}</style> : null;
}
