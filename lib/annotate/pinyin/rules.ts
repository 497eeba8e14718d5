import type { Segment } from '../types';
import type { Numbered } from './syllable';

export type RuleContext = {
  char: string;
  word: string;
  tag: string;
  index: number;
  segIndex: number;
  segments: readonly Segment[];
  prev: string;
  next: string;
  prev2: string;
  next2: string;
  pp: Numbered | null;
};

export function contextRule(_ctx: RuleContext): Numbered | null {
  return null;
}
