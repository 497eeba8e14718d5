'use client';

import { useTranslations } from 'next-intl';
import { MAX_FOCUS_WORDS } from '@/lib/assign/limits';

type Props = { words: readonly string[]; onRemove: (word: string) => void };

/** The focus words chosen so far, each removable. */
export function FocusList({ words, onRemove }: Props) {
  const t = useTranslations('Assign');
  return (
    <section aria-labelledby="focus-heading" className="space-y-2">
      <h3 id="focus-heading" className="font-semibold">
        {t('focusHeading')} <span className="text-sm font-normal text-stone-600 dark:text-stone-400">({words.length}/{MAX_FOCUS_WORDS})</span>
      </h3>
      {words.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t('noFocus')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t('focusHeading')}>
          {words.map((w) => (
            <li key={w} className="flex items-center rounded-full bg-amber-100 pl-3 dark:bg-amber-900/50">
              <span lang="zh-Hans">{w}</span>
              <button
                type="button"
                onClick={() => onRemove(w)}
                aria-label={t('removeFocus', { word: w })}
                className="ml-1 grid size-8 place-items-center rounded-full hover:bg-amber-200 dark:hover:bg-amber-800"
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {words.length >= MAX_FOCUS_WORDS ? <p className="text-sm text-accent">{t('focusLimit', { limit: MAX_FOCUS_WORDS })}</p> : null}
    </section>
  );
}
