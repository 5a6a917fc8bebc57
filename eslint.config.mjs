import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// Next's own rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's recommended ones; layout
// is Prettier's job, so the rules that would fight it are off. Part of `npm test` (`npm run lint`).
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // `lib/` is typed end to end; an `any` would hide a shape the pipeline relies on.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    '.bench/**',
    '.cache/**',
    '.jylnama/**',
    'datasets/**',
    'next-env.d.ts',
  ]),
]);
