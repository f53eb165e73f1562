// A bounded memo for the pure text functions of the pipeline (a paragraph's figures, a sentence's
// period cues, the indicator phrase before a figure). In an editor the document is re-analysed on
// every pause of typing and almost all of its paragraphs and sentences are unchanged, so their
// readings are asked again with equal text: the memo answers those without the regex work.
//
// Two generations keep it bounded without bookkeeping per entry: entries go into `young`; when it
// is full, it becomes `old` and the previous `old` is dropped. A hit in `old` is moved back into
// `young`, so what the current document still asks for survives every turn-over.
//
// Memoized results are shared between analyses: callers must treat them as read-only.

/** Entries per generation: well above the sentences and paragraphs of a long report. */
const DEFAULT_LIMIT = 8192;

/** Every memo's reset, for `forgetMemos`. */
const resets: (() => void)[] = [];

/**
 * Empties every memo. For the benchmark, which reports the analysis of a text the memos have not
 * seen (an edit of every sentence) beside the re-analysis of an unchanged one.
 */
export function forgetMemos(): void {
  for (const reset of resets) reset();
}

/** Stands for an `undefined` result in a memo's maps, so that a hit needs one lookup, not `get` then `has`. */
const UNDEFINED: unique symbol = Symbol('undefined');

export function memoOfText<R>(fn: (text: string) => R, limit = DEFAULT_LIMIT): (text: string) => R {
  let young = new Map<string, R | typeof UNDEFINED>();
  let old = new Map<string, R | typeof UNDEFINED>();
  resets.push(() => {
    young = new Map();
    old = new Map();
  });
  return (text: string): R => {
    const hit = young.get(text);
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as R) : hit;
    let stored = old.get(text);
    if (stored === undefined) {
      const value = fn(text);
      stored = value === undefined ? UNDEFINED : value;
    }
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(text, stored);
    return stored === UNDEFINED ? (undefined as R) : stored;
  };
}

/**
 * The one string object kept for a text: a re-analysis slices its sentences and paragraphs anew,
 * and every memo lookup with a fresh copy hashes it and compares it character by character with
 * the stored key. Interned once per analysis, a sentence's later lookups (a dozen memos read it)
 * find their key by identity, its hash already cached on the object.
 */
export const internText: (text: string) => string = memoOfText((text) => text);

/**
 * A bounded store for results keyed by a string the caller builds (the same two generations as `memoOfText`), for a
 * result that needs more than the key to compute: the caller computes on a miss and stores it. Emptied by
 * `forgetMemos` too.
 */
export interface MemoStore<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function memoStore<V>(limit = DEFAULT_LIMIT): MemoStore<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  resets.push(() => {
    young = new Map();
    old = new Map();
  });
  const put = (key: string, value: V): void => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return {
    get(key: string): V | undefined {
      const hit = young.get(key);
      if (hit !== undefined) return hit;
      const stored = old.get(key);
      if (stored !== undefined) put(key, stored);
      return stored;
    },
    set: put,
  };
}
