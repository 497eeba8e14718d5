'use client';

import { useTranslations } from 'next-intl';
import { useSpeak } from '@/lib/reader/use-speech';
import { displayPinyin } from '@/lib/vocabulary/pinyin';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import type { Direction } from './direction-switch';
import { SentenceWithWord } from './sentence-with-word';

type Props = { entry: VocabularyEntry; direction: Direction; revealed: boolean };

/** One card: the prompt side, and once revealed the answer with the sentence the word came from. */
export function Flashcard({ entry, direction, revealed }: Props) {
  const t = useTranslations('Review');
  const speak = useSpeak();
  const word = (
    <p lang="zh-Hans" className="text-5xl font-semibold">
      {entry.simplified}
    </p>
  );
  const senses = (
    <ol lang="en" className="list-inside list-decimal space-y-0.5 text-left">
      {entry.definitions.map((d, i) => (
        <li key={i}>{d}</li>
      ))}
    </ol>
  );
  const front = direction === 'zh-en';
  return (
    <article aria-label={front ? t('prompt') : t('promptReverse')} className="rounded-2xl border border-stone-200 bg-white p-5 text-center shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <p className="mb-3 text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">{front ? t('prompt') : t('promptReverse')}</p>
      {front ? word : senses}
      {speak && (front || revealed) ? (
        <button type="button" onClick={() => speak(entry.simplified)} aria-label={t('listenLabel', { word: entry.simplified })} className="mt-3 min-h-10 rounded-full border border-stone-300 px-4 text-sm dark:border-stone-700">
          <span aria-hidden="true">🔊 </span>
          {t('listen')}
        </button>
      ) : null}
      {revealed ? (
        <div className="mt-5 space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800">
          {front ? null : word}
          <p className="text-2xl text-stone-700 dark:text-stone-300">{displayPinyin(entry.pinyin)}</p>
          {front ? senses : null}
          <div className="rounded-xl bg-stone-100 p-3 text-left dark:bg-stone-800">
            <p lang="zh-Hans" className="text-lg leading-relaxed">
              <SentenceWithWord sentence={entry.sentence.zh} word={entry.simplified} />
            </p>
            <p lang="en" className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {entry.sentence.en}
            </p>
          </div>
        </div>
      ) : null}
    </article>
  );
}
