'use client';

import { useTranslations } from 'next-intl';
import { countDue } from '@/lib/vocabulary/saved-word';
import { useNow } from '@/lib/vocabulary/use-now';
import { useSavedWords } from '@/lib/vocabulary/use-vocabulary';

/** How many flashcards are due, beside the Vocabulary link; nothing when none are. */
export function DueBadge() {
  const t = useTranslations('DueBadge');
  const { words } = useSavedWords();
  const now = useNow();
  const count = now === 0 ? 0 : countDue(words, now);
  if (count === 0) return null;
  return (
    <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold leading-5 text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only"> {t('due', { count })}</span>
    </span>
  );
}
