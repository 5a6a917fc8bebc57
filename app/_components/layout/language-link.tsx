'use client';

import type { ReactNode } from 'react';

interface Props {
  locale: string;
  href: string;
  current: boolean;
  className: string;
  children: ReactNode;
}

/**
 * A language link: `href` (`<path>?lang=xx`) without JavaScript; with it, the current URL with only `lang`
 * changed, so the selected event and anything else in the query survive the switch. Always a full page load,
 * so that `<html lang>` follows.
 */
export function LanguageLink({ locale, href, current, className, children }: Props) {
  return (
    <a
      href={href}
      lang={locale}
      hrefLang={locale}
      aria-current={current ? 'true' : undefined}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        const url = new URL(window.location.href);
        url.searchParams.set('lang', locale);
        window.location.assign(url);
      }}
    >
      {children}
    </a>
  );
}
