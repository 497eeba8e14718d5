'use client';

import { useEffect, useRef, useState } from 'react';

export type ReadingStats = { looked: ReadonlySet<string>; lookups: number; startedAt: number | null };

/**
 * Counts the words a student opens (the reader announces each as a `dubao:lookup` event) and
 * when they started. The start time survives a reload of the same assignment in the same tab.
 */
export function useReadingStats(key: string): ReadingStats {
  const [looked, setLooked] = useState<ReadonlySet<string>>(new Set());
  const [lookups, setLookups] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const last = useRef('');

  useEffect(() => {
    const storageKey = `dubao-assignment-start:${key}`;
    let start = Date.now();
    try {
      const stored = Number(window.sessionStorage.getItem(storageKey));
      if (stored > 0 && stored <= start) start = stored;
      else window.sessionStorage.setItem(storageKey, String(start));
    } catch {
      // sessionStorage disabled: count from now.
    }
    // Reading the clock and storage can only happen after mount.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStartedAt(start);
  }, [key]);

  useEffect(() => {
    const count = (text: string) => {
      // Tapping the same word again while its sheet is open is one look, not two.
      if (!text || text === last.current) return;
      last.current = text;
      setLookups((n) => n + 1);
      setLooked((s) => (s.has(text) ? s : new Set(s).add(text)));
    };
    const onLookup = (e: Event) => {
      const text: unknown = e instanceof CustomEvent ? e.detail?.text : undefined;
      if (typeof text === 'string' && text) return count(text);
      // The event may come without the word (see .scratch/reader-requests.txt): read the word the
      // sheet marks as current once React has rendered it.
      requestAnimationFrame(() => count(document.querySelector('[data-reader] .w.is-current')?.getAttribute('aria-label') ?? ''));
    };
    document.addEventListener('dubao:lookup', onLookup);
    return () => document.removeEventListener('dubao:lookup', onLookup);
  }, []);

  return { looked, lookups, startedAt };
}
