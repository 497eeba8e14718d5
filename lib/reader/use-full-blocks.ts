'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Blocks whose words the server renders in full (ruby, pinyin, traditional forms, button roles):
 * enough to fill the first screen of a phone or a desktop, which must look right at first paint.
 * Must match `.block:nth-child(n + 7)` in components/reader/reader.css.
 */
export const FIRST_FULL_BLOCKS = 6;

/** Blocks upgraded per idle slice: each slice stays a short task on a slow phone. */
const STEP = 2;

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
 * each word as a light span of plain text, about half the page's bytes; once every block has
 * hydrated, the rest become full words a few blocks at a time, in idle time, long before the
 * learner can scroll to them. `fill(n)` makes at least n blocks full at once (a tap that came first).
 * Each block calls `hydrated` once it has mounted: an update that reached a block React had not
 * hydrated yet would make React drop the server's HTML of that block and render it again, in one
 * long task.
 */
export function useFullBlocks(total: number): { full: number; fill: (atLeast: number) => void; hydrated: () => void } {
  const [full, setFull] = useState(FIRST_FULL_BLOCKS);
  const [ready, setReady] = useState(false);
  const mounted = useRef(0);
  const hydrated = useCallback(() => {
    mounted.current += 1;
    if (mounted.current >= total) setReady(true);
  }, [total]);
  useEffect(() => {
    if (!ready || full >= total) return;
    return whenIdle(() => startTransition(() => setFull((n) => Math.min(total, n + STEP))));
  }, [ready, full, total]);
  const fill = useCallback((atLeast: number) => setFull((n) => Math.max(n, Math.min(total, atLeast))), [total]);
  return { full: Math.min(full, total), fill, hydrated };
}
