import type { ReaderWord } from '@/lib/reader/types';
import { toneOf } from '@/lib/reader/tone';

type Props = { index: number; word: ReaderWord; focus?: boolean };

/**
 * One tappable word: a real button, each character with its pinyin in <ruby>. Pinyin, script and
 * tone colours are switched by CSS from the settings on <html>, so nothing re-renders or flashes.
 */
export function Word({ index, word, focus }: Props) {
  const chars = Array.from(word.text);
  const trad = word.traditional ? Array.from(word.traditional) : [];
  return (
    <button className={focus ? 'w focus' : 'w'} data-w={word.text} data-d={index}>
      {chars.map((char, i) => (
        <Char
          key={i}
          char={char}
          trad={trad.length === chars.length ? trad[i] : undefined}
          pinyin={word.pinyin[i] ?? ''}
          citation={word.citationPinyin?.[i]}
        />
      ))}
    </button>
  );
}

type CharProps = { char: string; trad: string | undefined; pinyin: string; citation: string | undefined };

function Char({ char, trad, pinyin, citation }: CharProps) {
  if (!pinyin) return <>{char}</>;
  const base =
    trad && trad !== char ? (
      <>
        <span className="hz-s">{char}</span>
        <span className="hz-t">{trad}</span>
      </>
    ) : (
      char
    );
  return (
    <ruby>
      {base}
      <rt className={`t${toneOf(pinyin)}`}>
        {citation && citation !== pinyin ? (
          <>
            <span className="py-sp">{pinyin}</span>
            <span className={`py-ci t${toneOf(citation)}`}>{citation}</span>
          </>
        ) : (
          pinyin
        )}
      </rt>
    </ruby>
  );
}
