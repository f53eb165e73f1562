// The diagnostic codes of the contract (GUIDE §6 plus number-style), written out by hand so that
// tests check the implementation against the contract rather than against itself.

export const CONTRACT_CODES: readonly string[] = [
  'duplicate-sentence',
  'growth-mismatch',
  'value-mismatch',
  'sum-mismatch',
  'share-mismatch',
  'ratio-sum',
  'bound-violation',
  'count-mismatch',
  'heading-sequence',
  'dangling-reference',
  'magnitude-suspect',
  'number-style',
  'malformed-number',
];
