/**
 * Pinyin that is right in context: for each segment, one tone-marked syllable per code point
 * ("" for non-Han). `citation` carries dictionary tones; `pinyin` the spoken ones, with 一 and
 * 不 sandhi applied across segment boundaries. How a reading is chosen: pinyin/engine.ts.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Segment } from './types';
import { ContextModel, type ContextModelData } from './pinyin/context-model';
import contextData from './pinyin/cpp-context.json';
import { clearUnitCache, readSegments, type EngineOptions, type SegmentPinyin } from './pinyin/engine';

let options: EngineOptions | null = null;

function engineOptions(): EngineOptions {
  const data: ContextModelData = contextData;
  // Thresholds chosen by two-fold cross-validation on CPP dev (see bench/cpp.ts).
  options ??= { model: new ContextModel(data), minContextCount: 1, priorShare: 0.75, priorCount: 2 };
  return options;
}

const HAN = /^[\p{Script=Han}〇]$/u;

/** Last resort if the engine ever fails on odd input: plain per-character pinyin-pro. */
function fallback(segments: readonly Segment[]): SegmentPinyin[] {
  return segments.map((seg) => {
    const syllables = Array.from(seg.text).map((c) => {
      if (!HAN.test(c)) return '';
      try {
        return pinyinPro(c);
      } catch {
        return '';
      }
    });
    return { pinyin: syllables, citation: [...syllables] };
  });
}

export function readPinyin(segments: readonly Segment[]): SegmentPinyin[] {
  try {
    return readSegments(segments, engineOptions());
  } catch {
    return fallback(segments);
  }
}

/** Forgets what the engine worked out per word (benchmarks of unseen text). */
export function clearPinyinCaches(): void {
  clearUnitCache();
}
