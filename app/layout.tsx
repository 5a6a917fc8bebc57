import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getDictionary } from './_i18n/dictionary';
import { requestLocale } from './_lib/locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await requestLocale());
  return {
    title: { default: t.app.name, template: `%s · ${t.app.name}` },
    description: t.app.tagline,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <head>
        {/* Without JavaScript, hide what only works with it (the timeline canvas); the event list remains. */}
        <noscript>
          <style>{'.js-only{display:none!important}'}</style>
        </noscript>
      </head>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
