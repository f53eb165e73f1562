// Snapshots of behaviour: the findings (code, range, messages, related locations) of every
// corpus fixture and every probe report, compared with the committed files under
// test/snapshots/findings/. Any change of behaviour fails with a line diff; an intended change
// is recorded with UPDATE_SNAPSHOTS=1 and reviewed as a diff of those files.

import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { FIXTURES, readFixture } from './fixtures';
import { manifest, readProbe, variantSource } from './probeSources';
import { findingsText, matchSnapshot } from './snapshot';

// Every corpus report in test/fixtures/ (`NNN_*.txt`), so that a new one gets its snapshot.
const REPORTS = readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();

for (const name of REPORTS) {
  test(`findings of fixture ${name}`, () => matchSnapshot(`findings/${name}.snap`, findingsText(analyze(readFixture(name)))));
}

for (const name of manifest.consistent) {
  test(`findings of consistent probe ${name}`, () => matchSnapshot(`findings/probes/${name}.snap`, findingsText(analyze(readProbe('consistent', name)))));
}

for (const v of manifest.variants) {
  test(`findings of probe variant ${v.id}`, () => matchSnapshot(`findings/probes/${v.id}.snap`, findingsText(analyze(variantSource(v).text))));
}
