// Test fixtures: the corpus reports copied into test/fixtures/ (read from the source tree, so
// the compiled tests in out/ find them too).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export const CORPUS = ['000_4030585dcbde8695.txt', '001_d0fe4f7f7cc8ad9c.txt', '003_7e2e0f9dafc359a0.txt'];
