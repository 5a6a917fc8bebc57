/** English: a name takes only a possessive or a plural. */
export const EN_SUFFIXES = "(?:['’]s|s)?";
