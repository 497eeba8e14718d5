import { describe, expect, it } from 'vitest';
import { intervalParts, isDue, newCard, previewIntervals, review } from './schedule';

const NOW = new Date('2026-11-25T09:00:00.000Z');

describe('schedule', () => {
  it('a new card is due at once', () => {
    const card = newCard(NOW);
    expect(isDue(card, NOW)).toBe(true);
    expect(card.reps).toBe(0);
  });

  it('"Good" moves the due date forward and counts the review', () => {
    const card = newCard(NOW);
    const after = review(card, 'good', NOW);
    expect(Date.parse(after.due)).toBeGreaterThan(NOW.getTime());
    expect(after.reps).toBe(1);
    expect(after.lastReview).toBe(NOW.toISOString());
    expect(isDue(after, NOW)).toBe(false);
  });

  it('answers in order Again ≤ Hard ≤ Good ≤ Easy, and the preview is what review() does', () => {
    const card = review(review(newCard(NOW), 'good', NOW), 'good', new Date(NOW.getTime() + 86_400_000));
    const later = new Date(Date.parse(card.due));
    const preview = previewIntervals(card, later);
    expect(preview.again).toBeLessThanOrEqual(preview.hard);
    expect(preview.hard).toBeLessThanOrEqual(preview.good);
    expect(preview.good).toBeLessThan(preview.easy);
    expect(Date.parse(review(card, 'good', later).due) - later.getTime()).toBe(preview.good);
  });

  it('rounds intervals for the buttons', () => {
    expect(intervalParts(30_000)).toEqual({ unit: 'minute', value: 1 });
    expect(intervalParts(10 * 60_000)).toEqual({ unit: 'minute', value: 10 });
    expect(intervalParts(3 * 86_400_000)).toEqual({ unit: 'day', value: 3 });
    expect(intervalParts(90 * 86_400_000)).toEqual({ unit: 'month', value: 3 });
  });
});
