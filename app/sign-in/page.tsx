import type { Metadata } from 'next';
import { getDictionary } from '@/app/_i18n/dictionary';
import { localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { PageShell } from '@/app/_components/layout/page-shell';
import { signInAction } from '@/app/_actions/editor-session';

export const dynamic = 'force-dynamic';

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = getDictionary(localeFromSearch(await searchParams));
  return { title: t.editing.signInHeading, robots: { index: false } };
}

/** Editors sign in with their name and secret (`npm run editors -- add <name>`); readers never need to. */
export default async function SignInPage({ searchParams }: Props) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const next = typeof search.next === 'string' && search.next.startsWith('/') ? search.next : '/';
  return (
    <PageShell t={t} path="/sign-in">
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl font-bold">{t.editing.signInHeading}</h1>
        <p>{t.editing.signInIntro}</p>
        {search.failed === '1' && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {t.editing.signInFailed}
          </p>
        )}
        <form action={signInAction} className="space-y-3">
          <input type="hidden" name="lang" value={t.locale} />
          <input type="hidden" name="next" value={next} />
          <label className="block">
            <span className="block font-medium">{t.editing.name}</span>
            <input
              name="name"
              required
              autoComplete="username"
              className="mt-1 w-full rounded border border-ink/30 px-3 py-2"
            />
          </label>
          <label className="block">
            <span className="block font-medium">{t.editing.secret}</span>
            <input
              name="secret"
              type="password"
              required
              autoComplete="current-password"
              className="mt-1 w-full rounded border border-ink/30 px-3 py-2"
            />
          </label>
          <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-dark">
            {t.editing.signIn}
          </button>
        </form>
      </div>
    </PageShell>
  );
}
