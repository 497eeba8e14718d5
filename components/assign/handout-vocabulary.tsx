import { useTranslations } from 'next-intl';
import type { FocusDetail } from '@/lib/assign/passage';

type Props = { words: readonly FocusDetail[] };

/** The focus words as a table for the handout: word, pinyin, meaning. */
export function HandoutVocabulary({ words }: Props) {
  const t = useTranslations('Handout');
  if (words.length === 0) return null;
  return (
    <section className="mt-6">
      <h2 className="mb-2 text-[12pt] font-semibold">{t('vocabulary')}</h2>
      <table className="w-full border-collapse text-left text-[10.5pt]">
        <thead>
          <tr className="border-b-2 border-black">
            <th className="py-1 pr-3">{t('word')}</th>
            <th className="py-1 pr-3">{t('pinyin')}</th>
            <th className="py-1">{t('meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {words.map((w) => (
            <tr key={w.word} className="border-b border-stone-300 align-top">
              <td lang="zh-Hans" className="whitespace-nowrap py-1 pr-3 text-[12pt]">
                {w.word}
              </td>
              <td className="whitespace-nowrap py-1 pr-3">{w.pinyin.filter(Boolean).join(' ')}</td>
              <td lang="en" className="break-words py-1">
                {w.definitions.slice(0, 3).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
