import { useTranslations } from 'next-intl';
import type { ReaderBlock, ReaderWord } from '@/lib/reader/types';
import { Word } from './word';

type Props = {
  sentence: ReaderBlock['sentences'][number];
  words: readonly ReaderWord[];
  focus?: ReadonlySet<string>;
  /** Offer the button that reveals this sentence's English. */
  revealable: boolean;
  /** Full words (pinyin, traditional forms), or light ones: the characters alone. */
  full: boolean;
};

export function SentenceText({ sentence, words, focus, revealable, full }: Props) {
  const t = useTranslations('Reader');
  return (
    <span className="s" data-s={sentence.id}>
      {sentence.tokens.map((token, i) => {
        const word = typeof token === 'number' ? words[token] : undefined;
        if (!word || typeof token !== 'number') return typeof token === 'string' ? token : null;
        return <Word key={i} index={token} word={word} focus={focus?.has(word.text)} full={full} />;
      })}
      {revealable ? (
        <button type="button" className="sx" data-reveal={sentence.id} aria-label={t('revealSentence')} aria-expanded="false">
          <span aria-hidden="true">EN</span>
        </button>
      ) : null}
    </span>
  );
}
