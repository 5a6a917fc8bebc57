import Link from 'next/link';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import type { LanguageSources, SourceView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';

interface Props {
  groups: LanguageSources[];
  count: number;
  t: Dictionary;
  headingLevel: 'h2' | 'h4';
}

/** "Why this date": where this sentence's date comes from, in plain words in the reader's language. */
function WhyDate({ source, t }: { source: SourceView; t: Dictionary }) {
  return (
    <p className="mt-2 text-xs text-ink-soft" data-testid="why-date">
      <span className="font-semibold">{t.evidence.whyDate}:</span> {source.dateExplanation}
    </p>
  );
}

/** "Why it is here": the evidence that put this sentence under the event, strongest first, with its weight. */
function WhyJoined({ source, t }: { source: SourceView; t: Dictionary }) {
  if (source.joinedBecause.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-ink-soft" data-testid="why-joined">
      <span className="font-semibold">{t.evidence.whyJoined}:</span> {source.joinedBecause.join('; ')}
    </p>
  );
}

/**
 * Every sentence the event was read from, quoted as text in its own language: grouped by language, then by article,
 * the sentences that give the date first, each with where its date comes from and a way into its article.
 */
export function SourceList({ groups, count, t, headingLevel: Heading }: Props) {
  const Sub = Heading === 'h2' ? 'h3' : 'h5';
  return (
    <section>
      <Heading className="mb-2 font-semibold">
        {t.details.sources} ({count})
      </Heading>
      <div className="space-y-4">
        {groups.map((g) => (
          <section
            key={g.language}
            aria-label={`${t.evidence.byArticle}: ${g.languageName}`}
            data-testid="source-language"
          >
            <Sub className="mb-1 text-xs font-semibold uppercase tracking-wide text-ink-soft">{g.languageName}</Sub>
            <div className="space-y-3">
              {g.articles.map((a) => (
                <div
                  key={a.articleId}
                  className="rounded border border-ink/10 bg-paper p-3"
                  data-testid="source-article"
                >
                  <p className="text-xs text-ink-soft">
                    {fill(t.details.from, { title: a.articleTitle, date: a.articleDate })}
                  </p>
                  <ol className="mt-2 space-y-3">
                    {a.sources.map((s) => (
                      <li key={`${s.start}-${s.end}`} data-testid="source">
                        {/* The evidence stays in its own language, and says which one. */}
                        <p className="text-xs text-ink-soft" data-testid="quote-language">
                          {s.languageLabel}
                        </p>
                        <blockquote className="border-l-2 border-ink/20 pl-2 text-sm leading-relaxed" lang={s.language}>
                          {s.quote}
                        </blockquote>
                        <WhyDate source={s} t={t} />
                        <WhyJoined source={s} t={t} />
                        <Link
                          className="mt-1 inline-block text-sm font-medium text-accent underline"
                          href={localHref(
                            `/articles/${encodeURIComponent(s.articleId)}#m-${s.start}-${s.end}`,
                            t.locale,
                          )}
                        >
                          {t.details.openInArticle}
                        </Link>
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}
