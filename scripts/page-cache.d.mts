import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function servePageFromCache(
  request: IncomingMessage,
  response: ServerResponse,
  passOn: () => void,
): boolean;
