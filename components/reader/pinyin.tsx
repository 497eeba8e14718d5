import { toneOf } from '@/lib/reader/tone';

type Props = { syllables: readonly string[]; citation?: readonly string[]; className?: string };

/** Pinyin for a word, syllable by syllable, tone-coloured when tone colours are on. */
export function Pinyin({ syllables, citation, className }: Props) {
  const parts = syllables.map((s, i) => ({ s, c: citation?.[i] })).filter((p) => p.s !== '');
  return (
    <span className={`pinyin ${className ?? ''}`}>
      {parts.map(({ s, c }, i) => (
        <span key={i}>
          {c && c !== s ? (
            <>
              <span className={`py-sp t${toneOf(s)}`}>{s}</span>
              <span className={`py-ci t${toneOf(c)}`}>{c}</span>
            </>
          ) : (
            <span className={`t${toneOf(s)}`}>{s}</span>
          )}
          {i < parts.length - 1 ? ' ' : ''}
        </span>
      ))}
    </span>
  );
}
