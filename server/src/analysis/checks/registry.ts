// The one list of checks. Adding a check = adding its file and one line here.

import type { Check } from './check';
import { duplicateSentence } from './duplicate-sentence';
import { growthMismatch } from './growth-mismatch';

export const CHECKS: readonly Check[] = [duplicateSentence, growthMismatch];

export function checkByCode(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}
