import { UI_LOCALES, getDictionary } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { LanguageLink } from './language-link';

/**
 * Links with `?lang=` (see LanguageLink): a full page load, so `<html lang>` (set by the root layout) follows.
 * The default locale gets an explicit `?lang=kk` too, so that every link names the language it switches to.
 */
export function LanguageSwitcher({ t, path }: { t: Dictionary; path: string }) {
  return (
    <nav aria-label={t.nav.language}>
      <ul className="flex gap-1 text-sm">
        {UI_LOCALES.map((locale) => {
          const name = getDictionary(locale).languageName;
          const isCurrent = locale === t.locale;
          return (
            <li key={locale}>
              <LanguageLink
                locale={locale}
                href={`${path}?lang=${locale}`}
                current={isCurrent}
                className="rounded px-2 py-1 text-accent hover:bg-accent/10 aria-[current=true]:bg-accent aria-[current=true]:text-white"
              >
                {name}
              </LanguageLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
