/**
 * The vocabulary in IndexedDB, one record per word. Every write touches only the records it
 * changes (never the whole list), so two tabs cannot overwrite each other's words; a
 * BroadcastChannel message tells the other tabs to read again. Records come out as `unknown`:
 * store.ts validates them with the zod schema, saved-word.ts reads the few fields every page needs.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoreErrorKind, VocabularyEntry, WriteResult } from './types';

const DB_NAME = 'dubao-vocabulary';
export const STORE = 'words';
export const CHANNEL_NAME = 'dubao-vocabulary';

export interface VocabularyDb extends DBSchema {
  // `unknown`: what is on disk may have been written by another version, or be damaged.
  words: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<VocabularyDb>> | undefined;

function db(): Promise<IDBPDatabase<VocabularyDb>> {
  dbPromise ??= openDB<VocabularyDb>(DB_NAME, 1, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id' });
    },
    // Another tab wants a newer schema: let it, and reopen on next use.
    blocking() {
      void dbPromise?.then((d) => d.close());
      dbPromise = undefined;
    },
  }).catch((error: unknown) => {
    dbPromise = undefined;
    throw error;
  });
  return dbPromise;
}

export function errorKind(error: unknown, hasIndexedDb: boolean = typeof indexedDB !== 'undefined'): StoreErrorKind {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (!hasIndexedDb || name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') return 'unavailable';
  return 'failed';
}

/** Every record as stored, unchecked. */
export async function readRecords(): Promise<unknown[]> {
  return (await db()).getAll(STORE);
}

export async function write(run: (database: IDBPDatabase<VocabularyDb>) => Promise<unknown>): Promise<WriteResult> {
  try {
    await run(await db());
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorKind(error) };
  }
}

export const putEntry = (entry: VocabularyEntry) => write((d) => d.put(STORE, entry));

export const deleteEntry = (id: string) => write((d) => d.delete(STORE, id));

/**
 * Writes many records in one transaction: all land or none do. With `overwrite` false, words
 * already saved are kept as they are (their review progress is never reset by an import).
 */
export async function putMany(entries: readonly VocabularyEntry[], overwrite: boolean): Promise<WriteResult & { added?: number }> {
  let added = 0;
  const result = await write(async (d) => {
    const tx = d.transaction(STORE, 'readwrite');
    for (const entry of entries) {
      const exists = (await tx.store.getKey(entry.id)) !== undefined;
      if (!exists) added += 1;
      if (overwrite || !exists) await tx.store.put(entry);
    }
    await tx.done;
  });
  return result.ok ? { ok: true, added } : result;
}

/** Deletes every record, including ones that could not be read. */
export const clearAll = () => write((d) => d.clear(STORE));
