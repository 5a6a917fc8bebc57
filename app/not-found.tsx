import Link from 'next/link';
import { getDictionary } from './_i18n/dictionary';
import { localHref, requestLocale } from './_lib/view/locale';
import { PageShell } from './_components/layout/page-shell';

export default async function NotFound() {
  const t = getDictionary(await requestLocale());
  return (
    <PageShell t={t} path="/">
      <section className="mx-auto max-w-xl py-12 text-center" data-testid="not-found">
        <p className="text-6xl font-bold text-accent/40" aria-hidden="true">
          404
        </p>
        <h1 className="mt-2 text-2xl font-bold">{t.notFound.heading}</h1>
        <p className="mt-2 text-ink-soft">{t.notFound.body}</p>
        <Link href={localHref('/', t.locale)} className="mt-6 inline-block font-medium text-accent underline">
          {t.notFound.home}
        </Link>
      </section>
    </PageShell>
  );
}
