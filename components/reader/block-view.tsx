import type { ReaderBlock, ReaderWord } from '@/lib/reader/types';
import { ParagraphShell } from './paragraph-shell';
import { SentenceText } from './sentence-text';

type Props = {
  block: ReaderBlock;
  words: readonly ReaderWord[];
  focus?: ReadonlySet<string>;
  translation: boolean;
  /** Render the words in full (see lib/reader/use-full-blocks.ts). */
  full: boolean;
};

// Sizes go through --block-size, which traditional characters (generated content) also use.
const STYLES: Record<ReaderBlock['type'], string> = {
  title: '[--block-size:calc(var(--reader-size)*1.3)] font-bold leading-[2.1]',
  kicker: '[--block-size:calc(var(--reader-size)*0.85)] font-medium text-accent dark:text-red-300',
  heading: '[--block-size:calc(var(--reader-size)*1.15)] pt-[0.6em] font-semibold',
  paragraph: '',
  byline: '[--block-size:calc(var(--reader-size)*0.8)] text-stone-600 dark:text-stone-400',
};

/** One block of the text, styled as what it is, with its English beside or below it. */
export function BlockView({ block, words, focus, translation, full }: Props) {
  const Tag = block.type === 'title' ? 'h1' : block.type === 'heading' ? 'h2' : 'p';
  const zh = (
    <Tag lang="zh-Hans" className={`zh ${STYLES[block.type]}`}>
      {block.sentences.map((s) => (
        <SentenceText
          key={s.id}
          sentence={s}
          words={words}
          focus={focus}
          full={full}
          revealable={translation && block.type === 'paragraph' && block.sentences.length > 1}
        />
      ))}
    </Tag>
  );
  if (!translation) {
    return (
      <div id={block.id} className={`block block-${block.type}`}>
        {zh}
      </div>
    );
  }
  return (
    <ParagraphShell id={block.id} type={block.type} sentences={block.sentences.map(({ id, en }) => ({ id, en }))}>
      {zh}
    </ParagraphShell>
  );
}
