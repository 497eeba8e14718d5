import type { ReaderBlock, ReaderWord } from '@/lib/reader/types';
import { ParagraphShell } from './paragraph-shell';
import { SentenceText } from './sentence-text';

type Props = {
  block: ReaderBlock;
  words: readonly ReaderWord[];
  focus?: ReadonlySet<string>;
  translation: boolean;
};

const STYLES: Record<ReaderBlock['type'], string> = {
  title: 'text-[1.3em] font-bold leading-[2.1]',
  kicker: 'text-[0.85em] font-medium text-accent dark:text-red-300',
  heading: 'pt-[0.6em] text-[1.15em] font-semibold',
  paragraph: '',
  byline: 'text-[0.8em] text-stone-600 dark:text-stone-400',
};

/** One block of the text, styled as what it is, with its English beside or below it. */
export function BlockView({ block, words, focus, translation }: Props) {
  const Tag = block.type === 'title' ? 'h1' : block.type === 'heading' ? 'h2' : 'p';
  const zh = (
    <Tag lang="zh-Hans" className={`zh ${STYLES[block.type]}`}>
      {block.sentences.map((s) => (
        <SentenceText
          key={s.id}
          sentence={s}
          words={words}
          focus={focus}
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
