/**
 * Which parser produced a cached analysis. Read from the environment, so it lives in app/ and not in the pure
 * lib/. It is a hash of the parser's own source (lib/, less tests and fixtures; see scripts/parser-hash.mjs),
 * inlined by next.config.ts at build time and set by the scripts at start, so it changes whenever lib/ changes and
 * nobody has to remember to bump it. Null where it is not known (a bare `vitest` or `tsx` run): callers then do
 * not use the on-disk cache at all.
 */
export const PARSER_VERSION: string | null = process.env.JYLNAMA_PARSER_VERSION || null;
