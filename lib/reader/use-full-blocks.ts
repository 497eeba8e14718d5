'use client';

import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSetting } from './use-settings';

/**
 * Blocks whose words the server renders in full (ruby, pinyin, traditional forms, button roles):
 * enough to fill the first screen of a phone or a desktop, which must look right at first paint.
 */
export const FIRST_FULL_BLOCKS = 6;

/** Runs `run` soon (hurry) or in the browser's next idle moment; returns a cancel function. */
function later(run: () => void, hurry: boolean): () => void {
  if (!hurry && typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback.
  const id = setTimeout(run, hurry ? 0 : 50);
  return () => clearTimeout(id);
}

/** How far ahead of the screen (above and below) a block becomes full. */
const AHEAD = '100% 0px';

/** What shows the learner has started reading: from then on, blocks off screen become full. */
const ENGAGED_BY = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Below the first screen the server sends each word light: a button holding its characters, with
 * no pinyin or traditional forms, about half the page's bytes. A block's words become full when
 * the block comes within a screen of the viewport, so reading down the page never
 * meets a light word, and the others in idle moments, one block at a time, so no task is long.
 * None of that starts before the learner first scrolls, touches or presses a key: until then the
 * screen they see is complete (light and full words look the same unless pinyin or traditional
 * characters are on, which start it at once), and the work would only compete with the page's load.
 * A block on screen (a tall window) is made full regardless.
 * A light word that is tapped or pressed makes its block full at once and opens.
 */
export type FullBlocks = {
  /** Every block is full. */
  complete: boolean;
  /**
   * Makes the block with this id full at once (call outside render), then calls `then`; for a
   * block that has not hydrated yet (a tap before the scripts loaded), as soon as it has.
   */
  fill: (blockId: string | undefined, then: () => void) => void;
  /** Everything a block needs to take part (pass to useBlockFull). */
  block: BlockFullContext;
};

export type BlockFullContext = {
  register: (id: string, makeFull: () => void) => () => void;
  onFull: (id: string) => void;
  /** The block has come near the screen, or (`visible`) onto it. */
  near: (id: string, visible: boolean) => void;
};

/** The reader's side: which blocks are full, and ways to make them full now. */
export function useFullBlocks(ids: readonly string[]): FullBlocks {
  const [complete, setComplete] = useState(ids.length <= FIRST_FULL_BLOCKS);
  const fullIds = useRef(new Set<string>());
  const setters = useRef(new Map<string, () => void>());
  const waiting = useRef(new Map<string, () => void>());
  const total = ids.length;

  // One block at a time, each in its own short task: the next starts once the last has committed.
  // Blocks near the screen go first and at once; the rest follow in idle moments.
  const nearIds = useRef(new Set<string>());
  const pending = useRef<string | null>(null);
  const cancel = useRef(() => {});
  const pump = useRef(() => {});
  const onFull = useCallback(
    (id: string) => {
      fullIds.current.add(id);
      if (fullIds.current.size >= total) setComplete(true);
      if (pending.current === id) {
        pending.current = null;
        pump.current();
      }
    },
    [total],
  );
  // Whether the learner has scrolled, touched or pressed a key since the page opened.
  const engaged = useRef(false);
  const near = useCallback((id: string, visible: boolean) => {
    nearIds.current.add(id);
    if (visible) engaged.current = true;
    if (pending.current === null) pump.current();
  }, []);
  const register = useCallback((id: string, makeFull: () => void) => {
    setters.current.set(id, makeFull);
    const then = waiting.current.get(id);
    if (then) {
      waiting.current.delete(id);
      // Outside the effect that registers: flushSync cannot run during a commit.
      queueMicrotask(() => {
        flushSync(makeFull);
        then();
      });
    }
    return () => {
      setters.current.delete(id);
    };
  }, []);
  const fill = useCallback((blockId: string | undefined, then: () => void) => {
    if (blockId === undefined) return;
    const makeFull = setters.current.get(blockId);
    if (!makeFull) {
      waiting.current.set(blockId, then);
      return;
    }
    flushSync(makeFull);
    then();
  }, []);

  // Pinyin above words and traditional characters show on full words only: with either chosen,
  // the background work below runs without waiting for idle moments.
  const pinyin = useSetting('pinyin');
  const script = useSetting('script');
  const styled = pinyin !== 'off' || script !== 'simplified';
  const hurry = useRef(styled);
  useEffect(() => {
    hurry.current = styled;
    if (styled && pending.current === null) pump.current();
  }, [styled]);

  useEffect(() => {
    const open = (onlyNear: boolean) =>
      ids.find((id) => !fullIds.current.has(id) && setters.current.has(id) && (!onlyNear || nearIds.current.has(id)));
    pump.current = () => {
      cancel.current();
      if (fullIds.current.size >= ids.length || !(engaged.current || hurry.current)) return;
      cancel.current = later(() => {
        const next = open(true) ?? open(false);
        const makeFull = next === undefined ? undefined : setters.current.get(next);
        if (next === undefined || !makeFull) {
          // The remaining blocks have not hydrated yet: look again when the page is idle.
          cancel.current = later(() => pump.current(), false);
          return;
        }
        pending.current = next;
        startTransition(makeFull);
        // Should that render never commit (the block went away), move on once the page is idle.
        cancel.current = later(() => {
          if (pending.current !== next) return;
          pending.current = null;
          pump.current();
        }, false);
        // Near blocks wait for nothing (this runs once the learner has started reading); the
        // rest wait for idle moments. Nothing here may read layout (scroll position, sizes): it
        // runs in the commit of the last block, whose new elements would be styled on the spot.
      }, hurry.current || open(true) !== undefined);
    };
    const engage = () => {
      for (const type of ENGAGED_BY) window.removeEventListener(type, engage, true);
      engaged.current = true;
      if (pending.current === null) pump.current();
    };
    if (!engaged.current) for (const type of ENGAGED_BY) window.addEventListener(type, engage, { capture: true, passive: true });
    pump.current();
    return () => {
      for (const type of ENGAGED_BY) window.removeEventListener(type, engage, true);
      cancel.current();
      pump.current = () => {};
    };
  }, [ids]);

  const block = useMemo(() => ({ register, onFull, near }), [register, onFull, near]);
  return { complete, fill, block };
}

/** A block's side: whether its words are full; it becomes full as it nears the screen. */
export function useBlockFull(id: string, index: number, { register, onFull, near }: BlockFullContext): boolean {
  const [full, setFull] = useState(index < FIRST_FULL_BLOCKS);

  useEffect(() => register(id, () => setFull(true)), [id, register]);

  useEffect(() => {
    if (full) return;
    const el = document.getElementById(id);
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting);
        if (!entry) return;
        observer.disconnect();
        const { top, bottom } = entry.boundingClientRect;
        near(id, bottom > 0 && top < window.innerHeight);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [id, full, near]);

  useLayoutEffect(() => {
    if (full) onFull(id);
  }, [full, id, onFull]);

  return full;
}
