'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { vocabulary } from '@/lib/vocabulary/use-vocabulary';
import { buttonClass } from './styles';

type Props = { count: number };

/** Deleting everything takes two taps, with a reminder to back up first. */
export function ClearAll({ count }: Props) {
  const t = useTranslations('Export');
  const s = useTranslations('VocabularyStore');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  async function clear() {
    const result = await vocabulary.clear();
    setConfirming(false);
    setError(result.ok ? undefined : s(result.error));
  }

  return (
    <div className="mt-8">
      {confirming ? (
        <div className="rounded-xl border border-accent/40 p-4">
          <p className="text-sm">{t('clearWarning')}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={clear} className="min-h-11 rounded-full bg-accent px-4 text-sm font-semibold text-white">
              {t('clearConfirm', { count })}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={buttonClass}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="min-h-11 text-sm text-accent underline underline-offset-2 dark:text-red-300">
          {t('clear')}
        </button>
      )}
      {error ? <p role="alert" className="mt-2 text-sm">{error}</p> : null}
    </div>
  );
}
