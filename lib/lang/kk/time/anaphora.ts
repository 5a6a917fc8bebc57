import { anaphor as a, type Anaphor } from '../../../time/anaphora';

/** `Сол күні`, `келесі күні`: days named by the date the text has just given (lib/time/anaphora.ts), per script. */
export const KK_ANAPHORA: readonly Anaphor[] = [
  { ...a('сол\\s+кезде|сол\\s+жолы|сол\\s+сапарда', 0), any: true },
  a('(?:дәл\\s+)?сол\\s+күн(?:і|нің|де)(?:\\s+(?:кешке|кешкісін|таңертең))?|сол\\s+кеште', 0),
  a('келесі\\s+күні|ертесіне|ертесі\\s+күні|ертеңінде', 1),
  a('бір\\s+күн\\s+бұрын', -1),
];
export const KK_LATN_ANAPHORA: readonly Anaphor[] = [
  { ...a('sol\\s+kezde|sol\\s+joly|sol\\s+saparda', 0), any: true },
  a('(?:däl\\s+)?sol\\s+kün(?:ı|nıñ|de)(?:\\s+(?:keşke|keşkısın|tañerteñ))?|sol\\s+keşte', 0),
  a('kelesı\\s+künı|ertesıne|ertesı\\s+künı|erteñınde', 1),
  a('bır\\s+kün\\s+būryn', -1),
];
