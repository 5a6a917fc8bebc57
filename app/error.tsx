'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, getDictionary, isUiLocale } from './_i18n/dictionary';

/** The app's error page: same look as the rest, a retry, and a way home. The locale comes from `<html lang>`. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const lang = useSyncExternalStore(
    () => () => {},
    () => document.documentElement.lang,
    () => DEFAULT_LOCALE,
  );
  const t = getDictionary(isUiLocale(lang) ? lang : DEFAULT_LOCALE);
  useEffect(() => {
    console.warn(
      '[jylnama] page error',
      error instanceof Error ? ((error as Error & { digest?: string }).digest ?? error.message) : error,
    );
  }, [error]);
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-xl font-bold text-accent-dark">{t.app.name}</p>
      <h1 className="mt-4 text-2xl font-bold">{t.error.heading}</h1>
      <p className="mt-2 text-ink-soft">{t.error.body}</p>
      <div className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-dark"
        >
          {t.error.retry}
        </button>
        {/* A whole new page on purpose: after an error the client's state is not to be trusted. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="px-4 py-2 font-medium text-accent underline">
          {t.error.home}
        </a>
      </div>
    </main>
  );
}
