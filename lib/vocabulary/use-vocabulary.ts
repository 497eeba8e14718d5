'use client';
/**
 * One in-memory copy of the vocabulary per tab, shared by every component that needs it (Save
 * buttons, the due badge, the list, the underline style) through useSyncExternalStore. It is
 * read from IndexedDB on first use, after each local write, and when another tab broadcasts a change.
 */
import { useSyncExternalStore } from 'react';
import * as store from './store';
import { tickNow } from './use-now';
import type { Grade, StoreErrorKind, VocabularyEntry, WriteResult } from './types';

export type VocabularySnapshot = {
  status: 'loading' | 'ready' | 'unavailable';
  entries: readonly VocabularyEntry[];
  /** Records on disk that failed validation and were left out. */
  skipped: number;
  error?: StoreErrorKind;
};

const LOADING: VocabularySnapshot = { status: 'loading', entries: [], skipped: 0 };

let snapshot = LOADING;
let started = false;
let channel: BroadcastChannel | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

let reads = 0;

/** Re-reads IndexedDB; when reads overlap, only the latest one started is kept. */
async function refresh() {
  const read = ++reads;
  let next: VocabularySnapshot;
  try {
    const { entries, skipped } = await store.readAll();
    next = { status: 'ready', entries, skipped };
  } catch (error) {
    next = { status: 'unavailable', entries: snapshot.entries, skipped: 0, error: store.errorKind(error) };
  }
  if (read !== reads) return;
  snapshot = next;
  // A word saved a second ago is due now; a clock that ticked 14 s ago would not count it yet.
  tickNow();
  emit();
}

function start() {
  if (started) return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(store.CHANNEL_NAME);
    channel.onmessage = () => void refresh();
  }
  void refresh();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

export function useVocabulary(): VocabularySnapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => LOADING,
  );
}

/**
 * Shows the change at once (a checkbox must not wait for IndexedDB to tick), then writes it,
 * re-reads this tab's copy, which also undoes the optimistic change if the write failed, and tells the other tabs.
 */
async function afterWrite<R extends WriteResult>(
  result: () => Promise<R>,
  optimistic?: (entries: readonly VocabularyEntry[]) => readonly VocabularyEntry[],
): Promise<R> {
  if (optimistic && snapshot.status === 'ready') {
    snapshot = { ...snapshot, entries: optimistic(snapshot.entries) };
    emit();
  }
  const r = await result();
  if (r.ok) channel?.postMessage('changed');
  await refresh();
  return r;
}

const without = (id: string) => (entries: readonly VocabularyEntry[]) => entries.filter((e) => e.id !== id);

export const vocabulary = {
  put: (entry: VocabularyEntry) => afterWrite(() => store.putEntry(entry), (entries) => [...without(entry.id)(entries), entry]),
  remove: (id: string) => afterWrite(() => store.deleteEntry(id), without(id)),
  setKnown: (id: string, known: boolean) =>
    afterWrite(
      () => store.setKnown(id, known),
      (entries) => entries.map((e) => (e.id === id ? { ...e, known } : e)),
    ),
  grade: (id: string, grade: Grade, now?: Date) => afterWrite(() => store.gradeEntry(id, grade, now)),
  putMany: (entries: readonly VocabularyEntry[], overwrite: boolean) => afterWrite(() => store.putMany(entries, overwrite)),
  clear: () => afterWrite(() => store.clearAll()),
};
