import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from './load';
import { toFullWidthPunctuation } from './normalize';
import { ContentError, parseArticleFile } from './parse';

const GOOD = `slug: sample
title: { zh: 标题, en: Title }
source:
  newspaper: { zh: 吉林日报, en: Jilin Daily }
blocks:
  - type: title
    sentences:
      - zh: 标题
        en: Title
  - type: paragraph
    sentences:
      - zh: 第一句。
        en: The first sentence.
glossary:
  - { word: 第一, pinyin: dì yī, en: first }
`;

function problems(source: string): string {
  try {
    parseArticleFile('content/sample.yaml', source);
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  return '';
}

describe('content validation', () => {
  it('accepts a well-formed file', () => {
    expect(parseArticleFile('content/sample.yaml', GOOD).blocks).toHaveLength(2);
  });

  it('names the file, line, block and sentence of an empty translation', () => {
    const msg = problems(GOOD.replace('en: The first sentence.', 'en: ""'));
    expect(msg).toContain('content/sample.yaml');
    expect(msg).toMatch(/line 13: block 2 \(paragraph\), sentence 1, en: English translation is empty/);
  });

  it('refuses a missing translation', () => {
    expect(problems(GOOD.replace('        en: The first sentence.\n', ''))).toMatch(/block 2 \(paragraph\), sentence 1, en: English translation is missing/);
  });

  it('refuses an empty sentence', () => {
    expect(problems(GOOD.replace('zh: 第一句。', 'zh: "  "'))).toMatch(/sentence 1, zh: Chinese sentence is empty/);
  });

  it('refuses an unknown block type', () => {
    expect(problems(GOOD.replace('type: paragraph', 'type: footnote'))).toMatch(/block 2 \(footnote\), type: block type must be one of/);
  });

  it('refuses a glossary word that does not occur in the article', () => {
    expect(problems(GOOD.replace('word: 第一', 'word: 第二'))).toMatch(/glossary entry 1 "第二": the word does not occur/);
  });

  it('refuses a glossary entry whose pinyin does not match its characters', () => {
    expect(problems(GOOD.replace('pinyin: dì yī', 'pinyin: dì'))).toMatch(/2 Han characters but 1 pinyin syllables/);
  });

  it('refuses malformed structure and broken YAML', () => {
    expect(problems(GOOD.replace(/blocks:[\s\S]*glossary:/, 'blocks: nope\nglossary:'))).toMatch(/blocks must be a list/);
    expect(problems(GOOD.replace('title: { zh: 标题, en: Title }', 'title: [unclosed'))).toMatch(/YAML syntax/);
    expect(problems(GOOD.replace('slug: sample', 'slug: other'))).toMatch(/must match the file name/);
  });
});

describe('the shipped articles', () => {
  const articles = readArticleFiles(path.join(process.cwd(), 'content'));

  it('are valid and complete', () => {
    expect(articles.map((a) => a.slug).sort()).toEqual(['liaoyuan-longshan', 'liaoyuan-xian']);
    for (const a of articles) for (const b of a.blocks) for (const s of b.sentences) expect(s.en.trim()).not.toBe('');
  });

  // The seed newspaper text lives beside the repository in CI and development checkouts.
  const seed = path.join(process.cwd(), '..', 'shared', 'seed', '000_55aebda58ea0fc25.txt');
  it.runIf(existsSync(seed))('keep every character of the newspaper text, with only punctuation made full-width', () => {
    const source = toFullWidthPunctuation(readFileSync(seed, 'utf8').replace(/\s+/g, ''));
    const ours = articles
      .slice()
      .sort((a, b) => (a.slug === 'liaoyuan-longshan' ? -1 : b.slug === 'liaoyuan-longshan' ? 1 : 0))
      .flatMap((a) => a.blocks.flatMap((b) => b.sentences.map((s) => s.zh)))
      .join('')
      .replace(/\s+/g, '');
    expect(ours).toBe(source);
  });
});
