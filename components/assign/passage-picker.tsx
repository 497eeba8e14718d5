'use client';

import { useTranslations } from 'next-intl';
import type { BlockRange } from '@/lib/assign/types';
import type { Block } from '@/lib/content/types';

type Props = {
  blocks: readonly Block[];
  /** Indices of the blocks a teacher can choose (everything but the title). */
  choosable: readonly number[];
  mode: 'paragraphs' | 'words';
  range: BlockRange | null;
  focus: ReadonlySet<string>;
  onBlock: (index: number) => void;
  onWord: (word: string) => void;
};

const HAN = /\p{Script=Han}/u;

/** The live preview: tap paragraphs to choose the range, or words in it to make focus words. */
export function PassagePicker({ blocks, choosable, mode, range, focus, onBlock, onWord }: Props) {
  const t = useTranslations('Assign');
  const inRange = (i: number) => range !== null && i >= range.first && i <= range.last;
  return (
    <ol className="space-y-2">
      {choosable.map((index, n) => {
        const block = blocks[index];
        if (!block || (mode === 'words' && !inRange(index))) return null;
        const label = t('paragraphLabel', { n: n + 1 });
        const text =
          mode === 'words'
            ? block.sentences.flatMap((s) => s.tokens).map((token, k) =>
                HAN.test(token.text) ? (
                  <button
                    key={k}
                    type="button"
                    aria-pressed={focus.has(token.text)}
                    onClick={() => onWord(token.text)}
                    className="inline-block min-h-6 min-w-6 rounded px-px hover:bg-amber-100 aria-pressed:bg-amber-200 aria-pressed:underline aria-pressed:decoration-accent aria-pressed:decoration-2 aria-pressed:underline-offset-4 dark:hover:bg-amber-900/40 dark:aria-pressed:bg-amber-800/60"
                  >
                    {token.text}
                  </button>
                ) : (
                  <span key={k}>{token.text}</span>
                ),
              )
            : block.zh;
        const body = (
          <>
            <span aria-hidden="true" className="mr-2 inline-block min-w-6 rounded bg-stone-200 px-1 text-center font-sans text-xs text-stone-700 dark:bg-stone-700 dark:text-stone-200">
              {n + 1}
            </span>
            <span lang="zh-Hans" className={block.type === 'paragraph' ? '' : 'font-semibold'}>
              {text}
            </span>
          </>
        );
        return (
          <li key={index}>
            {mode === 'paragraphs' ? (
              <button
                type="button"
                aria-label={label}
                aria-pressed={inRange(index)}
                onClick={() => onBlock(index)}
                className="w-full rounded-lg border border-transparent p-2 text-left leading-relaxed hover:border-stone-300 aria-pressed:border-accent aria-pressed:bg-accent-soft dark:hover:border-stone-600 dark:aria-pressed:bg-red-950/40"
              >
                {body}
              </button>
            ) : (
              <p className="p-2 text-lg leading-loose">{body}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
