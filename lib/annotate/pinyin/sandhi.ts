import type { Segment } from '../types';
import type { Numbered } from './syllable';

export type SandhiChar = { char: string; seg: number; han: boolean; reading: Numbered | null };

export function applySandhi(chars: readonly SandhiChar[], _segments: readonly Segment[]): (Numbered | null)[] {
  return chars.map((c) => c.reading);
}
