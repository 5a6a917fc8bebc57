export declare const XSS_IMG: string;
export declare const XSS_SCRIPT: string;
export declare const XSS_LINK: string;
export declare const XSS_TITLE: string;
export declare const XSS_SENTENCE: string;
export declare const XSS_ARTICLE_ID: string;
export declare const BAD_FILES: Record<string, { problem: string; bytes: Buffer }>;
export declare const GOOD_FILES: Record<string, { bytes: Buffer }>;
export declare function prepareHostileSeeds(dir: string, seedsDir?: string): string[];
