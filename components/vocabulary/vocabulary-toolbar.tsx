'use client';

import { useTranslations } from 'next-intl';
import { SORT_KEYS, type SortKey } from '@/lib/vocabulary/types';

type Props = { query: string; sort: SortKey; onQuery: (query: string) => void; onSort: (sort: SortKey) => void };

const SORT_LABEL = { newest: 'sortNewest', article: 'sortArticle', hsk: 'sortHsk', pinyin: 'sortPinyin' } as const;

const isSortKey = (value: string): value is SortKey => SORT_KEYS.some((k) => k === value);

const field =
  'mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base dark:border-stone-700 dark:bg-stone-900';

export function VocabularyToolbar({ query, sort, onQuery, onSort }: Props) {
  const t = useTranslations('Vocabulary');
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
      <label className="block text-sm font-medium">
        {t('search')}
        <input
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          className={field}
        />
      </label>
      <label className="block text-sm font-medium">
        {t('sort')}
        <select
          value={sort}
          onChange={(event) => {
            if (isSortKey(event.target.value)) onSort(event.target.value);
          }}
          className={field}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(SORT_LABEL[key])}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
