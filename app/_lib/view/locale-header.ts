/** Request header through which proxy.ts hands the `?lang=` of the URL to layouts, which cannot read search params. */
export const LOCALE_HEADER = 'x-jylnama-locale';
