import { describe, expect, it } from 'vitest';
import { makeEntry } from './entry';
import { countDue, savedWordOf, toSavedWord } from './saved-word';
import { fixtureEntries } from './test-fixtures';

describe('saved words', () => {
  const [input] = fixtureEntries();
  if (!input) throw new Error('fixture');
  const entry = makeEntry(input, new Date('2026-11-25T10:00:00.000Z'));

  it('are read from a stored record: id, characters, known flag and due date', () => {
    expect(toSavedWord(entry)).toEqual({ id: entry.id, simplified: entry.simplified, known: false, due: entry.card.due });
    expect(toSavedWord(entry)).toEqual(savedWordOf(entry));
  });

  it('leave out damaged records instead of failing on them', () => {
    for (const bad of [null, 'x', 42, {}, { ...entry, id: 7 }, { ...entry, known: 'yes' }, { ...entry, card: null }, { ...entry, card: { ...entry.card, due: 'soon' } }]) {
      expect(toSavedWord(bad)).toBeNull();
    }
  });

  it('count as due once their date has come', () => {
    const due = Date.parse(entry.card.due);
    expect(countDue([entry.card], due - 1)).toBe(0);
    expect(countDue([entry.card, { due: '2030-01-01T00:00:00.000Z' }], due)).toBe(1);
  });
});
