import assert from 'node:assert/strict';

/**
 * `xs[i]` for tests under `noUncheckedIndexedAccess`: a missing element fails the test with an assertion
 * naming the index, where the bare read would have failed later with a TypeError.
 */
export function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  assert.ok(x !== undefined, `expected an element at index ${i}, the array has ${xs.length}`);
  return x;
}
