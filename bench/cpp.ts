/**
 * CPP polyphone benchmark (Chinese Polyphones with Pinyin, kakaobrain/g2pM, Apache-2.0).
 * For dev and test: strip the ▁ markers, annotate the sentence through annotate() (segment →
 * readPinyin), compare the marked character's syllable with the label, and do the same for
 * pinyin-pro alone in the same run. The context model ships learned from dev, so dev is also
 * scored with two-fold cross-validation (each half read with a model learned from the other
 * half); its confusions are the honest guide to what to fix. Only test is the headline.
 * Run: npm run bench:cpp
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { annotate } from '../lib/annotate/annotate';
import { ContextModel, ContextModelBuilder } from '../lib/annotate/pinyin/context-model';
import { cppAvailable, loadCpp, type CppExample } from '../lib/annotate/pinyin/cpp-corpus';
import { readSegments, type EngineOptions } from '../lib/annotate/pinyin/engine';
import { fromMarked, normaliseNumbered } from '../lib/annotate/pinyin/syllable';
import { segment } from '../lib/annotate/segment';

/** CPP labels are dictionary readings, so compare citation tones (一/不 are not in CPP). */
function engineSyllable(ex: CppExample): string | null {
  const syllables = annotate(ex.text).flatMap((t) => t.citationPinyin ?? t.pinyin);
  return fromMarked(syllables[ex.index] ?? '');
}

function pinyinProSyllable(ex: CppExample): string | null {
  const all = pinyinPro(ex.text, { type: 'all', toneType: 'num' });
  let cp = 0;
  for (const item of all) {
    const n = Array.from(item.origin).length;
    if (ex.index < cp + n) return item.isZh ? normaliseNumbered(item.pinyin) : null;
    cp += n;
  }
  return null;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const pts = (a: number, b: number, d: number): string => {
  const v = (100 * (a - b)) / Math.max(1, d);
  return `${v >= 0 ? '+' : ''}${v.toFixed(1)} pts`;
};

function run(split: 'dev' | 'test'): void {
  const examples = loadCpp(split);
  let engine = 0;
  let baseline = 0;
  for (const ex of examples) {
    if (engineSyllable(ex) === ex.label) engine++;
    if (pinyinProSyllable(ex) === ex.label) baseline++;
  }
  console.log(
    `CPP ${split}: engine ${pct(engine, examples.length)} (${engine}/${examples.length}) | pinyin-pro alone ${pct(baseline, examples.length)} | ${pts(engine, baseline, examples.length)}` +
      (split === 'dev' ? ' (the shipped context model was learned from dev)' : ''),
  );
}

/** Dev read with a context model learned from the other half of dev, as the build script learns it. */
function crossValidatedDev(): void {
  const examples = loadCpp('dev').map((ex) => ({ ex, segments: segment(ex.text) }));
  const halves = [examples.filter((_, i) => i % 2 === 0), examples.filter((_, i) => i % 2 === 1)];
  const confusions = new Map<string, number>();
  let correct = 0;
  halves.forEach((half, h) => {
    const builder = new ContextModelBuilder();
    for (const { ex, segments } of halves[1 - h] ?? []) {
      const chars = Array.from(ex.text);
      let pos = 0;
      for (const seg of segments) {
        const n = Array.from(seg.text).length;
        if (ex.index < pos + n) {
          builder.add(ex.char, { prev: chars[ex.index - 1] ?? '', next: chars[ex.index + 1] ?? '', alone: n === 1 }, ex.label);
          break;
        }
        pos += n;
      }
    }
    const opts: EngineOptions = { model: new ContextModel(builder.toData('')), minContextCount: 1, priorShare: 0.75, priorCount: 2 };
    for (const { ex, segments } of half) {
      const got = fromMarked(readSegments(segments, opts).flatMap((r) => r.citation)[ex.index] ?? '');
      if (got === ex.label) correct++;
      else {
        const key = `${ex.char} ${ex.label}→${got ?? '∅'}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
  });
  console.log(`CPP dev, 2-fold cross-validated context model: engine ${pct(correct, examples.length)} (${correct}/${examples.length})`);
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log(`  top dev confusions (label→engine): ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}

if (!cppAvailable()) {
  console.log('CPP benchmark skipped: ../shared/data/cpp not found (it is not part of the repository).');
} else {
  run('dev');
  crossValidatedDev();
  run('test');
}
