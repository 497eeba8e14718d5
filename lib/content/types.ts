import type { Token } from '@/lib/annotate/types';

export const BLOCK_TYPES = ['title', 'kicker', 'heading', 'paragraph', 'byline'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export type Bilingual = { zh: string; en: string };

export type Sentence = Bilingual & { tokens: Token[] };

/** One unit of an article in reading order, as served by GET /api/articles/{slug}. */
export type Block = {
  type: BlockType;
  /** Exactly the sentences' zh concatenated. */
  zh: string;
  /** The sentences' en joined by single spaces. */
  en: string;
  sentences: Sentence[];
};

export type ArticleSource = {
  newspaper: Bilingual;
  series?: Bilingual;
  reporters: Bilingual[];
  url?: string;
  published?: string;
};

export type ArticleSummary = {
  slug: string;
  title: Bilingual;
  summary?: Bilingual;
  source: ArticleSource;
  /** Han characters in the Chinese text, the length a learner cares about. */
  characters: number;
  paragraphs: number;
  sentences: number;
};

export type Article = ArticleSummary & { blocks: Block[] };
