import type { NextConfig } from 'next';
import { apiCsp, commonSecurityHeaders } from './app/_lib/security/headers';
import { parserSourceHash } from './scripts/parser-hash.mjs';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PostgreSQL compiled to WebAssembly loads its .wasm and data files beside its own modules: not to be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'kysely-pglite-dialect', 'pg'],
  // The Add page's action takes what POST /api/articles takes: 20 articles of 2 MB each, and the form around them.
  experimental: { serverActions: { bodySizeLimit: '41mb' } },
  // The parser's version (a hash of lib/ sources), inlined at build: the on-disk cache of parsed articles is keyed by it.
  env: { JYLNAMA_PARSER_VERSION: parserSourceHash() },
  // The seed folder is read at request time; keep it out of the client bundle and the file tracer's guesswork.
  outputFileTracingIncludes: { '/**': ['./seeds/**'] },
  // Pages and route handlers get their headers (with a per-request nonce) from proxy.ts; the static files the
  // proxy does not see get the fixed ones here.
  async headers() {
    const fixed = Object.entries({ ...commonSecurityHeaders(), 'Content-Security-Policy': apiCsp() }).map(
      ([key, value]) => ({ key, value }),
    );
    return [
      { source: '/_next/static/:path*', headers: fixed },
      { source: '/_next/image', headers: fixed },
    ];
  },
};

export default nextConfig;
