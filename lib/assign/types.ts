/**
 * An assignment travels entirely inside its link (no accounts, no server storage): a teacher
 * picks a text, the paragraphs to read, focus words, instructions and what help students get.
 */

/** One paragraph of a learner's own text; English is optional and only kept when translation is allowed. */
export type OwnParagraph = { zh: string; en?: string };

export type AssignmentSource =
  | { kind: 'article'; slug: string }
  /** An own text carries only the chosen paragraphs, so `range` covers all of them. */
  | { kind: 'own'; title: string; paragraphs: OwnParagraph[] };

/** Inclusive block indices into the source (for an article: its blocks, title included). */
export type BlockRange = { first: number; last: number };

/** How the printed handout places pinyin: above the focus words only, or above every word. */
export type HandoutPinyin = 'focus' | 'all';

export type AssignmentOptions = {
  /** false: no English anywhere in the student view or handout, and no toggle to show it. */
  translation: boolean;
  /** false: no pinyin-above-the-text mode in the student view. */
  pinyin: boolean;
  handoutPinyin: HandoutPinyin;
};

export type Assignment = {
  source: AssignmentSource;
  range: BlockRange;
  focusWords: string[];
  /** Plain text; always rendered as text, never as markup. */
  instructions: string;
  /** ISO date (YYYY-MM-DD), when set. */
  due?: string;
  options: AssignmentOptions;
};

/** Why a link could not be read, for a message that tells the student what is wrong. */
export type AssignmentErrorKind =
  | 'missing' // no ?a= at all
  | 'version' // made by a newer (or unknown) version of the app
  | 'too-long' // longer than any link we produce
  | 'corrupt' // not base64url, or the compressed data is damaged (cut off or edited)
  | 'invalid' // decodes, but the contents are not a valid assignment
  | 'unknown-article' // the article it points to is not in the library
  | 'range'; // the paragraph range is outside the text

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: AssignmentErrorKind };

/** Why a link cannot be made, for the builder. */
export type EncodeResult = { ok: true; code: string } | { ok: false; error: 'too-long'; length: number; limit: number };
