import type { ReactNode } from 'react';
import type { Dictionary } from '@/app/_i18n/types';
import { SiteHeader } from './site-header';

interface Props {
  t: Dictionary;
  path: string;
  current?: 'timeline' | 'sources';
  children: ReactNode;
}

/** The frame every page shares: the header, then the page's own content in `<main id="content">`. */
export function PageShell({ t, path, current, children }: Props) {
  return (
    <>
      <SiteHeader t={t} path={path} current={current} />
      <main id="content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </>
  );
}
