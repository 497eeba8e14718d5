/**
 * The content file format (content/*.yaml), validated with zod. A file that does not match fails
 * the build with a message naming the file, the block and the problem.
 */
import { z } from 'zod';
import { BLOCK_TYPES } from './types';

const nonEmpty = (what: string) => z.string({ error: `${what} is missing` }).trim().min(1, `${what} is empty`);

const bilingual = (what: string) =>
  z.object({ zh: nonEmpty(`${what} (zh)`), en: nonEmpty(`${what} (en)`) }, { error: `${what} must have zh and en` });

const sentence = z.object(
  {
    zh: nonEmpty('Chinese sentence'),
    en: nonEmpty('English translation'),
  },
  { error: 'a sentence must be a mapping with zh and en' },
);

const block = z.object(
  {
    type: z.enum(BLOCK_TYPES, { error: `block type must be one of: ${BLOCK_TYPES.join(', ')}` }),
    sentences: z.array(sentence, { error: 'sentences must be a list' }).min(1, 'a block needs at least one sentence'),
  },
  { error: 'a block must be a mapping with type and sentences' },
);

const HAN = /\p{Script=Han}/gu;

const glossaryEntry = z
  .object({
    word: nonEmpty('glossary word'),
    pinyin: z.string().trim().default(''),
    en: nonEmpty('glossary gloss (en)'),
    note: z.string().trim().optional(),
    kind: z.enum(['idiom', 'slogan', 'policy', 'person', 'place', 'organization', 'product', 'term']).optional(),
  })
  .superRefine((entry, ctx) => {
    const han = entry.word.match(HAN)?.length ?? 0;
    const syllables = entry.pinyin === '' ? 0 : entry.pinyin.split(/\s+/).length;
    if (han !== syllables) {
      ctx.addIssue({
        code: 'custom',
        path: ['pinyin'],
        message: `glossary "${entry.word}" has ${han} Han characters but ${syllables} pinyin syllables`,
      });
    }
  });

const pinyinOverride = z.object({
  word: nonEmpty('override word'),
  pinyin: nonEmpty('override pinyin'),
  reason: z.string().optional(),
});

export const articleFileSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens'),
  title: bilingual('title'),
  summary: bilingual('summary').optional(),
  source: z.object({
    newspaper: bilingual('newspaper'),
    series: bilingual('series').optional(),
    reporters: z.array(bilingual('reporter')).default([]),
    url: z.url().optional(),
    published: z.string().optional(),
  }),
  blocks: z.array(block, { error: 'blocks must be a list' }).min(1, 'an article needs at least one block'),
  glossary: z.array(glossaryEntry).default([]),
  pinyin: z.array(pinyinOverride).default([]),
});

export type ArticleFile = z.infer<typeof articleFileSchema>;
