'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, htmlAttributes, parseSettings, STORAGE_KEY, type Settings } from './settings';

const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Settings } | undefined;

function read(): Settings {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, policies): the defaults still work.
  }
  if (!cached || cached.raw !== raw) {
    const value = parseSettings(raw);
    // The defaults as the very object the server rendered with: hydration then finds nothing to
    // redo (a different snapshot would re-render every block synchronously after hydrating it).
    const same = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).every((k) => value[k] === DEFAULT_SETTINGS[k]);
    cached = { raw, value: same ? DEFAULT_SETTINGS : value };
  }
  return cached.value;
}

const prefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export function applySettings(s: Settings): void {
  const html = document.documentElement;
  for (const [k, v] of Object.entries(htmlAttributes(s, prefersDark()))) html.setAttribute(k, v);
  html.classList.toggle('dark', html.getAttribute('data-theme') === 'dark');
}

const onStorage = (e: StorageEvent) => {
  if (e.key !== STORAGE_KEY) return;
  applySettings(read());
  listeners.forEach((l) => l());
};
const onScheme = () => applySettings(read());

/** One set of window listeners for every component that reads the settings (one per block). */
function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('storage', onStorage);
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onScheme);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('storage', onStorage);
      window.matchMedia('(prefers-color-scheme: dark)').removeEventListener('change', onScheme);
    }
  };
}

export function saveSettings(next: Settings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Not persisted (storage full or blocked); the change still applies to this page.
    cached = { raw: JSON.stringify(next), value: next };
  }
  applySettings(next);
  listeners.forEach((l) => l());
}

/** The reader settings and a setter; the server snapshot is the defaults. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const settings = useSyncExternalStore(subscribe, read, () => DEFAULT_SETTINGS);
  const update = useCallback((patch: Partial<Settings>) => saveSettings({ ...read(), ...patch }), []);
  return [settings, update];
}

/** One setting, for components that need only it: they re-render only when it changes. */
export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  return useSyncExternalStore(
    subscribe,
    () => read()[key],
    () => DEFAULT_SETTINGS[key],
  );
}

let wideQuery: MediaQueryList | undefined;
const wideMedia = () => (wideQuery ??= window.matchMedia('(min-width: 768px)'));

function subscribeWide(listener: () => void): () => void {
  wideMedia().addEventListener('change', listener);
  return () => wideMedia().removeEventListener('change', listener);
}

/** True on screens wide enough for the translation beside the text. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribeWide,
    () => wideMedia().matches,
    () => false,
  );
}
