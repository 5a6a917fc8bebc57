import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The seed folder is read at request time; keep it out of the client bundle and the file tracer's guesswork.
  outputFileTracingIncludes: { '/**': ['./seeds/**'] },
};

export default nextConfig;
