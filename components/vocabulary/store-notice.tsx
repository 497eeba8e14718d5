'use client';

import { useTranslations } from 'next-intl';
import type { StoreErrorKind } from '@/lib/vocabulary/types';

type Props = { skipped: number; error: StoreErrorKind | undefined };

/** Tells the learner when storage failed (quota, private mode) or a damaged record was left out. */
export function StoreNotice({ skipped, error }: Props) {
  const t = useTranslations('VocabularyStore');
  if (!error && skipped === 0) return null;
  return (
    <div role="alert" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      {error ? <p>{t(error)}</p> : null}
      {skipped > 0 ? <p>{t('skipped', { count: skipped })}</p> : null}
    </div>
  );
}
