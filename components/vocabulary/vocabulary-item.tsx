'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { displayPinyin } from '@/lib/vocabulary/pinyin';
import type { VocabularyEntry } from '@/lib/vocabulary/types';

type Props = {
  entry: VocabularyEntry;
  onOpen: () => void;
  onKnown: (known: boolean) => void;
  onDelete: () => void;
};

/** One saved word in the list: tap it for details; mark it known or delete it beside it. */
export function VocabularyItem({ entry, onOpen, onKnown, onDelete }: Props) {
  const t = useTranslations('Vocabulary');
  const id = useId();
  return (
    <li className="flex items-start gap-2 rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <button
        type="button"
        onClick={onOpen}
        aria-haspopup="dialog"
        aria-labelledby={`${id}-w ${id}-p`}
        className="min-w-0 flex-1 rounded-lg text-left"
      >
        <span className="flex flex-wrap items-baseline gap-x-2">
          <span id={`${id}-w`} lang="zh-Hans" className="text-2xl font-semibold">
            {entry.simplified}
          </span>
          <span id={`${id}-p`} className="text-stone-700 dark:text-stone-300">
            {displayPinyin(entry.pinyin)}
          </span>
          {entry.hsk ? <span className="text-xs text-stone-500 dark:text-stone-400">HSK {entry.hsk}</span> : null}
        </span>
        <span lang="en" className="mt-0.5 block truncate text-sm">
          {entry.definitions.join('; ')}
        </span>
        <span lang="zh-Hans" className="mt-1 block truncate text-sm text-stone-600 dark:text-stone-400">
          {entry.sentence.zh}
        </span>
        <span lang="en" className="block truncate text-sm text-stone-500 dark:text-stone-400">
          {entry.sentence.en}
        </span>
      </button>
      <div className="flex shrink-0 flex-col items-end gap-1">
        <label className="flex min-h-10 cursor-pointer items-center gap-1.5 px-1 text-sm">
          <input
            type="checkbox"
            checked={entry.known}
            onChange={(event) => onKnown(event.target.checked)}
            aria-label={t('knownLabel', { word: entry.simplified })}
            className="size-5 accent-accent"
          />
          <span aria-hidden="true">{t('known')}</span>
        </label>
        <button
          type="button"
          onClick={onDelete}
          aria-label={t('deleteLabel', { word: entry.simplified })}
          className="min-h-10 rounded-full px-3 text-sm text-stone-600 hover:bg-stone-100 hover:text-accent dark:text-stone-400 dark:hover:bg-stone-800"
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
