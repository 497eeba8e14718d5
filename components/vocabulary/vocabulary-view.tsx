'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { sortEntries } from '@/lib/vocabulary/entry';
import { searchEntries } from '@/lib/vocabulary/search';
import type { SortKey, StoreErrorKind, VocabularyEntry, WriteResult } from '@/lib/vocabulary/types';
import { useVocabulary, vocabulary } from '@/lib/vocabulary/use-vocabulary';
import { ReviewLink } from './review-link';
import { StoreNotice } from './store-notice';
import { UndoToast } from './undo-toast';
import { VocabularyItem } from './vocabulary-item';
import { VocabularyToolbar } from './vocabulary-toolbar';
import { WordDialog } from './word-dialog';

/** The saved-word list: search, sort, mark known, delete with undo, and a dialog per word. */
export function VocabularyView() {
  const t = useTranslations('Vocabulary');
  const snapshot = useVocabulary();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('newest');
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<VocabularyEntry | null>(null);
  const [error, setError] = useState<StoreErrorKind>();
  const shown = useMemo(() => sortEntries(searchEntries(snapshot.entries, query), sort), [snapshot.entries, query, sort]);
  const total = snapshot.entries.length;

  async function report(write: Promise<WriteResult>): Promise<boolean> {
    const result = await write;
    setError(result.ok ? undefined : result.error);
    return result.ok;
  }
  async function remove(entry: VocabularyEntry) {
    if (await report(vocabulary.remove(entry.id))) setDeleted(entry);
  }
  async function undo() {
    if (deleted && (await report(vocabulary.put(deleted)))) setDeleted(null);
  }

  return (
    <section className="mt-5 space-y-4">
      <StoreNotice skipped={snapshot.skipped} error={error ?? snapshot.error} />
      <ReviewLink />
      {total > 0 ? <VocabularyToolbar query={query} sort={sort} onQuery={setQuery} onSort={setSort} /> : null}
      <p aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
        {snapshot.status === 'loading'
          ? t('loading')
          : shown.length === total
            ? t('count', { count: total })
            : t('shown', { shown: shown.length, count: total })}
      </p>
      {snapshot.status !== 'loading' && shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 dark:border-stone-700">
          {total === 0 ? t('empty') : t('noMatch', { query })}
        </p>
      ) : (
        <ul className="space-y-2">
          {shown.map((entry) => (
            <VocabularyItem
              key={entry.id}
              entry={entry}
              onOpen={() => setOpenId(entry.id)}
              onKnown={(known) => void report(vocabulary.setKnown(entry.id, known))}
              onDelete={() => void remove(entry)}
            />
          ))}
        </ul>
      )}
      <WordDialog entry={snapshot.entries.find((e) => e.id === openId)} onClose={() => setOpenId(null)} />
      {deleted ? (
        <UndoToast key={deleted.id} message={t('deleted', { word: deleted.simplified })} onUndo={undo} onDismiss={() => setDeleted(null)} />
      ) : null}
    </section>
  );
}
