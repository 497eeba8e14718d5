'use client';

import { useTranslations } from 'next-intl';
import { downloadText, exportFilename } from '@/lib/vocabulary/download';
import { sortEntries } from '@/lib/vocabulary/entry';
import { toAnki, toBackup, toCsv, toPleco } from '@/lib/vocabulary/formats';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { useVocabulary } from '@/lib/vocabulary/use-vocabulary';
import { ClearAll } from './clear-all';
import { RestoreFile } from './restore-file';
import { buttonClass } from './styles';

const EXPORTS = [
  { key: 'anki', hint: 'ankiHint', ext: 'txt', type: 'text/plain', render: toAnki },
  { key: 'pleco', hint: 'plecoHint', ext: 'txt', type: 'text/plain', render: toPleco },
  { key: 'csv', hint: undefined, ext: 'csv', type: 'text/csv', render: toCsv },
  { key: 'backup', hint: 'backupHint', ext: 'json', type: 'application/json', render: (e: readonly VocabularyEntry[]) => toBackup(e) },
] as const;

/** Downloads in each format, restore from a file, and delete everything. */
export function ExportPanel() {
  const t = useTranslations('Export');
  const { entries, status } = useVocabulary();
  const empty = entries.length === 0;
  return (
    <section aria-labelledby="export-heading" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="export-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-stone-700 dark:text-stone-300">{t('intro')}</p>
      {empty && status === 'ready' ? <p className="mt-3 text-sm">{t('nothingToExport')}</p> : null}
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {EXPORTS.map(({ key, hint, ext, type, render }) => (
          <li key={key}>
            <button
              type="button"
              disabled={empty}
              className={`${buttonClass} w-full`}
              onClick={() => downloadText(exportFilename(key, ext), render(sortEntries(entries, 'newest')), type)}
            >
              {t(key)}
            </button>
            {hint ? <p className="mt-1 px-2 text-xs text-stone-600 dark:text-stone-400">{t(hint)}</p> : null}
          </li>
        ))}
      </ul>
      <RestoreFile />
      {empty ? null : <ClearAll count={entries.length} />}
    </section>
  );
}
