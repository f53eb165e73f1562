// The settings contribution documents every diagnostic code (GUIDE §6 plus number-style):
// a `reportLens.checks.<code>` setting with the five severities, the check's default, and a
// description with an example in English and Chinese.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS, CROSS_REPORT_CHECKS } from '../../server/src/analysis';
import { CONTRACT_CODES } from '../contract';

const ROOT = join(__dirname, '..', '..', '..');
const CODES = CONTRACT_CODES;

interface SettingSchema {
  enum?: string[];
  default?: string;
  markdownDescription?: string;
  description?: string;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as T;
}

test('every code has a reportLens.checks.<code> setting with an example in both languages', () => {
  const manifest = readJson<{ contributes: { configuration: { properties: Record<string, SettingSchema> } } }>('package.json');
  const en = readJson<Record<string, string>>('package.nls.json');
  const zh = readJson<Record<string, string>>('package.nls.zh-cn.json');
  const properties = manifest.contributes.configuration.properties;
  for (const code of [...CODES, ...CHECKS.map((c) => c.code), ...CROSS_REPORT_CHECKS.map((c) => c.code)]) {
    const setting = properties[`reportLens.checks.${code}`];
    assert.ok(setting, `reportLens.checks.${code} is contributed`);
    assert.deepEqual(setting.enum, ['off', 'hint', 'info', 'warning', 'error'], code);
    const key = /^%(.+)%$/.exec(setting.markdownDescription ?? setting.description ?? '')?.[1];
    assert.ok(key, `${code}: a localized description`);
    assert.match(en[key] ?? '', /Example/, `${code}: English description with an example`);
    assert.match(zh[key] ?? '', /例/, `${code}: Chinese description with an example`);
    assert.match(en[key] ?? '', /\.reportlens\.json/, `${code}: says how it combines with .reportlens.json`);
    const check = CHECKS.find((c) => c.code === code) ?? CROSS_REPORT_CHECKS.find((c) => c.code === code);
    if (check) assert.equal(setting.default, check.defaultSeverity, `${code}: the documented default is the check's`);
  }
});
