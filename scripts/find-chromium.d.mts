export declare const SYSTEM_CHROMIUM: string;
export declare function playwrightChromiumPath(): Promise<string | null>;
export type ChromiumLookup = { ok: true; path: string; source: string } | { ok: false; message: string };
export declare function findChromium(options?: {
  env?: Record<string, string | undefined>;
  systemPath?: string;
  playwrightPath?: () => Promise<string | null>;
}): Promise<ChromiumLookup>;
