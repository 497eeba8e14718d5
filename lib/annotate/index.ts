/**
 * Public API of the annotation engine, for the Next app.
 *
 * `server-only` is not imported here on purpose: the package is not installed (Next aliases it
 * internally, Vitest cannot resolve it), and every module below reads files with `node:fs` and
 * loads a native addon, so a client bundle that reached this file would fail the build anyway.
 */
export { annotate, namedInText, warmEngine } from './annotate';
export { segment } from './segment';
export { hasWord, lookup, warmDictionary, type DictEntry } from './dictionary';
export { definitionsFor, formatSense, orderEntries, readablePinyin } from './definitions';
export { characterBreakdown, wordFacts } from './characters';
export type { AnnotateOptions, CharacterGloss, GlossaryEntry, MeasureWord, PinyinOverride, Segment, Token, TokenKind } from './types';
