'use client';
/**
 * One in-memory copy of the vocabulary per tab, shared by every component that needs it through
 * useSyncExternalStore. It is read from IndexedDB on first use, after each local write, and when
 * another tab broadcasts a change.
 *
 * Two views of it: useSavedWords() (ids, known flags, due dates: the Save button, the underline,
 * the due badge; on every page) and useVocabulary() (whole records checked with the zod schema:
 * the list, review, export). The schema and the scheduler are loaded only once a component asks
 * for whole records or changes one, so reading an article never downloads them.
 */
import { useSyncExternalStore } from 'react';
import * as db from './db';
import { type SavedWord, savedWordOf, toSavedWord } from './saved-word';
import { tickNow } from './use-now';
import type { Grade, StoreErrorKind, VocabularyEntry, WriteResult } from './types';

type Status = 'loading' | 'ready' | 'unavailable';

export type SavedWordsSnapshot = { status: Status; words: readonly SavedWord[] };

export type VocabularySnapshot = {
  status: Status;
  entries: readonly VocabularyEntry[];
  /** Records on disk that failed validation and were left out. */
  skipped: number;
  error?: StoreErrorKind;
};

const LOADING_WORDS: SavedWordsSnapshot = { status: 'loading', words: [] };
const LOADING: VocabularySnapshot = { status: 'loading', entries: [], skipped: 0 };

let words = LOADING_WORDS;
let full = LOADING;
/** Whether any component has asked for whole records. */
let wantFull = false;
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
  let nextWords: SavedWordsSnapshot;
  let nextFull = full;
  try {
    const records = await db.readRecords();
    const checked = wantFull ? (await import('./store')).validRecords(records) : undefined;
    nextWords = { status: 'ready', words: records.flatMap((r) => toSavedWord(r) ?? []) };
    if (checked) nextFull = { status: 'ready', ...checked };
  } catch (error) {
    const kind = db.errorKind(error);
    nextWords = { status: 'unavailable', words: words.words };
    nextFull = { status: 'unavailable', entries: full.entries, skipped: 0, error: kind };
  }
  if (read !== reads) return;
  words = nextWords;
  full = nextFull;
  // A word saved a second ago is due now; a clock that ticked 14 s ago would not count it yet.
  tickNow();
  emit();
}

function start() {
  if (started) return;
  started = true;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(db.CHANNEL_NAME);
    channel.onmessage = () => void refresh();
  }
  void refresh();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

function subscribeFull(listener: () => void) {
  const unsubscribe = subscribe(listener);
  if (!wantFull) {
    wantFull = true;
    void refresh();
  }
  return unsubscribe;
}

/** Ids, known flags and due dates of the saved words. */
export function useSavedWords(): SavedWordsSnapshot {
  return useSyncExternalStore(
    subscribe,
    () => words,
    () => LOADING_WORDS,
  );
}

/** Whole saved records, validated. */
export function useVocabulary(): VocabularySnapshot {
  return useSyncExternalStore(
    subscribeFull,
    () => full,
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
  optimisticWords?: (words: readonly SavedWord[]) => readonly SavedWord[],
): Promise<R> {
  if (optimistic && full.status === 'ready') full = { ...full, entries: optimistic(full.entries) };
  if (optimisticWords && words.status === 'ready') words = { ...words, words: optimisticWords(words.words) };
  if (optimistic || optimisticWords) emit();
  const r = await result();
  if (r.ok) channel?.postMessage('changed');
  await refresh();
  return r;
}

const without =
  (id: string) =>
  <T extends { id: string }>(list: readonly T[]): T[] =>
    list.filter((e) => e.id !== id);

const store = () => import('./store');

export const vocabulary = {
  put: (entry: VocabularyEntry) =>
    afterWrite(
      () => db.putEntry(entry),
      (entries) => [...without(entry.id)(entries), entry],
      (list) => [...without(entry.id)(list), savedWordOf(entry)],
    ),
  remove: (id: string) => afterWrite(() => db.deleteEntry(id), without(id), without(id)),
  setKnown: (id: string, known: boolean) =>
    afterWrite(
      async () => (await store()).setKnown(id, known),
      (entries) => entries.map((e) => (e.id === id ? { ...e, known } : e)),
      (list) => list.map((w) => (w.id === id ? { ...w, known } : w)),
    ),
  grade: (id: string, grade: Grade, now?: Date) => afterWrite(async () => (await store()).gradeEntry(id, grade, now)),
  putMany: (entries: readonly VocabularyEntry[], overwrite: boolean) => afterWrite(() => db.putMany(entries, overwrite)),
  clear: () => afterWrite(() => db.clearAll()),
};
