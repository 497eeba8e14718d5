/** Saved words used by the vocabulary unit tests: awkward on purpose (quotes, tabs, ;, A股, 绿). */
import { makeEntry } from './entry';
import type { VocabularyEntry } from './types';

const article = { kind: 'article', slug: 'liaoyuan-xian', title: '辽源西安区：思想转变带来发展巨变' } as const;

export function fixtureEntries(): VocabularyEntry[] {
  const now = new Date('2026-11-20T08:00:00.000Z');
  return [
    makeEntry(
      {
        simplified: '董事长',
        traditional: '董事長',
        pinyin: ['dǒng', 'shì', 'zhǎng'],
        definitions: ['chairman of the board', 'CEO; head of a company', 'uses \\ backslash'],
        sentence: { zh: '他是公司的董事长。', en: 'He is the "chairman", of the company.' },
        source: article,
        paragraphId: 'p12',
        hsk: 6,
      },
      now,
    ),
    {
      ...makeEntry(
        {
          simplified: 'A股',
          traditional: 'A股',
          pinyin: ['', 'gǔ'],
          definitions: ['A-share'],
          sentence: { zh: 'A股\t上涨。\n第二行', en: 'A-shares rose.\r\nSecond line' },
          source: { kind: 'own', id: 'abc#1', title: 'My text — with a dash' },
          paragraphId: 'p3',
        },
        new Date('2026-11-21T08:00:00.000Z'),
      ),
      known: true,
    },
    makeEntry(
      {
        simplified: '绿色',
        traditional: '綠色',
        pinyin: ['lǜ', 'sè'],
        definitions: ['green'],
        sentence: { zh: '绿色发展。', en: 'Green development.' },
        source: article,
        paragraphId: 'p4',
        hsk: 2,
      },
      new Date('2026-11-22T08:00:00.000Z'),
    ),
    makeEntry(
      {
        simplified: '西安',
        traditional: '西安',
        pinyin: ['xī', 'ān'],
        definitions: ['Xi’an'],
        sentence: { zh: '西安区', en: 'Xi’an District' },
        source: article,
        paragraphId: 'p1',
        hsk: 3,
      },
      new Date('2026-11-19T08:00:00.000Z'),
    ),
  ];
}
