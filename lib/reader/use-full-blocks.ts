'use client';

import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * Blocks whose words the server renders in full (ruby, pinyin, traditional forms, button roles):
 * enough to fill the first screen of a phone or a desktop, which must look right at first paint.
 * Must match `.block:nth-child(n + 7)` in components/reader/reader.css.
 */
export const FIRST_FULL_BLOCKS = 6;

/** Blocks upgraded per idle slice: each slice stays a short task on a slow phone. */
const STEP = 3;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback.
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}

/**
 * How many blocks (from the top) show their words in full. Below the first screen the server sends
 * each word as a light span of plain text, about half the page's bytes; once the page has
 * hydrated, the rest become full words a few blocks at a time, in idle time, long before the
 * learner can scroll to them. `fill(n)` makes at least n blocks full at once (a tap that came first).
 */
export function useFullBlocks(total: number): { full: number; fill: (atLeast: number) => void } {
  const [full, setFull] = useState(FIRST_FULL_BLOCKS);
  useEffect(() => {
    if (full >= total) return;
    return whenIdle(() => startTransition(() => setFull((n) => Math.min(total, n + STEP))));
  }, [full, total]);
  const fill = useCallback((atLeast: number) => setFull((n) => Math.max(n, Math.min(total, atLeast))), [total]);
  return { full: Math.min(full, total), fill };
}
