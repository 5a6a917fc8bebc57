'use server';

import { redirect } from 'next/navigation';
import { isUiLocale } from '@/app/_i18n/dictionary';
import { corpusStore } from '@/app/_lib/corpus';
import { makeCorrection } from '@/app/_lib/corrections/correction-request';
import { csrfMatches, currentEditor } from '@/app/_lib/editors/session';
import { localHref } from '@/app/_lib/view/locale';

/** What the event page's forms send, as the API's JSON: one shape for both (correction-request.ts). */
function bodyOf(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const body: Record<string, unknown> = { op: text('op'), reason: text('reason').trim() };
  if (form.has('base')) body.base = text('base') || null;
  if (body.op === 'revert') body.correction = text('correction');
  if (body.op === 'merge') body.with = text('with').trim();
  if (body.op === 'split' || body.op === 'attach') {
    // `articleId|start|end`: an article id may hold anything but the bar, which is split from the right.
    const parts = text('source').split('|');
    const end = Number(parts.pop());
    const start = Number(parts.pop());
    body.source = { articleId: parts.join('|'), start, end };
  }
  if (body.op === 'set') {
    const field = text('field');
    const value = text('value').trim();
    body.field = field;
    if (field === 'participants') body.value = value.split(/\s*[,;]\s*/).filter((v) => v !== '');
    else if (field === 'place') body.value = value === '' ? null : value;
    // A title typed on the page is the title in the page's language; the others stay as they are.
    else if (field === 'title') body.value = { [text('titleLocale') || 'en']: value };
    else body.value = value;
  }
  return body;
}

/**
 * The event page's correction forms (and the history's revert buttons): a signed-in editor, the session's CSRF
 * token, then the same checks and write as the API. Works without JavaScript: a POST, then a redirect back.
 */
export async function correctEvent(form: FormData): Promise<void> {
  const lang = form.get('lang');
  const locale = isUiLocale(lang) ? lang : 'kk';
  const eventId = String(form.get('eventId') ?? '');
  const back =
    String(form.get('back') ?? '') === 'history'
      ? `/events/${encodeURIComponent(eventId)}/history`
      : `/events/${encodeURIComponent(eventId)}`;
  const session = await currentEditor();
  if (!session) redirect(localHref('/sign-in', locale, { next: back }));
  if (!csrfMatches(session, form.get('csrf')))
    redirect(
      localHref(back, locale, {
        error:
          'This form is out of date (its security token does not match your session): reload the page and try again.',
      }),
    );
  const made = await makeCorrection(corpusStore(), eventId, bodyOf(form), session.editor);
  if (!made.ok) redirect(localHref(`${back}#correct`, locale, { error: made.error }));
  // A hidden event's page says it was hidden (and by whom); anything else shows the event as it now stands.
  redirect(
    localHref(made.eventId === eventId ? `${back}#correct` : `/events/${encodeURIComponent(made.eventId)}`, locale, {
      saved: made.id,
    }),
  );
}
