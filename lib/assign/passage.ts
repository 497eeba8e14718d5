/**
 * From a decoded assignment to the text a student reads: only the chosen blocks, with English
 * removed entirely when the teacher hid the translation (so it is not even in the page source).
 * Pure: the caller passes how to find an article and how to annotate an own text.
 */
import type { AnnotateOptions, Token } from '@/lib/annotate/types';
import type { Article, Block } from '@/lib/content/types';
import type { ReadingSource } from '@/lib/reader/types';
import type { Assignment, AssignmentErrorKind } from './types';

export type Passage = {
  source: ReadingSource;
  title: { zh: string; en?: string };
  blocks: Block[];
  /** How many paragraphs (not headings or bylines) the student is asked to read. */
  paragraphs: number;
};

export type PassageResult = { ok: true; passage: Passage } | { ok: false; error: AssignmentErrorKind };

type Deps = {
  findArticle: (slug: string) => Article | undefined;
  annotate: (text: string, options?: AnnotateOptions) => Token[];
  /** The people and places a whole text names, for annotating its paragraphs one by one. */
  namedIn?: (text: string) => Pick<AnnotateOptions, 'names' | 'places'>;
};

function withoutEnglish(block: Block): Block {
  return { ...block, en: '', sentences: block.sentences.map((s) => ({ ...s, en: '' })) };
}

export function choosePassage(assignment: Assignment, deps: Deps): PassageResult {
  const { source, range, options } = assignment;
  let all: Block[];
  let title: Passage['title'];
  let reading: ReadingSource;
  if (source.kind === 'article') {
    const article = deps.findArticle(source.slug);
    if (!article) return { ok: false, error: 'unknown-article' };
    all = article.blocks;
    title = options.translation ? { zh: article.title.zh, en: article.title.en } : { zh: article.title.zh };
    reading = { kind: 'article', slug: article.slug, title: article.title.zh };
  } else {
    if (range.last >= source.paragraphs.length) return { ok: false, error: 'range' };
    // A person or place the chosen paragraphs name in one (县委书记周国庆, 抚松县) is the same one
    // named bare in another.
    const chosenText = source.paragraphs.slice(range.first, range.last + 1).map((p) => p.zh).join('\n');
    const named = deps.namedIn?.(chosenText) ?? {};
    all = source.paragraphs.map((p, i): Block => {
      // Only the chosen paragraphs are annotated; the others are never shown.
      const tokens = i >= range.first && i <= range.last ? deps.annotate(p.zh, named) : [];
      const en = p.en ?? '';
      return { type: 'paragraph', zh: p.zh, en, sentences: [{ zh: p.zh, en, tokens }] };
    });
    title = { zh: source.title };
    reading = { kind: 'own', id: 'assignment', title: source.title };
  }
  if (range.last >= all.length) return { ok: false, error: 'range' };
  const chosen = all.slice(range.first, range.last + 1).filter((b) => b.type !== 'title');
  if (chosen.length === 0) return { ok: false, error: 'range' };
  const blocks = options.translation ? chosen : chosen.map(withoutEnglish);
  return { ok: true, passage: { source: reading, title, blocks, paragraphs: blocks.filter((b) => b.type === 'paragraph').length } };
}

export type FocusDetail = { word: string; pinyin: string[]; definitions: string[]; inText: boolean };

/** Pinyin and meaning of each focus word as read in this passage (or from the dictionary if it never occurs as one word). */
export function focusDetails(words: readonly string[], blocks: readonly Block[], annotate: (text: string) => Token[]): FocusDetail[] {
  const tokens = blocks.flatMap((b) => b.sentences.flatMap((s) => s.tokens));
  return words.map((word) => {
    const token = tokens.find((t) => t.text === word);
    if (token) return { word, pinyin: token.pinyin, definitions: token.definitions, inText: true };
    const parts = annotate(word);
    return {
      word,
      pinyin: parts.flatMap((t) => t.pinyin),
      definitions: parts.length === 1 ? (parts[0]?.definitions ?? []) : parts.flatMap((t) => t.definitions.slice(0, 1)),
      inText: false,
    };
  });
}
