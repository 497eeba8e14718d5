'use client';

import { useTranslations } from 'next-intl';
import { intervalParts, previewIntervals } from '@/lib/vocabulary/schedule';
import { GRADES, type Grade, type StoredCard } from '@/lib/vocabulary/types';

type Props = { card: StoredCard; now: number; onGrade: (grade: Grade) => void };

const TONE: Record<Grade, string> = {
  again: 'border-red-300 text-red-800 dark:border-red-800 dark:text-red-200',
  hard: 'border-amber-300 text-amber-900 dark:border-amber-800 dark:text-amber-200',
  good: 'border-emerald-300 text-emerald-900 dark:border-emerald-800 dark:text-emerald-200',
  easy: 'border-sky-300 text-sky-900 dark:border-sky-800 dark:text-sky-200',
};

/** Again / Hard / Good / Easy, each with the interval FSRS would give the card. */
export function GradeButtons({ card, now, onGrade }: Props) {
  const t = useTranslations('Review');
  const intervals = previewIntervals(card, new Date(now));
  return (
    <div className="grid grid-cols-4 gap-2">
      {GRADES.map((grade) => {
        const { unit, value } = intervalParts(intervals[grade]);
        const interval = t(unit, { count: value });
        return (
          <button
            key={grade}
            type="button"
            onClick={() => onGrade(grade)}
            aria-label={t('gradeLabel', { grade: t(grade), interval })}
            className={`flex min-h-14 flex-col items-center justify-center rounded-xl border bg-white px-1 dark:bg-stone-900 ${TONE[grade]}`}
          >
            <span className="font-semibold">{t(grade)}</span>
            <span className="text-xs">{interval}</span>
          </button>
        );
      })}
    </div>
  );
}
