import { useTranslations } from 'next-intl';
import type { FocusDetail } from '@/lib/assign/passage';

type Props = { words: readonly FocusDetail[] };

/** The teacher's focus words with their pinyin and meaning, as read in this text. */
export function FocusWords({ words }: Props) {
  const t = useTranslations('AssignView');
  if (words.length === 0) return null;
  return (
    <section aria-labelledby="focus-words" className="rounded-xl border border-amber-200 bg-amber-50/70 p-4 dark:border-amber-900 dark:bg-amber-950/30">
      <h2 id="focus-words" className="font-semibold">
        {t('focusHeading')}
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t('focusHint')}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {words.map((w) => (
          <div key={w.word} className="min-w-0">
            <dt className="flex flex-wrap items-baseline gap-x-2">
              <span lang="zh-Hans" className="text-lg font-semibold">
                {w.word}
              </span>
              <span className="text-stone-700 dark:text-stone-300">{w.pinyin.filter(Boolean).join(' ')}</span>
            </dt>
            <dd lang="en" className="text-sm text-stone-700 dark:text-stone-300">
              {w.definitions.slice(0, 3).join('; ')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
