// Picks the user's language: Chinese when the client's display language starts with "zh".
// Every user-facing string of the engine is bilingual (Msg); the front ends only choose.

import type { Msg } from '../analysis/types';

export type Lang = 'zh' | 'en';

export function langFromLocale(locale: string | undefined): Lang {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function pick(message: Msg, lang: Lang): string {
  return lang === 'zh' ? message.zh : message.en;
}

/** A bilingual literal for messages the glue itself produces. */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}
