'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { entryId } from '@/lib/vocabulary/saved-word';
import type { SaveWordInput, StoreErrorKind } from '@/lib/vocabulary/types';
import { useSavedWords, vocabulary } from '@/lib/vocabulary/use-vocabulary';

type Props = { input: SaveWordInput };

const loadEntry = () => import('@/lib/vocabulary/entry');

/** Save / Saved toggle for the word sheet: one tap saves the word with its sentence, another removes it. */
export function SaveWordButton({ input }: Props) {
  const t = useTranslations('SaveWord');
  const e = useTranslations('VocabularyStore');
  const { words, status } = useSavedWords();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreErrorKind>();
  const id = entryId(input);
  const saved = words.some((w) => w.id === id);

  // The scheduler that gives a new word its first card loads when a word sheet first shows this
  // button, not with the page; by the time the learner taps Save it is there, even offline.
  useEffect(() => {
    void loadEntry().catch(() => undefined);
  }, []);

  async function toggle() {
    if (busy) return;
    setBusy(true);
    try {
      const result = saved ? await vocabulary.remove(id) : await vocabulary.put((await loadEntry()).makeEntry(input));
      setError(result.ok ? undefined : result.error);
    } catch {
      // The code could not be fetched (offline before it ever loaded): say so, keep the button usable.
      setError('failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={toggle}
        // Never disabled while saving: a disabled button drops focus, and the sheet's Escape with it.
        disabled={status === 'loading'}
        aria-busy={busy}
        aria-label={saved ? t('saved') : t('saveLabel')}
        title={saved ? t('removeHint') : undefined}
        className={`inline-flex min-h-10 min-w-10 items-center gap-1.5 rounded-full border px-3 text-sm font-medium disabled:opacity-60 ${
          saved
            ? 'border-accent bg-accent-soft text-accent dark:border-red-400 dark:bg-red-950 dark:text-red-200'
            : 'border-stone-300 bg-white text-ink dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100'
        }`}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span>
        {saved ? t('saved') : t('save')}
      </button>
      {error ? (
        <p role="alert" className="basis-full text-sm text-accent dark:text-red-300">
          {e(error)}
        </p>
      ) : null}
    </>
  );
}
