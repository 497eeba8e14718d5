/**
 * Reading the CPP benchmark (kakaobrain/g2pM, Apache-2.0) for the benchmark and the build
 * script. Not used at run time: a fresh clone has no ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseNumbered, type Numbered } from './syllable';

export type CppExample = { text: string; index: number; char: string; label: Numbered };

export const CPP_DIR = join(process.cwd(), '..', 'shared', 'data', 'cpp');

export function cppAvailable(dir = CPP_DIR): boolean {
  return existsSync(join(dir, 'dev.sent')) && existsSync(join(dir, 'test.sent'));
}

/** Strips the ▁ markers; `index` is the marked character's code-point index in `text`. */
export function loadCpp(split: 'dev' | 'test', dir = CPP_DIR): CppExample[] {
  const sents = readFileSync(join(dir, `${split}.sent`), 'utf8').split('\n');
  const labels = readFileSync(join(dir, `${split}.lb`), 'utf8').split('\n');
  const out: CppExample[] = [];
  sents.forEach((line, i) => {
    const parts = line.split('\u2581');
    const before = parts[0];
    const char = parts[1];
    const label = normaliseNumbered(labels[i] ?? '');
    if (parts.length !== 3 || before === undefined || char === undefined || label === null) return;
    out.push({ text: parts.join(''), index: Array.from(before).length, char, label });
  });
  return out;
}
