'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { displayPinyin } from '@/lib/vocabulary/pinyin';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { useNow } from '@/lib/vocabulary/use-now';
import { SentenceWithWord } from './sentence-with-word';

type Props = { entry: VocabularyEntry; titleId: string };

/** Everything saved about one word: reading, senses, the sentence it came from, and its schedule. */
export function WordDetails({ entry, titleId }: Props) {
  const t = useTranslations('WordDialog');
  const format = useFormatter();
  const now = useNow();
  const due = new Date(entry.card.due);
  return (
    <div className="space-y-4">
      <div>
        <h2 id={titleId} lang="zh-Hans" className="flex flex-wrap items-baseline gap-x-3 text-4xl font-semibold">
          <span>{entry.simplified}</span>
          {entry.traditional && entry.traditional !== entry.simplified ? (
            <span lang="zh-Hant" className="whitespace-nowrap text-2xl font-normal text-stone-500 dark:text-stone-400">
              {entry.traditional}
            </span>
          ) : null}
        </h2>
        <p className="mt-1 text-xl text-stone-700 dark:text-stone-300">
          {displayPinyin(entry.pinyin)}
          {entry.hsk ? <span className="ml-3 align-middle text-xs text-stone-500 dark:text-stone-400">HSK {entry.hsk}</span> : null}
        </p>
      </div>
      <section aria-label={t('senses')}>
        <ol lang="en" className={`list-decimal space-y-1 ${entry.definitions.length >= 10 ? 'pl-7' : 'pl-5'}`}>
          {entry.definitions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      </section>
      <section className="rounded-xl bg-stone-100 p-4 dark:bg-stone-800">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">{t('sentence')}</h3>
        <p lang="zh-Hans" className="mt-2 text-lg leading-relaxed">
          <SentenceWithWord sentence={entry.sentence.zh} word={entry.simplified} />
        </p>
        <p lang="en" className="mt-1 text-stone-700 dark:text-stone-300">
          {entry.sentence.en}
        </p>
        <p className="mt-3 text-sm">
          {entry.source.kind === 'article' ? (
            <>
              <span lang="zh-Hans" className="block text-stone-600 dark:text-stone-400">
                {entry.source.title}
              </span>
              <Link href={`/read/${encodeURIComponent(entry.source.slug)}#${entry.paragraphId}`} className="underline underline-offset-2">
                {t('readAgain')}
              </Link>
            </>
          ) : (
            t('ownText', { title: entry.source.title })
          )}
        </p>
      </section>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {t('saved', { date: format.dateTime(new Date(entry.savedAt), { dateStyle: 'medium' }) })}
        {' · '}
        {now === 0 || due.getTime() <= now ? t('dueNow') : t('nextReview', { when: format.relativeTime(due, now) })}
        {entry.known ? ` · ${t('known')}` : null}
      </p>
    </div>
  );
}
