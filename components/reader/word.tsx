import type { ReaderWord } from '@/lib/reader/types';

type Props = {
  index: number;
  word: ReaderWord;
  focus?: boolean;
  /** Pinyin and traditional forms, or (below the first screen, until it nears) the characters alone. */
  full: boolean;
};

/**
 * One tappable word in a single <ruby>, each character followed by its pinyin <rt>.
 * - An inline span with the button role rather than a <button>: buttons lay out as inline blocks,
 *   so a word could not wrap at the line's end and a comma could start the next line. The reader
 *   handles Enter and Space. aria-label keeps its name "董事长", not "董 事 长".
 * - Pinyin and traditional forms are attributes shown by CSS (generated content), so the text
 *   copies, searches and reads as plain Chinese, and switching settings re-renders nothing.
 * - A light word (not `full`) is the same button holding only its characters (its name is then
 *   its text). Becoming full keeps the element, so focus and the reader's references survive.
 */
export function Word({ index, word, focus, full }: Props) {
  const className = focus ? 'w focus' : 'w';
  if (!full) {
    return (
      <span role="button" tabIndex={0} className={className}>
        {word.text}
      </span>
    );
  }
  const chars = Array.from(word.text);
  const trad = word.traditional ? Array.from(word.traditional) : [];
  const sameLength = trad.length === chars.length;
  return (
    <span role="button" tabIndex={0} className={className} aria-label={word.text} data-d={index}>
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

