// The one list of checks. Adding a check = adding its file and one line here.

import type { Check } from './check';
import { duplicateSentence } from './duplicate-sentence';
import { growthMismatch } from './growth-mismatch';
import { boundViolation } from './bound-violation';
import { sumMismatch } from './sum-mismatch';
import { headingSequence } from './heading-sequence';
import { numberStyle } from './number-style';
import { danglingReference } from './dangling-reference';
import { valueMismatch } from './value-mismatch';
import { shareMismatch } from './share-mismatch';
import { countMismatch } from './count-mismatch';
import { ratioSum } from './ratio-sum';
import { magnitudeSuspect } from './magnitude-suspect';

export const CHECKS: readonly Check[] = [duplicateSentence, growthMismatch, boundViolation, sumMismatch, headingSequence, numberStyle, danglingReference, valueMismatch, shareMismatch, countMismatch, ratioSum, magnitudeSuspect];

export function checkByCode(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}
