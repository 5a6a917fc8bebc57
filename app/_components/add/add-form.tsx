'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { addArticles, type AddState } from '@/app/_actions/add-articles';
import type { Dictionary, UiLocale } from '@/app/_i18n/types';
import type { AddItem } from '@/app/_lib/ingest/add-request';

// The server's answer for each article; a type-only import, so nothing of the server module reaches the browser.
type Item = AddItem;

const fill = (s: string, message: string) => s.replace('{message}', message);

/**
 * The Add page's form. It posts to the page's own server action (`method="post"`), so that it works without
 * JavaScript, or before the script has loaded, and the token is never in a URL; with JavaScript the page is not
 * reloaded. Which button was pressed (`mode`: preview or save) goes with the form.
 */
export function AddForm({ labels: t, locale }: { labels: Dictionary['add']; locale: UiLocale }) {
  const [state, formAction, busy] = useActionState<AddState, FormData>(addArticles, { items: null, error: null });
  const items = state.items;
  const error = state.error ? fill(t.failed, state.error) : null;

  // With JavaScript the action is called here rather than by React's form handling, which would empty the form
  // (token and text) after each answer: an editor previews, then saves the same text.
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(e.currentTarget, submitter);
    startTransition(() => formAction(form));
  }

  const statusText = (s: Item['status']) =>
    ({ preview: t.previewOnly, added: t.added, skipped: t.skipped, rejected: t.rejected })[s];

  return (
    <div className="space-y-6">
      <form
        action={formAction}
        onSubmit={submit}
        method="post"
        className="space-y-4 rounded-lg border border-ink/10 bg-white p-4"
        data-testid="add-form"
      >
        <input type="hidden" name="lang" value={locale} />
        <label className="block">
          <span className="font-medium">{t.token}</span>
          <input
            name="token"
            type="password"
            required
            autoComplete="off"
            className="mt-1 block w-full rounded border border-ink/20 p-2"
            aria-describedby="token-help"
          />
          <span id="token-help" className="text-sm text-ink-soft">
            {t.tokenHelp}
          </span>
        </label>
        <label className="block">
          <span className="font-medium">{t.text}</span>
          <textarea
            name="text"
            rows={10}
            className="mt-1 block w-full rounded border border-ink/20 p-2 font-mono text-sm"
            aria-describedby="text-help"
          />
          <span id="text-help" className="text-sm text-ink-soft">
            {t.textHelp}
          </span>
        </label>
        <label className="block">
          <span className="font-medium">{t.files}</span>
          <input name="file" type="file" multiple accept=".txt,text/plain" className="mt-1 block" />
        </label>
        <label className="block">
          <span className="font-medium">{t.date}</span>
          <input
            name="date"
            type="date"
            className="mt-1 block rounded border border-ink/20 p-2"
            aria-describedby="date-help"
          />
          <span id="date-help" className="text-sm text-ink-soft">
            {t.dateHelp}
          </span>
        </label>
        <div className="flex gap-3">
          <button
            type="submit"
            name="mode"
            value="preview"
            disabled={busy}
            className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50"
          >
            {t.preview}
          </button>
          <button
            type="submit"
            name="mode"
            value="save"
            disabled={busy}
            className="rounded border border-accent px-4 py-2 font-medium text-accent disabled:opacity-50"
          >
            {t.save}
          </button>
          {busy && <span role="status">{t.working}</span>}
        </div>
      </form>
      {error && (
        <p role="alert" className="rounded-lg border-2 border-red-300 bg-red-50 p-4">
          {error}
        </p>
      )}
      {items && (
        <section aria-labelledby="add-results" data-testid="add-results" className="space-y-4">
          <h2 id="add-results" className="text-xl font-bold">
            {t.results}
          </h2>
          {items.map((item, i) => (
            <article key={i} className="rounded-lg border border-ink/10 bg-white p-4" data-status={item.status}>
              <h3 className="font-bold">{item.title ?? item.source}</h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt>{t.status}</dt>
                <dd data-testid="add-status">
                  {statusText(item.status)}
                  {item.reason ? `: ${item.reason}` : ''}
                </dd>
                {item.fileName && (
                  <>
                    <dt>{t.savedAs}</dt>
                    <dd className="font-mono text-xs">{item.fileName}</dd>
                  </>
                )}
                {item.encoding && (
                  <>
                    <dt>{t.encoding}</dt>
                    <dd>{item.encoding}</dd>
                  </>
                )}
                {item.notes && item.notes.length > 0 && (
                  <>
                    <dt>{t.notes}</dt>
                    <dd>{item.notes.join('; ')}</dd>
                  </>
                )}
              </dl>
              {item.events && (
                <>
                  <h4 className="mt-2 font-medium">{t.events}</h4>
                  {item.events.length === 0 ? (
                    <p className="text-sm text-ink-soft">{t.noEvents}</p>
                  ) : (
                    <ul className="list-disc pl-5 text-sm">
                      {item.events.map((ev) => (
                        <li key={ev.id}>
                          <strong>{ev.title}</strong> —{' '}
                          {ev.start
                            ? ev.end && ev.end !== ev.start
                              ? `${ev.start} – ${ev.end}`
                              : ev.start
                            : t.undated}
                          {ev.sources[0] && (
                            <blockquote className="border-l-2 border-ink/20 pl-2 text-ink-soft">
                              {ev.sources[0].quote}
                            </blockquote>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
