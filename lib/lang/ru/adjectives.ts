import { forms } from './pattern';

/** Adjective endings in every gender, number and case. */
const HARD = ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми'];
// After ж, ш, щ, ч: `текущий, текущая, текущую`; after a soft н: `нынешний, нынешняя, нынешнюю`.
const HUSHING = ['ий', 'его', 'ему', 'им', 'ем', 'ая', 'ей', 'ую', 'ее', 'ие', 'их', 'ими'];
const SOFT = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее', 'ие', 'их', 'ими'];

/**
 * Every form of an adjective from its stem: `adjective('прошл')` → прошлый, прошлого, прошлой, прошлую, …; soft
 * stems (`нынешн`, `последн`) say so, since a stem in -н may be either (`очередной` is hard).
 */
export function adjective(stem: string, soft = false): string[] {
  if (soft) return forms(stem, SOFT);
  if (/[жшщч]$/.test(stem)) return forms(stem, HUSHING);
  return forms(stem, HARD);
}
