// The client's configuration middleware sends only the check severities a user set, so that
// `.reportlens.json` can apply where no editor setting was made (README "Silencing a finding").

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explicitValues, replaceChecks, type InspectedSetting } from '../../client/src/explicitChecks';

const DECLARED = { 'duplicate-sentence': 'warning', 'growth-mismatch': 'error', 'number-style': 'hint', 'sum-mismatch': 'error' };

test('only values set in user, workspace or folder settings are sent; the innermost scope wins', () => {
  const inspected: Record<string, InspectedSetting> = {
    'duplicate-sentence': {}, // default only: left to .reportlens.json
    'growth-mismatch': { globalValue: 'warning' },
    'number-style': { globalValue: 'off', workspaceValue: 'info', workspaceFolderValue: 'error' },
    'sum-mismatch': { globalValue: 42 }, // not a severity
  };
  assert.deepEqual(explicitValues(DECLARED, (code) => inspected[code]), { 'growth-mismatch': 'warning', 'number-style': 'error' });
});

test('no checks object: nothing explicit', () => {
  assert.deepEqual(explicitValues(undefined, () => ({ globalValue: 'off' })), {});
  assert.deepEqual(explicitValues(['a'], () => ({ globalValue: 'off' })), {});
});

test('the answer to a reportLens request has its checks replaced per scope; other sections pass unchanged', () => {
  const params = { items: [{ section: 'reportLens', scopeUri: 'file:///w/a.txt' }, { section: 'editor' }, { section: 'reportLens' }] };
  const answers = [{ enable: 'auto', checks: DECLARED }, { tabSize: 4 }, { enable: 'always', checks: DECLARED }];
  const scopes: (string | undefined)[] = [];
  const result = replaceChecks(params, answers, (scope): Record<string, string> => {
    scopes.push(scope);
    return scope ? { 'number-style': 'off' } : {};
  });
  assert.deepEqual(result, [{ enable: 'auto', checks: { 'number-style': 'off' } }, { tabSize: 4 }, { enable: 'always', checks: {} }]);
  assert.deepEqual(scopes, ['file:///w/a.txt', undefined]);
});
