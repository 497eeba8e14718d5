'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { readVocabularyFile } from '@/lib/vocabulary/formats';
import { vocabulary } from '@/lib/vocabulary/use-vocabulary';

/** A backup is a few MB at most; anything far larger is not ours and is not worth reading. */
const MAX_BYTES = 50 * 1024 * 1024;

type Message = { kind: 'ok' | 'error'; text: string };

export function RestoreFile() {
  const t = useTranslations('Export');
  const s = useTranslations('VocabularyStore');
  const [message, setMessage] = useState<Message>();

  async function restore(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return setMessage({ kind: 'error', text: t('tooBig') });
    const result = readVocabularyFile(await file.text());
    if (!result.ok) {
      const text = result.reason === 'not-ours' ? t('notOurs') : t('damaged', { detail: result.detail ?? '?' });
      return setMessage({ kind: 'error', text });
    }
    // A backup is the learner's own record, so it wins; CSV/Anki never reset progress already made.
    const written = await vocabulary.putMany(result.entries, result.kind === 'backup');
    if (!written.ok) return setMessage({ kind: 'error', text: s(written.error) });
    setMessage({ kind: 'ok', text: t('restored', { count: result.entries.length, added: written.added ?? 0 }) });
  }

  return (
    <div className="mt-6">
      <label className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium focus-within:outline focus-within:outline-3 focus-within:outline-accent hover:bg-stone-50 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800">
        {t('restore')}
        <input type="file" accept=".json,.txt,.csv,application/json,text/plain,text/csv" onChange={restore} className="sr-only" />
      </label>
      <p className="mt-1 px-2 text-xs text-stone-600 dark:text-stone-400">{t('restoreHint')}</p>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`mt-3 rounded-lg p-3 text-sm ${message.kind === 'error' ? 'bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100' : 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100'}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
