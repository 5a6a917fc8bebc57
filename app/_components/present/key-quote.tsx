import type { SourceView } from '@/app/_lib/event/event-details';

/** Quotation marks of the sentence's own language: «…» in Kazakh and Russian, “…” in English. */
function marks(language: string): [string, string] {
  return language === 'en' ? ['“', '”'] : ['«', '»'];
}

/**
 * The sentence that gives the event its date, quoted in its own language (as text, never as markup), with its
 * article and date.
 */
export function KeyQuote({
  source,
  label,
  className = '',
  inline = false,
}: {
  source: SourceView;
  label: string;
  className?: string;
  /** The source on the same line as the sentence (the handout's compact form). */
  inline?: boolean;
}) {
  const [open, close] = marks(source.language);
  return (
    <figure className={`border-l-4 pl-4 ${className}`} data-testid="key-quote" aria-label={label}>
      <blockquote lang={source.language} className={`italic leading-relaxed ${inline ? 'inline' : ''}`}>
        <p className={inline ? 'inline' : undefined}>
          {open}
          {source.quote}
          {close}
        </p>
      </blockquote>
      <figcaption className={inline ? 'ml-1 inline not-italic opacity-80' : 'mt-2 not-italic opacity-80'}>
        — <cite className="not-italic">{source.articleTitle}</cite>, {source.articleDate}
      </figcaption>
    </figure>
  );
}
