import { describe, expect, it } from 'vitest';
import { entryId, makeEntry, saveInputFromReader, sortEntries } from './entry';
import { errorKind } from './store';
import { fixtureEntries } from './test-fixtures';

describe('entries', () => {
  it('are identified by characters and reading, so 行 háng and 行 xíng are two words', () => {
    expect(entryId({ simplified: '行', pinyin: ['háng'] })).not.toBe(entryId({ simplified: '行', pinyin: ['xíng'] }));
  });

  it('start unknown, dated, and due at once', () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    const [first] = fixtureEntries();
    if (!first) throw new Error('fixture');
    const entry = makeEntry(first, now);
    expect(entry).toMatchObject({ known: false, savedAt: now.toISOString(), card: { due: now.toISOString(), reps: 0 } });
  });

  it('are built from the word sheet with the paragraph of the sentence', () => {
    const input = saveInputFromReader(
      { text: '董事长', pinyin: ['dǒng', 'shì', 'zhǎng'], definitions: ['chairman'], hsk: 6 },
      { id: 'p12-s2', zh: '他是董事长。', en: 'He is the chairman.' },
      { kind: 'article', slug: 'a', title: 'A' },
    );
    expect(input).toEqual({
      simplified: '董事长',
      traditional: '董事长',
      pinyin: ['dǒng', 'shì', 'zhǎng'],
      definitions: ['chairman'],
      sentence: { zh: '他是董事长。', en: 'He is the chairman.' },
      source: { kind: 'article', slug: 'a', title: 'A' },
      paragraphId: 'p12',
      hsk: 6,
    });
  });

  it('sort by newest, pinyin, HSK level (unknown last) and article order', () => {
    const entries = fixtureEntries();
    expect(sortEntries(entries, 'newest').map((e) => e.simplified)).toEqual(['绿色', 'A股', '董事长', '西安']);
    expect(sortEntries(entries, 'pinyin').map((e) => e.simplified)).toEqual(['董事长', 'A股', '绿色', '西安']);
    expect(sortEntries(entries, 'hsk').map((e) => e.simplified)).toEqual(['绿色', '西安', '董事长', 'A股']);
    expect(sortEntries(entries, 'article').map((e) => e.simplified)).toEqual(['西安', '绿色', '董事长', 'A股']);
  });
});

describe('errorKind', () => {
  it('tells a full disk from other failures', () => {
    expect(errorKind(new DOMException('full', 'QuotaExceededError'), true)).toBe('quota');
    expect(errorKind(new DOMException('no', 'InvalidStateError'), true)).toBe('unavailable');
    expect(errorKind(new Error('boom'), true)).toBe('failed');
    expect(errorKind(new Error('boom'), false)).toBe('unavailable');
  });
});
