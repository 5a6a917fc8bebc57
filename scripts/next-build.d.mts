export declare const rootDir: string;
export declare const nextBin: string;
export declare function staleBuildReason(root?: string): string | null;
export declare function runNextBuild(root?: string): Promise<number>;
export declare function runForeground(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv },
): void;
export declare function buildParseWorker(outfile: string, root?: string): Promise<void>;
export declare function nextStartArgs(port: string | number, extra?: string[]): string[];
