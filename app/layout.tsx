import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getDictionary } from './_i18n/dictionary';
import { requestLocale } from './_lib/view/locale';
import { publicOrigin } from './_lib/security/origin';
import { requestNonce } from './_lib/security/nonce';
import './globals.css';

/** A constant string, no data: marks the document as scripted. */
const MARK_JS = "document.documentElement.classList.add('js')";

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await requestLocale());
  return {
    title: { default: t.app.name, template: `%s · ${t.app.name}` },
    description: t.app.tagline,
    // Absolute URLs for canonical links and preview images (JYLNAMA_PUBLIC_URL behind a proxy).
    metadataBase: new URL(await publicOrigin()),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  // The page's Content-Security-Policy (proxy.ts) allows inline script only with this request's nonce.
  const nonce = await requestNonce();
  return (
    // The class `js` is added by the inline script before the body paints, so `.js-only` / `.no-js-only` (see
    // globals.css) show the right things with and without JavaScript; React must not "fix" that class back.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MARK_JS }} />
      </head>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
