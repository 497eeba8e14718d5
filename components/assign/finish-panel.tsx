'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CopyButton } from './copy-button';
import { useReadingStats } from './use-reading-stats';
import { useSavedFocusWords } from './use-saved-focus-words';

type Props = { storageKey: string; title: string; paragraphs: number; focusWords: readonly string[] };

/** "I've finished": a short summary the student can copy or share with their teacher. */
export function FinishPanel({ storageKey, title, paragraphs, focusWords }: Props) {
  const t = useTranslations('AssignView');
  const stats = useReadingStats(storageKey);
  const [finishedAt, setFinishedAt] = useState<number | null>(null);
  const saved = useSavedFocusWords(focusWords, finishedAt);
  if (finishedAt === null) {
    return (
      <button type="button" onClick={() => setFinishedAt(Date.now())} className="inline-flex min-h-12 items-center rounded-full bg-accent px-6 text-lg font-medium text-white hover:opacity-90">
        {t('finish')}
      </button>
    );
  }
  const minutes = stats.startedAt ? Math.floor((finishedAt - stats.startedAt) / 60_000) : 0;
  const lines = [
    t('summaryTitle', { title }),
    t('paragraphsRead', { count: paragraphs }),
    t('wordsLooked', { count: stats.looked.size }),
    ...(focusWords.length ? [t('focusLooked', { count: focusWords.filter((w) => stats.looked.has(w)).length, total: focusWords.length })] : []),
    ...(focusWords.length && saved !== null ? [t('focusSaved', { count: saved, total: focusWords.length })] : []),
    t('time', { minutes }),
  ];
  const text = `${lines.join('\n')}\n${window.location.href}`;
  const canShare = typeof navigator.share === 'function';
  return (
    <section aria-labelledby="summary-heading" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t('summaryHeading')}
      </h2>
      <ul className="mt-2 space-y-1" aria-label={t('summaryHeading')}>
        {lines.slice(1).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <CopyButton text={text} label={t('copySummary')} done={t('copied')} failed={t('copyFailed')} />
        {canShare ? (
          <button type="button" onClick={() => navigator.share({ title: lines[0], text }).catch(() => undefined)} className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-5 font-medium dark:border-stone-600">
            {t('share')}
          </button>
        ) : null}
        <button type="button" onClick={() => setFinishedAt(null)} className="inline-flex min-h-11 items-center rounded-full px-4 underline underline-offset-2">
          {t('keepReading')}
        </button>
      </div>
    </section>
  );
}
