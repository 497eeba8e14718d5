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
              // One syllable over each character, as in textbooks: a word's whole pinyin over it
              // would stretch the line unevenly.
              return (
                <span key={i} className={isFocus ? 'focus-word' : undefined}>
                  {Array.from(token.text).map((char, c) =>
                    token.pinyin[c] ? (
                      <ruby key={c}>
                        {char}
                        <rt>{token.pinyin[c]}</rt>
                      </ruby>
                    ) : (
                      char
                    ),
                  )}
                </span>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
