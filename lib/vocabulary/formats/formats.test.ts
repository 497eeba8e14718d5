import { describe, expect, it } from 'vitest';
import { toSaveWordInput } from '../entry';
import { fixtureEntries } from '../test-fixtures';
import { ANKI_COLUMNS, parseAnki, toAnki } from './anki';
import { CSV_COLUMNS, parseCsv, toCsv } from './csv';
import { joinSenses, parseDelimited, splitSenses } from './delimited';
import { readVocabularyFile, toBackup } from './index';
import { parsePleco, toPleco } from './pleco';

const entries = fixtureEntries();
/** Senses as a meaning field gives them back: split at every "; ". */
const finer = (senses: readonly string[]) => senses.flatMap((s) => s.split('; '));
const NOW = new Date('2026-11-25T00:00:00.000Z');

describe('Anki export', () => {
  const text = toAnki(entries);

  it('starts with the header lines Anki reads', () => {
    expect(text.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`]);
  });

  it('has one tab-separated row of seven fields per word', () => {
    const rows = parseDelimited(text.split('\n').slice(3).join('\n'), '\t');
    expect(rows).toHaveLength(entries.length);
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows[0]).toEqual([
      '董事长',
      '董事長',
      'dǒng shì zhǎng',
      'chairman of the board; CEO; head of a company; uses \\ backslash',
      '他是公司的董事长。',
      'He is the "chairman", of the company.',
      '辽源西安区：思想转变带来发展巨变 — /read/liaoyuan-xian#p12',
    ]);
  });

  it('parses back to the same words, except the HSK level it cannot carry and senses split at every "; "', () => {
    const back = parseAnki(text);
    expect(back).toEqual(entries.map((e) => {
      const { hsk: _hsk, ...rest } = toSaveWordInput(e);
      return { ...rest, definitions: finer(rest.definitions) };
    }));
  });
});

describe('CSV export', () => {
  const text = toCsv(entries);

  it('is UTF-8 with a BOM, CRLF lines and a header row', () => {
    expect(text.startsWith('\uFEFFSimplified,Traditional,Pinyin,')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + CSV_COLUMNS.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
  });

  it('quotes fields per RFC 4180', () => {
    expect(text).toContain('"He is the ""chairman"", of the company."');
    expect(text).toContain('"A股\t上涨。\n第二行"');
  });

  it('parses back to every field it carries', () => {
    expect(parseCsv(text)).toEqual(entries.map((e) => {
      const input = toSaveWordInput(e);
      return { ...input, definitions: finer(input.definitions), known: e.known, savedAt: e.savedAt };
    }));
  });
});

describe('Pleco export', () => {
  const text = toPleco(entries);

  it('groups cards under //category lines with simplified[traditional], numbered pinyin and senses', () => {
    expect(text.split('\n')[0]).toBe('//Dúbào/辽源西安区：思想转变带来发展巨变');
    expect(text).toContain('董事长[董事長]\tdong3shi4zhang3\tchairman of the board; CEO; head of a company; uses \\ backslash');
    expect(text).toContain('绿色[綠色]\tlu:4se4\tgreen');
    const cards = parsePleco(text);
    expect(cards).toHaveLength(entries.length);
    expect(cards.find((c) => c.simplified === 'A股')).toMatchObject({ category: 'Dúbào/My text — with a dash', pinyin: 'gu3', traditional: 'A股' });
    expect(text).not.toMatch(/\t.*\t.*\t/);
  });
});

describe('senses', () => {
  it('read as a person writes them, with no escapes on the card', () => {
    expect(joinSenses(['to bind; to tie up', 'to fetter'])).toBe('to bind; to tie up; to fetter');
    expect(splitSenses('to bind; to tie up; uses \\ backslash')).toEqual(['to bind', 'to tie up', 'uses \\ backslash']);
    expect(splitSenses('')).toEqual([]);
  });

  it('still read the escapes earlier exports wrote', () => {
    expect(splitSenses('CEO\\; head; c\\\\')).toEqual(['CEO; head', 'c\\']);
  });
});

describe('readVocabularyFile', () => {
  it('restores a backup exactly, FSRS card included', () => {
    const result = readVocabularyFile(toBackup(entries, NOW), NOW);
    expect(result).toEqual({ ok: true, kind: 'backup', entries });
  });

  it('restores CSV words as new cards with their date and known flag', () => {
    const result = readVocabularyFile(toCsv(entries), NOW);
    expect(result.ok && result.kind).toBe('csv');
    if (!result.ok) return;
    expect(result.entries.map((e) => [e.id, e.known, e.savedAt, e.card.reps, e.card.due])).toEqual(
      entries.map((e) => [e.id, e.known, e.savedAt, 0, NOW.toISOString()]),
    );
  });

  it('restores Anki words', () => {
    const result = readVocabularyFile(toAnki(entries), NOW);
    expect(result.ok && result.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('refuses files that are not ours', () => {
    for (const text of ['', 'hello', '{"a":1}', 'Simplified,Pinyin\n你好,ni3hao3', toPleco(entries), '[1,2]']) {
      expect(readVocabularyFile(text, NOW)).toMatchObject({ ok: false, reason: 'not-ours' });
    }
  });

  it('refuses damaged files of ours', () => {
    const backup = JSON.parse(toBackup(entries, NOW));
    backup.words[1].card.due = 'yesterday';
    expect(readVocabularyFile(JSON.stringify(backup), NOW)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(readVocabularyFile(toBackup(entries, NOW).slice(0, 200), NOW)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(readVocabularyFile(toBackup(entries, NOW).replace('"version": 1', '"version": 2'), NOW)).toMatchObject({ ok: false, reason: 'damaged' });
    const csv = toCsv(entries).replace('dǒng shì zhǎng', 'dǒng');
    expect(readVocabularyFile(csv, NOW)).toMatchObject({ ok: false, reason: 'damaged' });
    const anki = toAnki(entries).replace('/read/liaoyuan-xian#p12', 'somewhere');
    expect(readVocabularyFile(anki, NOW)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(readVocabularyFile(toCsv(entries) + '"unterminated', NOW)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
