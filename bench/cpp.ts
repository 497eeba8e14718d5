/**
 * CPP polyphone benchmark (Chinese Polyphones with Pinyin, kakaobrain/g2pM, Apache-2.0).
 * For dev and test: strip the ▁ markers, read the sentence through the engine path, compare
 * the marked character's syllable with the label, and do the same for pinyin-pro alone in
 * the same run. The context model is learned from dev, so only test is a fair score.
 * Run: npm run bench:cpp
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { readPinyin } from '../lib/annotate/pinyin';
import { segmentForBench } from '../lib/annotate/pinyin/bench-segment';
import { cppAvailable, loadCpp, type CppExample } from '../lib/annotate/pinyin/cpp-corpus';
import { fromMarked, normaliseNumbered } from '../lib/annotate/pinyin/syllable';

function engineSyllable(ex: CppExample): string | null {
  const segments = segmentForBench(ex.text);
  // CPP labels are dictionary readings, so compare citation tones (一/不 are not in CPP).
  const syllables = readPinyin(segments).flatMap((r) => r.citation);
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

function run(split: 'dev' | 'test'): void {
  const examples = loadCpp(split);
  let engine = 0;
  let baseline = 0;
  const confusions = new Map<string, number>();
  for (const ex of examples) {
    const got = engineSyllable(ex);
    if (got === ex.label) engine++;
    else {
      const key = `${ex.char} ${ex.label}→${got ?? '∅'}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    if (pinyinProSyllable(ex) === ex.label) baseline++;
  }
  const gain = ((100 * (engine - baseline)) / Math.max(1, examples.length)).toFixed(1);
  console.log(
    `CPP ${split}: engine ${pct(engine, examples.length)} (${engine}/${examples.length}) | pinyin-pro alone ${pct(baseline, examples.length)} | ${Number(gain) >= 0 ? '+' : ''}${gain} pts` +
      (split === 'dev' ? ' (dev trained the context model: not a fair score)' : ''),
  );
  if (split === 'dev') {
    const topConf = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`  top dev confusions (label→engine): ${topConf.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  }
}

if (!cppAvailable()) {
  console.log('CPP benchmark skipped: ../shared/data/cpp not found (it is not part of the repository).');
} else {
  run('dev');
  run('test');
}
