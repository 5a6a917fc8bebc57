/** Russian noun and surname endings, enough to find an inflected name: Токаев, Токаева, Токаеву, Токаевым, Ташкенте. */
export const RU_SUFFIXES = '(?:ом|ем|ой|ей|ым|им|ого|его|ому|ему|ах|ях|ами|ями|ии|ию|ией|ия|а|я|у|ю|е|ы|и)?';
