// The one list of checks, in the order of GUIDE §6. Adding a check = its file + one line here.

import type { Check } from './check';
import { duplicateSentence } from './duplicate-sentence';
import { growthMismatch } from './growth-mismatch';
import { valueMismatch } from './value-mismatch';
import { sumMismatch } from './sum-mismatch';
import { shareMismatch } from './share-mismatch';
import { ratioSum } from './ratio-sum';
import { boundViolation } from './bound-violation';
import { countMismatch } from './count-mismatch';
import { headingSequence } from './heading-sequence';
import { danglingReference } from './dangling-reference';
import { magnitudeSuspect } from './magnitude-suspect';
import { numberStyle } from './number-style';
import { malformedNumber } from './malformed-number';

export const CHECKS: readonly Check[] = [
  duplicateSentence,
  growthMismatch,
  valueMismatch,
  sumMismatch,
  shareMismatch,
  ratioSum,
  boundViolation,
  countMismatch,
  headingSequence,
  danglingReference,
  magnitudeSuspect,
  numberStyle,
  malformedNumber,
];
