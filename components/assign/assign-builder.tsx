'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useOwnTexts } from '@/components/own-text/use-own-texts';
import { choosableBlocks, focusInRange, type Selection, tapBlock, toggleFocus } from '@/lib/assign/builder';
import { type AssignOptionsValue, AssignOptions } from './assign-options';
import { FocusList } from './focus-list';
import { PickStep } from './pick-step';
import { SharePanel } from './share-panel';
import { type ArticleChoice, SourcePicker } from './source-picker';
import { useAssignmentLink } from './use-assignment-link';
import { type SourceChoice, useSource } from './use-source';

type Props = { articles: readonly ArticleChoice[]; initial: string };

const DEFAULT_OPTIONS: AssignOptionsValue = { instructions: '', due: '', translation: true, pinyin: true, handoutPinyin: 'focus' };
const SECTION = 'space-y-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900/60';

/** The whole builder: text → paragraphs and focus words → options → link, QR code and handout. */
export function AssignBuilder({ articles, initial }: Props) {
  const t = useTranslations('Assign');
  const { texts } = useOwnTexts();
  const [choice, setChoice] = useState(initial);
  const [selection, setSelection] = useState<Selection>({ range: null, anchor: null });
  const [focus, setFocus] = useState<string[]>([]);
  const [options, setOptions] = useState(DEFAULT_OPTIONS);

  const own = choice.startsWith('o:') ? texts.find((x) => x.id === choice.slice(2)) : undefined;
  const source: SourceChoice | null = choice.startsWith('a:')
    ? { kind: 'article', slug: choice.slice(2) }
    : own
      ? { kind: 'own', id: own.id, title: own.title, paragraphs: own.paragraphs }
      : null;
  const loaded = useSource(source);
  const blocks = loaded.status === 'ready' ? loaded.blocks : null;
  const focusWords = blocks ? focusInRange(focus, blocks, selection.range) : [];

  const result = useAssignmentLink(blocks ? source : null, selection.range, focusWords, options);

  function choose(value: string) {
    setChoice(value);
    setSelection({ range: null, anchor: null });
    setFocus([]);
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <div className="min-w-0 space-y-4">
        <section className={SECTION}>
          <SourcePicker articles={articles} ownTexts={texts} value={choice} onChange={choose} />
        </section>
        <section className={SECTION} aria-labelledby="pick-heading">
          <h2 id="pick-heading" className="text-lg font-semibold">
            {t('pickHeading')}
          </h2>
          <PickStep
            loaded={loaded}
            choosable={blocks ? choosableBlocks(blocks) : []}
            selection={selection}
            focus={focusWords}
            onBlock={(i) => setSelection((s) => tapBlock(s, i))}
            onWord={(w) => setFocus(toggleFocus(focusWords, w))}
          />
          <FocusList words={focusWords} onRemove={(w) => setFocus((f) => f.filter((x) => x !== w))} />
        </section>
      </div>
      <div className="min-w-0 space-y-4">
        <section className={SECTION} aria-labelledby="options-heading">
          <h2 id="options-heading" className="text-lg font-semibold">
            {t('optionsHeading')}
          </h2>
          <AssignOptions value={options} onChange={setOptions} />
        </section>
        <section className={SECTION} aria-labelledby="share-heading">
          <h2 id="share-heading" className="text-lg font-semibold">
            {t('shareHeading')}
          </h2>
          <SharePanel result={result} ownText={source?.kind === 'own'} />
        </section>
      </div>
    </div>
  );
}
