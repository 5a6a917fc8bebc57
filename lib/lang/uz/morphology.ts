/**
 * What follows a name in Uzbek: a hyphen-less case ending (`Toshkentga`, `Toshkentda`, `Toshkentdan`, `Toqayevning`,
 * `Mirziyoyev bilan`), possibly after the possessive `-i` of a title. For the gazetteer (lib/lang/gazetteer).
 */
export const UZ_SUFFIXES = '(?:ga|ka|qa|da|ta|dan|tan|ning|ni|dagi|lik|liklar|i)?';
