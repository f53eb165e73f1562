// One computation per analysed model: the relation stages that several checks read (partitions,
// sums, shares, the sentence index) are computed on first use and kept as long as the model lives.
// A WeakMap, so a model that is dropped takes its relations with it.

import type { Model } from '../checks/check';

/** `compute`, called at most once per model. */
export function perModel<R>(compute: (model: Model) => R): (model: Model) => R {
  const memo = new WeakMap<Model, R>();
  return (model) => {
    if (memo.has(model)) return memo.get(model) as R;
    const value = compute(model);
    memo.set(model, value);
    return value;
  };
}
