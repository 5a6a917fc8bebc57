export function parserSourceHash(rootDir?: string): string;
export function ensureParserVersionEnv(rootDir?: string): string;
