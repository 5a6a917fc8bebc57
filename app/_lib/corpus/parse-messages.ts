import type { FileAnalysis } from '@/lib/corpus/build-corpus';

/** What the store sends a parse worker: one file's name and bytes. */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

/** What comes back: the same analysis `analyseFile` gives in the main thread. */
export interface ParseReply {
  id: number;
  result: FileAnalysis;
}
