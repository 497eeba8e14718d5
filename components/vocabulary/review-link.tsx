'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { countDue } from '@/lib/vocabulary/saved-word';
import { useNow } from '@/lib/vocabulary/use-now';
import { useSavedWords } from '@/lib/vocabulary/use-vocabulary';

/** The way into flashcard review, with how many cards are due now. */
export function ReviewLink() {
  const t = useTranslations('Vocabulary');
  const { words } = useSavedWords();
  const now = useNow();
  if (words.length === 0) return null;
  const due = now === 0 ? 0 : countDue(words, now);
  return (
    <Link
      href="/vocabulary/review"
      className={`flex min-h-12 items-center justify-center rounded-xl px-4 font-semibold ${
        due > 0 ? 'bg-accent text-white' : 'border border-stone-300 text-stone-700 dark:border-stone-700 dark:text-stone-300'
      }`}
    >
      {t('reviewDue', { count: due })}
    </Link>
  );
}
