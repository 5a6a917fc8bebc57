import type { EventGrammar } from '../events/grammar';
import type { Language, Script } from '../model';
import type { TimeLanguage } from '../time/parser';

/**
 * A text respelt into the spelling a plug-in's grammars read (Kazakh in its 2018 or 2017 Latin alphabet → the 2021
 * one), with the way back: every offset found in `text` maps to the original's, so that what the app quotes is
 * exactly what the article says.
 */
export interface Respelling {
  /** Which spelling the original was in (`kk-Latn-2018`), for a reader of the analysis. */
  variant: string;
  text: string;
  /** An offset into `text` → the offset into the original (a span's end maps to the end of its last letter). */
  toOriginal(offset: number): number;
  /** An offset into the original (at a letter's start) → the offset into `text`. */
  fromOriginal(offset: number): number;
}

/**
 * Everything one language brings, in its folder `lib/lang/<code>/`, registered by one line in registry.ts: the way
 * chrono-node has one configuration per locale and compromise one plug-in per language. The engines (lib/time,
 * lib/events) know no language; they get these grammars from the pipeline.
 */
export interface LanguagePlugin {
  code: Language;
  /** The scripts it is read in, the usual one first. */
  scripts: readonly Script[];
  /**
   * How strongly a sample written in `script` (`letters` letters of it) reads as this language: 1 or more claims it,
   * and the strongest claim wins. Letters only this language uses, or its function words.
   */
  detect(sample: string, script: Script, letters: number): number;
  /** The scripts for which this is the language when no plug-in claims a sample (Russian in Cyrillic, English in Latin). */
  fallbackFor?: readonly Script[];
  /** The temporal grammar for a script (lib/time reads it). */
  timeLanguage(script: Script): TimeLanguage;
  /** The event grammar for a script (lib/events reads it). */
  eventGrammar(script: Script): EventGrammar;
  /** A spelling of `script` other than the one the grammars read, respelt for them; null when the text is already in it. */
  respell?(text: string, script: Script): Respelling | null;
}
