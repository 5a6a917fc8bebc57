import 'server-only';
import { headers } from 'next/headers';
import { NONCE_HEADER } from './headers';

/** The nonce proxy.ts made for this request (undefined outside a request it handled). */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) || undefined;
}
