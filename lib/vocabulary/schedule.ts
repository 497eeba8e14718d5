/**
 * Review scheduling: a thin wrapper over ts-fsrs so the rest of the app only sees StoredCard
 * (ISO strings) and our four grade names. Fuzz is off so that the interval shown on a button is
 * exactly the one the card gets.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { isDueAt } from './saved-word';
import type { CardState, Grade, StoredCard } from './types';

const scheduler = fsrs({ enable_fuzz: false });

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

function toCardState(state: number): CardState {
  return state === 1 || state === 2 || state === 3 ? state : 0;
}

function fromFsrs(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toCardState(card.state),
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

function toFsrs(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

/** A card never reviewed: due immediately. */
export function newCard(now: Date = new Date()): StoredCard {
  return fromFsrs(createEmptyCard(now));
}

export function isDue(card: StoredCard, now: Date = new Date()): boolean {
  return isDueAt(card.due, now.getTime());
}

/** The card after answering `grade` at `now`. */
export function review(card: StoredCard, grade: Grade, now: Date = new Date()): StoredCard {
  return fromFsrs(scheduler.next(toFsrs(card), now, RATING[grade]).card);
}

/** For each grade, how long until the card would be due again (milliseconds), for the buttons. */
export function previewIntervals(card: StoredCard, now: Date = new Date()): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrs(card), now);
  const after = (g: Grade) => preview[RATING[g]].card.due.getTime() - now.getTime();
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** A rounded interval for display: "10 minutes", "3 days", "2 months". */
export function intervalParts(ms: number): { unit: 'minute' | 'hour' | 'day' | 'month' | 'year'; value: number } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { unit: 'minute', value: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: 'hour', value: hours };
  const days = Math.round(hours / 24);
  if (days < 31) return { unit: 'day', value: days };
  const months = Math.round(days / 30.4);
  if (months < 12) return { unit: 'month', value: months };
  return { unit: 'year', value: Math.round((days / 365) * 10) / 10 };
}
