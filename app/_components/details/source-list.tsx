import Link from 'next/link';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { SourceView } from '@/app/_lib/event-view';
import { localHref } from '@/app/_lib/locale';

interface Props {
  sources: SourceView[];
  t: Dictionary;
  headingLevel: 'h2' | 'h4';
}

/** Every sentence the event was read from, quoted as text, each with a way into its article. */
export function SourceList({ sources, t, headingLevel: Heading }: Props) {
  return (
    <section>
      <Heading className="mb-2 font-semibold">
        {t.details.sources} ({sources.length})
      </Heading>
      <ol className="space-y-3">
        {sources.map((s) => (
          <li key={`${s.articleId}-${s.start}-${s.end}`} className="rounded border border-ink/10 bg-paper p-3" data-testid="source">
            <blockquote className="text-sm leading-relaxed" lang={s.language}>
              {s.quote}
            </blockquote>
            <p className="mt-2 text-xs text-ink-soft">{fill(t.details.from, { title: s.articleTitle, date: s.articleDate })}</p>
            <Link
              className="mt-1 inline-block text-sm font-medium text-accent underline"
              href={localHref(`/articles/${encodeURIComponent(s.articleId)}#m-${s.start}-${s.end}`, t.locale)}
            >
              {t.details.openInArticle}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
