'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isDue, review } from '@/lib/vocabulary/schedule';
import type { Grade, StoreErrorKind } from '@/lib/vocabulary/types';
import { tickNow, useNow } from '@/lib/vocabulary/use-now';
import { useVocabulary, vocabulary } from '@/lib/vocabulary/use-vocabulary';
import { DirectionSwitch, type Direction } from './direction-switch';
import { Flashcard } from './flashcard';
import { GradeButtons } from './grade-buttons';
import { StoreNotice } from './store-notice';
import { useReviewKeys } from './use-review-keys';

/** Due cards one at a time, oldest due first; answers are written to IndexedDB at once. */
export function ReviewSession() {
  const t = useTranslations('Review');
  const format = useFormatter();
  const { entries, status, skipped, error: readError } = useVocabulary();
  const now = useNow();
  const [direction, setDirection] = useState<Direction>('zh-en');
  const [revealedId, setRevealedId] = useState<string | null>(null);
  // What the last grade did, worded when it was given ("in 1 minute"): a status line must not turn into "28 seconds ago".
  const [last, setLast] = useState<{ word: string; when: string }>();
  const [error, setError] = useState<StoreErrorKind>();
  const due = useMemo(
    () => (now === 0 ? [] : entries.filter((e) => isDue(e.card, new Date(now))).sort((a, b) => a.card.due.localeCompare(b.card.due))),
    [entries, now],
  );
  const card = due[0];
  const next = entries.map((e) => e.card.due).sort()[0];

  async function grade(g: Grade) {
    if (!card) return;
    const at = new Date();
    const result = await vocabulary.grade(card.id, g, at);
    setError(result.ok ? undefined : result.error);
    if (result.ok) setLast({ word: card.simplified, when: format.relativeTime(new Date(review(card.card, g, at).due), at) });
    // A card graded "Again" comes back soon: it must come back with its answer hidden.
    setRevealedId(null);
    tickNow();
  }

  // On a phone the answer pushes the grade buttons below the screen: bring them into view.
  const gradeRef = useRef<HTMLDivElement>(null);
  const revealed = card !== undefined && revealedId === card.id;
  useEffect(() => {
    if (revealed) gradeRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [revealed]);

  useReviewKeys(card !== undefined, revealedId === card?.id, () => setRevealedId(card?.id ?? null), (g) => void grade(g));

  if (status === 'loading') return <p className="mt-4">{t('loading')}</p>;
  return (
    <div className="mt-3 space-y-4">
      <StoreNotice skipped={skipped} error={error ?? readError} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium">{t('due', { count: due.length })}</p>
        <DirectionSwitch direction={direction} onChange={setDirection} />
      </div>
      <p role="status" className="min-h-6 text-sm text-stone-600 dark:text-stone-400">
        {last ? t('graded', { word: last.word, when: last.when }) : null}
      </p>
      {card ? (
        <>
          <Flashcard key={`${card.id}-${card.card.reps}`} entry={card} direction={direction} revealed={revealedId === card.id} />
          {revealedId === card.id ? (
            <div ref={gradeRef} className="scroll-mb-4">
              <GradeButtons card={card.card} now={now} onGrade={grade} />
            </div>
          ) : (
            <button type="button" onClick={() => setRevealedId(card.id)} className="min-h-12 w-full rounded-xl bg-ink px-4 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">
              {t('show')}
            </button>
          )}
          <p className="hidden text-center text-xs text-stone-500 sm:block dark:text-stone-400">{t('keys')}</p>
        </>
      ) : (
        <div className="rounded-xl border border-dashed border-stone-300 p-6 text-center dark:border-stone-700">
          {entries.length === 0 ? <p>{t('nothingSaved')}</p> : <p className="font-medium">{t('done')}</p>}
          {next ? <p className="mt-1 text-sm">{t('nextAt', { when: format.relativeTime(new Date(next), new Date(now)) })}</p> : null}
        </div>
      )}
    </div>
  );
}
