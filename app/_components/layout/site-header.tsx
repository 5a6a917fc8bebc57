import Link from 'next/link';
import type { Dictionary } from '@/app/_i18n/types';
import { localHref } from '@/app/_lib/view/locale';
import { LanguageSwitcher } from './language-switcher';
import { EditorBadge } from './editor-badge';

interface Props {
  t: Dictionary;
  /** Path of the current page without query, for the language links. */
  path: string;
  current?: 'timeline' | 'sources';
}

export function SiteHeader({ t, path, current }: Props) {
  const nav = [
    { key: 'timeline', href: localHref('/', t.locale), label: t.nav.timeline },
    { key: 'sources', href: localHref('/articles', t.locale), label: t.nav.sources },
  ] as const;
  return (
    <header className="border-b border-ink/10 bg-white">
      <a href="#content" className="skip-link">
        {t.app.skipToContent}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <div className="mr-auto">
          <Link href={localHref('/', t.locale)} className="text-xl font-bold tracking-tight text-accent-dark">
            {t.app.name}
          </Link>
          {/* On a phone the first screen is for events: the tagline waits for a wider screen. */}
          <p className="text-sm text-ink-soft max-sm:hidden">{t.app.tagline}</p>
        </div>
        {/* Navigation, languages and sign-in wrap as one group, never one of them alone under the name. */}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <nav aria-label={t.nav.label}>
            <ul className="flex gap-4">
              {nav.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    aria-current={current === item.key ? 'page' : undefined}
                    className="font-medium text-accent underline-offset-4 hover:underline aria-[current=page]:underline"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher t={t} path={path} />
          <EditorBadge t={t} path={path} />
        </div>
      </div>
    </header>
  );
}
