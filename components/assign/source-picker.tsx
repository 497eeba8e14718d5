'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { OwnText } from '@/lib/own-text/types';

export type ArticleChoice = { slug: string; zh: string; en: string };

type Props = {
  articles: readonly ArticleChoice[];
  ownTexts: readonly OwnText[];
  /** "a:slug" or "o:id" */
  value: string;
  onChange: (value: string) => void;
};

const OPTION =
  'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-accent has-[:checked]:ring-1 has-[:checked]:ring-accent dark:border-stone-700 dark:bg-stone-900';

/** Step 1: a shipped article or one of the learner's own texts, as one radio group. */
export function SourcePicker({ articles, ownTexts, value, onChange }: Props) {
  const t = useTranslations('Assign');
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{t('sourceHeading')}</legend>
      <p className="text-sm font-medium text-stone-600 dark:text-stone-400">{t('articles')}</p>
      {articles.map((a) => (
        <label key={a.slug} className={OPTION}>
          <input type="radio" name="source" className="mt-1 size-5 accent-accent" checked={value === `a:${a.slug}`} onChange={() => onChange(`a:${a.slug}`)} />
          <span className="min-w-0">
            <span lang="zh-Hans" className="block font-medium">
              {a.zh}
            </span>
            <span lang="en" className="block text-sm text-stone-600 dark:text-stone-400">
              {a.en}
            </span>
          </span>
        </label>
      ))}
      <p className="pt-2 text-sm font-medium text-stone-600 dark:text-stone-400">{t('ownTexts')}</p>
      {ownTexts.length === 0 ? (
        <p className="text-sm">
          <Link href="/read" className="underline underline-offset-2">
            {t('noOwnTexts')}
          </Link>
        </p>
      ) : (
        ownTexts.map((o) => (
          <label key={o.id} className={OPTION}>
            <input type="radio" name="source" className="mt-1 size-5 accent-accent" checked={value === `o:${o.id}`} onChange={() => onChange(`o:${o.id}`)} />
            <span lang="zh-Hans" className="min-w-0 break-words font-medium">
              {o.title}
            </span>
          </label>
        ))
      )}
    </fieldset>
  );
}
