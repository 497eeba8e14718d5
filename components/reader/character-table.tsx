import { useTranslations } from 'next-intl';
import type { CharacterGloss } from '@/lib/annotate/types';
import { toneOf } from '@/lib/reader/tone';

type Props = { characters: readonly CharacterGloss[] };

/** The word taken apart: each character with its reading here and a short gloss. */
export function CharacterTable({ characters }: Props) {
  const t = useTranslations('WordSheet');
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('characters')}</caption>
      <tbody>
        {characters.map((c, i) => (
          <tr key={i} className="border-t border-stone-100 dark:border-stone-800">
            <th scope="row" lang="zh-Hans" className="w-10 py-1 text-left text-xl font-normal">
              {c.char}
            </th>
            <td className={`w-16 py-1 t${toneOf(c.pinyin)} pinyin`}>{c.pinyin}</td>
            <td lang="en" className="py-1">
              {c.gloss}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
