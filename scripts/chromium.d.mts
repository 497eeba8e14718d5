/** Types for scripts/chromium.mjs, which the TypeScript benchmarks import. */
export const CHROMIUM_ARGS: readonly string[];
/** Returns the path of a Chromium, installing Debian's when that is allowed; throws with advice otherwise. */
export function ensureChromium(): string;
