/**
 * `npm run build:dict` — writes the engine's compact index to `.build/`.
 * Skips the work when the outputs are newer than every input; `--force` rebuilds anyway.
 */
import { fileURLToPath } from 'node:url';
import { buildDictionary, defaultBuildPaths, indexPaths, isIndexFresh } from '../lib/annotate/dictionary-build';

const paths = defaultBuildPaths();
// The build runs the engine's sense formatting and pinyin-pro reading too: a change there must rebuild.
const builder = ['dictionary-build.ts', 'brand-entries.ts', 'added-words.ts', 'piece-senses.ts', 'senses.ts', 'pinyin/alone.ts', 'pinyin/syllable.ts'].map((f) => fileURLToPath(new URL(`../lib/annotate/${f}`, import.meta.url)));
const out = indexPaths(paths.outDir);

if (!process.argv.includes('--force') && isIndexFresh(paths, builder)) {
  console.log(`build:dict: ${out.index} is up to date`);
} else {
  const r = buildDictionary(paths);
  console.log(
    `build:dict: ${r.rows} CC-CEDICT rows, ${r.addedWords} words added to jieba's ${r.jiebaWords - r.addedWords}, ` +
      `${Math.round(r.ms)} ms → ${out.index}, ${out.jieba}`,
  );
}
