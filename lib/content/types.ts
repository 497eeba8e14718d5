export const BLOCK_TYPES = ['title', 'kicker', 'heading', 'paragraph', 'byline'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
