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
  if (!cached || cached.raw !== raw) cached = { raw, value: parseSettings(raw) };
  return cached.value;
}

const prefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export function applySettings(s: Settings): void {
  const html = document.documentElement;
  for (const [k, v] of Object.entries(htmlAttributes(s, prefersDark()))) html.setAttribute(k, v);
  html.classList.toggle('dark', html.getAttribute('data-theme') === 'dark');
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY) return;
    applySettings(read());
    listener();
  };
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const onScheme = () => applySettings(read());
  window.addEventListener('storage', onStorage);
  media.addEventListener('change', onScheme);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
    media.removeEventListener('change', onScheme);
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

function subscribeWide(listener: () => void): () => void {
  const media = window.matchMedia('(min-width: 768px)');
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/** True on screens wide enough for the translation beside the text. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribeWide,
    () => window.matchMedia('(min-width: 768px)').matches,
    () => false,
  );
}
