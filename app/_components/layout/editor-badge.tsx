import Link from 'next/link';
import type { Dictionary } from '@/app/_i18n/types';
import { fill } from '@/app/_i18n/dictionary';
import { currentEditor } from '@/app/_lib/editors/session';
import { localHref } from '@/app/_lib/view/locale';
import { signOutAction } from '@/app/_actions/editor-session';

/** In the header: the signed-in editor with the review queue and sign-out; for everyone else, a quiet way in. */
export async function EditorBadge({ t, path }: { t: Dictionary; path: string }) {
  const editor = await currentEditor();
  if (!editor) {
    return (
      <Link
        href={localHref('/sign-in', t.locale, { next: path })}
        className="text-sm text-ink-soft underline-offset-4 hover:underline"
      >
        {t.editing.signIn}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="editor-badge">
      <span className="font-medium">{fill(t.editing.signedInAs, { name: editor.editor })}</span>
      <Link href={localHref('/review', t.locale)} className="text-accent underline">
        {t.editing.reviewLink}
      </Link>
      <Link href={localHref('/add', t.locale)} className="text-accent underline">
        {t.editing.addLink}
      </Link>
      <form action={signOutAction}>
        <input type="hidden" name="next" value={path} />
        <button type="submit" className="text-accent underline">
          {t.editing.signOut}
        </button>
      </form>
    </div>
  );
}
