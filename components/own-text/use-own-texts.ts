'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { deleteOwnText, loadOwnTexts, OWN_TEXTS_KEY, saveOwnText, type SaveResult } from '@/lib/own-text/storage';
import type { OwnText } from '@/lib/own-text/types';

const EMPTY: OwnText[] = [];
const noop = () => () => {};
const listeners = new Set<() => void>();
let cache: { raw: string | null; texts: OwnText[] } | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Other tabs saving or deleting texts.
  const onStorage = (e: StorageEvent) => {
    if (e.key === OWN_TEXTS_KEY || e.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function snapshot(): OwnText[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(OWN_TEXTS_KEY);
  } catch {
    return EMPTY; // storage disabled
  }
  if (cache?.raw !== raw) cache = { raw, texts: loadOwnTexts(window.localStorage) };
  return cache.texts;
}

/** The learner's own texts in this browser, newest first, kept in step across tabs. */
export function useOwnTexts() {
  const texts = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  // false while hydrating, when localStorage has not been read yet (so "not found" never flashes).
  const ready = useSyncExternalStore(noop, () => true, () => false);
  const save = useCallback((text: OwnText): SaveResult => {
    const result = saveOwnText(window.localStorage, text);
    listeners.forEach((l) => l());
    return result;
  }, []);
  const remove = useCallback((id: string): SaveResult => {
    const result = deleteOwnText(window.localStorage, id);
    listeners.forEach((l) => l());
    return result;
  }, []);
  return { texts, ready, save, remove };
}
