// The one list of checks. Adding a check = adding its file and one line here.

import type { Check } from './check';

export const CHECKS: readonly Check[] = [];

export function checkByCode(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}
