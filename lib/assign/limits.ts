/**
 * Sizes chosen for links that work everywhere a teacher might paste them.
 *
 * - A whole link stays under ~4.2 KB: every browser, chat app and proxy passes it, and Node's
 *   16 KB header limit is far away. The encoded assignment (`?a=`) is at most 4,000 characters.
 *   Compressed Chinese costs about 2.5 link characters per character, and an English translation
 *   about as much again, so an own text of ~1,500 Chinese characters fits, or ~700 with English.
 * - A QR code holds at most 2,953 bytes (version 40, low error correction); a shipped article's
 *   link is ~200 characters, which gives a coarse code that scans across a classroom.
 */
export const MAX_LINK_CODE = 4_000;
export const MAX_INSTRUCTIONS = 1_000;
export const MAX_FOCUS_WORDS = 30;
export const MAX_FOCUS_WORD_LENGTH = 16;
export const MAX_TITLE = 100;
/** Decompressed JSON is never larger than this; anything bigger is not one of our links. */
export const MAX_DECODED_BYTES = 64 * 1024;
/** The version prefix of links this code writes. */
export const LINK_VERSION = '1';
