import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function serveDatabaseOutage(request: IncomingMessage, response: ServerResponse): boolean;
