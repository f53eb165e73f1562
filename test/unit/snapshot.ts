// Snapshot files: the findings of a report written as text, committed under test/snapshots/, so
// that any change of behaviour shows as a reviewed diff. A mismatch fails with a line diff;
// `UPDATE_SNAPSHOTS=1 npm test` (or `UPDATE_SNAPSHOTS=1 node --test out/test/unit/snapshots.test.js`)
// rewrites the files, and `git diff test/snapshots` is then the review.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Analysis, Span } from '../../server/src/analysis/types';
import { LineIndex } from '../../server/src/shared/lineIndex';

export const SNAPSHOTS = join(__dirname, '..', '..', '..', 'test', 'snapshots');
const UPDATING = process.env.UPDATE_SNAPSHOTS === '1';

/** Findings as stable text: `line:col-line:col  severity  code` then the message and related, 1-based. */
export function findingsText(analysis: Analysis): string {
  const index = new LineIndex(analysis.text);
  const at = (span: Span): string => {
    const r = index.rangeOf(span);
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  };
  const lines: string[] = [];
  for (const f of analysis.findings) {
    lines.push(`${at(f.span)}  ${f.severity}  ${f.code}`, `  zh: ${f.message.zh}`, `  en: ${f.message.en}`);
    for (const r of f.related) lines.push(`  related ${at(r.span)}: ${r.message.en}`);
  }
  if (lines.length === 0) lines.push('(no findings)');
  return lines.join('\n') + '\n';
}

/** A readable line diff (longest common subsequence): `-` expected, `+` actual, with line numbers. */
export function lineDiff(expected: string, actual: string, maxLines = 60): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    // Rows i and i + 1 exist (a.length + 1 rows), and every j + 1 ≤ b.length is inside them.
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i] === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+ ${j + 1}: ${b[j++]}`);
    } else {
      out.push(`- ${i + 1}: ${a[i++]}`);
    }
  }
  return out.length > maxLines ? [...out.slice(0, maxLines), `… ${out.length - maxLines} more changed lines`].join('\n') : out.join('\n');
}

/** Compares `actual` with the committed snapshot `name` (a path under test/snapshots/). */
export function matchSnapshot(name: string, actual: string): void {
  const path = join(SNAPSHOTS, name);
  if (UPDATING) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    return;
  }
  assert.ok(existsSync(path), `no snapshot test/snapshots/${name}: run with UPDATE_SNAPSHOTS=1 and review the new file`);
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) {
    assert.fail(
      `findings differ from test/snapshots/${name} (- snapshot, + now).\n` +
        `If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and commit the reviewed diff.\n${lineDiff(expected, actual)}`,
    );
  }
}
