// npm run content:add -- --zh story.txt [--en story.en.txt] [--slug my-story]
// Splits a Chinese text (and optionally its English) into blocks and sentences, pairs them, and
// writes content/drafts/<slug>.yaml for an editor to finish. Sentences whose English could not be
// paired carry `review:` notes; nothing is dropped. Move the file into content/ when it is done:
// the build then validates it like any article.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { draftBlocks } from '../lib/content/import';

const { values } = parseArgs({
  options: { zh: { type: 'string' }, en: { type: 'string' }, slug: { type: 'string' }, force: { type: 'boolean' } },
});

if (!values.zh) {
  console.error('Usage: npm run content:add -- --zh chinese.txt [--en english.txt] [--slug my-article] [--force]');
  process.exit(2);
}

const read = (file: string) => {
  if (!existsSync(file)) {
    console.error(`No such file: ${file}`);
    process.exit(2);
  }
  return readFileSync(file, 'utf8');
};

const blocks = draftBlocks(read(values.zh), values.en ? read(values.en) : undefined);
const slug = values.slug ?? path.basename(values.zh).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const title = blocks.find((b) => b.type === 'title')?.sentences.map((s) => s.zh).join('') ?? '';
const draft = {
  slug,
  title: { zh: title, en: blocks.find((b) => b.type === 'title')?.sentences.map((s) => s.en).join(' ') ?? '' },
  source: { newspaper: { zh: '', en: '' }, reporters: [] },
  blocks,
  glossary: [],
  pinyin: [],
};

const out = path.join('content', 'drafts', `${slug}.yaml`);
if (existsSync(out) && !values.force) {
  console.error(`${out} exists; pass --force to overwrite it.`);
  process.exit(1);
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `# Draft: fill every empty en, check each review note, then move this file to content/.\n${stringify(draft, { lineWidth: 0 })}`);
const sentences = blocks.flatMap((b) => b.sentences);
const toReview = sentences.filter((s) => s.review).length + blocks.filter((b) => b.review).length;
console.log(`${out}: ${blocks.length} blocks, ${sentences.length} sentences, ${toReview} marked for review.`);
