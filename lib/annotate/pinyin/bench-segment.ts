/**
 * The segmenter the benchmark and the build script feed readPinyin with: the engine's own, so
 * the numbers measure what annotate() does.
 */
import { segment } from '../segment';
import type { Segment } from '../types';

export function segmentForBench(text: string): Segment[] {
  return segment(text);
}
