'use client';
/**
 * The current time for rendering due counts, ticking every 15 s. Reading Date.now() during render
 * would make renders impure; one shared timer keeps every badge and list in step.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 15_000;
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch; 0 on the server and before the first subscription. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => (now === 0 ? (now = Date.now()) : now),
    () => 0,
  );
}

/** Moves this tab's clock to now, e.g. right after a review, so the due list updates at once. */
export function tickNow() {
  now = Date.now();
  for (const l of listeners) l();
}
