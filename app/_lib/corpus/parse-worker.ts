// One of the parse pool's threads (parse-pool.ts): reads and analyses the files it is sent, one at a time.
// `npm run build` bundles it to .next/jylnama/parse-worker.mjs (scripts/next-build.mjs): a worker thread runs plain
// JavaScript, outside Next's bundles and without tsx's loader.
import { parentPort } from 'node:worker_threads';
import { analyseFile } from '@/lib/corpus/build-corpus';
import type { ParseReply, ParseRequest } from './parse-messages';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread of the parse pool');
port.on('message', ({ id, fileName, bytes }: ParseRequest) => {
  const reply: ParseReply = { id, result: analyseFile(fileName, bytes) };
  port.postMessage(reply);
});
