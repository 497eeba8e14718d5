import type { HandoutPinyin } from '@/lib/assign/types';
import type { Block } from '@/lib/content/types';

type Props = { blocks: readonly Block[]; focus: ReadonlySet<string>; pinyin: HandoutPinyin };

const HAN = /\p{Script=Han}/u;

/** The passage on paper: pinyin in <ruby> above the focus words (or every word), focus words underlined. */
export function HandoutPassage({ blocks, focus, pinyin }: Props) {
  return (
    <div lang="zh-Hans" className="handout-passage space-y-3 text-[13pt] leading-[2.3]">
      {blocks.map((block, b) => {
        const Tag = block.type === 'heading' ? 'h3' : 'p';
        return (
          <Tag key={b} className={block.type === 'heading' ? 'font-semibold' : block.type === 'paragraph' ? 'indent-[2em]' : 'text-right text-[10pt]'}>
            {block.sentences.flatMap((s) => s.tokens).map((token, i) => {
              const isFocus = focus.has(token.text);
              if (!HAN.test(token.text) || (!isFocus && pinyin === 'focus')) return <span key={i}>{token.text}</span>;
              return (
                <ruby key={i} className={isFocus ? 'focus-word' : undefined}>
                  {token.text}
                  <rt>{token.pinyin.join('')}</rt>
                </ruby>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
