'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Selection } from '@/lib/assign/builder';
import { PassagePicker } from './passage-picker';
import type { LoadedSource } from './use-source';

type Props = {
  loaded: LoadedSource;
  choosable: readonly number[];
  selection: Selection;
  focus: readonly string[];
  onBlock: (index: number) => void;
  onWord: (word: string) => void;
};

const MODES = ['paragraphs', 'words'] as const;

/** Step 2: a switch between choosing paragraphs and focus words, a hint, and the live preview. */
export function PickStep({ loaded, choosable, selection, focus, onBlock, onWord }: Props) {
  const t = useTranslations('Assign');
  const [mode, setMode] = useState<(typeof MODES)[number]>('paragraphs');
  if (loaded.status === 'idle') return null;
  if (loaded.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.status === 'error') return <p role="alert" className="text-accent">{t('loadError')}</p>;
  const { range, anchor } = selection;
  const number = (index: number) => choosable.indexOf(index) + 1;
  const hint =
    mode === 'words'
      ? range
        ? t('hintWords')
        : t('needRangeForWords')
      : anchor !== null
        ? t('hintLast', { first: number(anchor) })
        : range
          ? t('range', { first: number(range.first), last: number(range.last) })
          : t('hintFirst');
  return (
    <>
      <div role="radiogroup" aria-label={t('modeLabel')} className="inline-flex rounded-full border border-stone-300 p-0.5 dark:border-stone-600">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            onClick={() => setMode(m)}
            className="min-h-10 rounded-full px-4 aria-checked:bg-ink aria-checked:text-white dark:aria-checked:bg-stone-100 dark:aria-checked:text-stone-900"
          >
            {t(m === 'paragraphs' ? 'modeParagraphs' : 'modeWords')}
          </button>
        ))}
      </div>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {hint}
      </p>
      <h3 lang="zh-Hans" className="text-xl font-semibold">
        {loaded.title}
      </h3>
      <div role="region" aria-label={t('preview')} tabIndex={0} className="max-h-[70dvh] overflow-y-auto rounded-lg border border-stone-200 p-1 dark:border-stone-700">
        <PassagePicker blocks={loaded.blocks} choosable={choosable} mode={mode} range={range} focus={new Set(focus)} onBlock={onBlock} onWord={onWord} />
      </div>
    </>
  );
}
