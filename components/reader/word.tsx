import type { ReaderWord } from '@/lib/reader/types';

type Props = { index: number; word: ReaderWord; focus?: boolean };

/**
 * One tappable word in a single <ruby>, each character followed by its pinyin <rt>.
 * - An inline span with the button role rather than a <button>: buttons lay out as inline blocks,
 *   so a word could not wrap at the line's end and a comma could start the next line. The reader
 *   handles Enter and Space. aria-label keeps its name "董事长", not "董 事 长".
 * - Pinyin and traditional forms are attributes shown by CSS (generated content), so the text
 *   copies, searches and reads as plain Chinese, and switching settings re-renders nothing.
 */
export function Word({ index, word, focus }: Props) {
  const chars = Array.from(word.text);
  const trad = word.traditional ? Array.from(word.traditional) : [];
  const sameLength = trad.length === chars.length;
  return (
    <span role="button" tabIndex={0} className={focus ? 'w focus' : 'w'} aria-label={word.text} data-d={index}>
      <ruby>
        {chars.map((char, i) => {
          const t = sameLength ? trad[i] : undefined;
          const pinyin = word.pinyin[i] ?? '';
          const citation = word.citationPinyin?.[i];
          const sandhi = citation && citation !== pinyin ? citation : undefined;
          return (
            <Char key={i} char={char} trad={t !== char ? t : undefined} pinyin={pinyin} citation={sandhi} />
          );
        })}
      </ruby>
    </span>
  );
}

type CharProps = { char: string; trad: string | undefined; pinyin: string; citation: string | undefined };

function Char({ char, trad, pinyin, citation }: CharProps) {
  const base = trad ? (
    <span className="hz" data-t={trad}>
      {char}
    </span>
  ) : (
    char
  );
  // Tone colours come from the marks in data-py / data-ci (see reader.css), not from a class.
  return (
    <>
      {base}
      <rt data-py={pinyin || undefined} data-ci={citation} />
    </>
  );
}

/**
 * A word as sent below the first screen: its characters in a span, no pinyin. The reader makes it
 * a full Word soon after the page loads (lib/reader/use-full-blocks.ts); a tap that comes first
 * makes its block full at once and opens the word.
 */
export function LightWord({ text, focus }: { text: string; focus?: boolean }) {
  return <span className={focus ? 'w focus' : 'w'}>{text}</span>;
}
