'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { characterCount } from '@/lib/own-text/paragraphs';
import type { OwnText } from '@/lib/own-text/types';

type Props = { texts: readonly OwnText[]; onDelete: (text: OwnText) => void };

/** The texts saved in this browser, to reopen or delete. */
export function OwnTextList({ texts, onDelete }: Props) {
  const t = useTranslations('OwnText');
  const format = useFormatter();
  if (texts.length === 0) return <p className="text-stone-600 dark:text-stone-400">{t('empty')}</p>;
  return (
    <ul className="space-y-2">
      {texts.map((text) => (
        <li key={text.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
          <div className="min-w-0 flex-1">
            <p lang="zh-Hans" className="break-words font-medium">{text.title}</p>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {t('details', {
                count: characterCount(text.paragraphs.map((p) => p.zh).join('')),
                paragraphs: text.paragraphs.length,
                date: format.dateTime(new Date(text.savedAt), { dateStyle: 'medium' }),
              })}
            </p>
          </div>
          <Link href={{ pathname: '/read', query: { text: text.id } }} aria-label={t('openLabel', { title: text.title })} className="inline-flex min-h-11 items-center rounded-full bg-accent px-4 font-medium text-white hover:opacity-90">
            {t('open')}
          </Link>
          <button type="button" onClick={() => onDelete(text)} aria-label={t('deleteLabel', { title: text.title })} className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            {t('delete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
