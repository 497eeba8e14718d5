'use client';

import { useEffect, useState } from 'react';

/**
 * How many focus words are in the learner's vocabulary (IndexedDB, lib/vocabulary), read when the
 * student finishes. null while unknown or where storage is unavailable: the summary then leaves
 * the line out rather than claim zero.
 */
export function useSavedFocusWords(focusWords: readonly string[], finishedAt: number | null): number | null {
  const [saved, setSaved] = useState<number | null>(null);
  useEffect(() => {
    if (finishedAt === null || focusWords.length === 0) return;
    let live = true;
    // Loaded only when needed: the store pulls in idb.
    import('@/lib/vocabulary/store')
      .then(({ readAll }) => readAll())
      .then(({ entries }) => {
        const words = new Set(entries.map((e) => e.simplified));
        if (live) setSaved(focusWords.filter((w) => words.has(w)).length);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [focusWords, finishedAt]);
  return saved;
}
