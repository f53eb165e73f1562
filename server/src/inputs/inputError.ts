// Why an input could not be read, in words that say what to do instead. Thrown by the readers
// (which live in separate, lazily loaded bundles, so it is recognised by shape, not class).

import type { Msg } from '../analysis/types';

export type InputProblem = 'legacy-doc' | 'encrypted' | 'broken' | 'scanned' | 'not-text' | 'bad-encoding' | 'rtf';

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly detail: Msg,
  ) {
    super(detail.en);
    this.name = 'InputError';
  }
}

export function isInputError(error: unknown): error is InputError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'InputError' &&
    typeof (error as { problem?: unknown }).problem === 'string' &&
    typeof (error as { detail?: unknown }).detail === 'object'
  );
}
