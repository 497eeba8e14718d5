'use client';

import { useTranslations } from 'next-intl';

export type Direction = 'zh-en' | 'en-zh';

type Props = { direction: Direction; onChange: (direction: Direction) => void };

const OPTIONS = [
  { value: 'zh-en', label: 'zhToEn' },
  { value: 'en-zh', label: 'enToZh' },
] as const;

/** Chinese → meaning, or the reverse: two toggle buttons in a labelled group. */
export function DirectionSwitch({ direction, onChange }: Props) {
  const t = useTranslations('Review');
  return (
    <div role="group" aria-label={t('direction')} className="inline-flex rounded-full border border-stone-300 p-0.5 dark:border-stone-700">
      {OPTIONS.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          aria-pressed={direction === value}
          onClick={() => onChange(value)}
          className="min-h-9 rounded-full px-3 text-sm aria-pressed:bg-ink aria-pressed:text-white dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
