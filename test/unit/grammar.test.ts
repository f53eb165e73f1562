// The TextMate grammar of the Report language (syntaxes/report.tmLanguage.json), tokenized the
// way VS Code does it (vscode-textmate with the Oniguruma engine): the scopes a reader sees on a
// heading, a figure with its unit, a percentage and a 百分点 change.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = join(__dirname, '..', '..', '..');
let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.report') return null;
      const path = join(ROOT, 'syntaxes', 'report.tmLanguage.json');
      return parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const loaded = await registry.loadGrammar('text.report');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** The scopes (innermost last, without the root) of the first token covering `part` on `line`. */
function scopesOf(line: string, part: string): string[] {
  const at = line.indexOf(part);
  assert.ok(at >= 0, `${part} in ${line}`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token);
  return token.scopes.filter((s) => s !== 'text.report');
}

test('a part heading: the number marks the heading, the title is a section name', () => {
  const line = '一、2023年国民经济和社会发展计划执行情况';
  assert.deepEqual(scopesOf(line, '一、'), ['markup.heading.1.report', 'punctuation.definition.heading.part.report']);
  assert.deepEqual(scopesOf(line, '国民经济'), ['markup.heading.1.report', 'entity.name.section.report']);
  assert.deepEqual(scopesOf('（二）扎实推进乡村振兴', '（二）'), ['markup.heading.2.report', 'punctuation.definition.heading.chapter.report']);
});

test('a figure: the number and its unit', () => {
  const line = '全年地区生产总值达到231.7亿元，比上年增长2.3%。';
  const figure = scopesOf(line, '231.7');
  assert.ok(figure.includes('constant.numeric.report'), figure.join(' '));
  assert.ok(scopesOf(line, '亿元').includes('keyword.other.unit.report'), scopesOf(line, '亿元').join(' '));
  assert.deepEqual(scopesOf(line, '全年'), [], 'plain words have no scope');
});

test('a percentage and a 百分点 change are told apart', () => {
  const line = '城镇调查失业率为5.1%，比上年下降0.4个百分点。';
  assert.ok(scopesOf(line, '5.1').includes('meta.figure.percentage.report'), scopesOf(line, '5.1').join(' '));
  const points = scopesOf(line, '0.4');
  assert.ok(points.includes('meta.figure.percentage-points.report'), points.join(' '));
  assert.ok(!points.includes('meta.figure.percentage.report'));
});

test('a sentence is no heading, even when it starts with a year', () => {
  assert.ok(!scopesOf('2023年全市经济运行稳中有进。', '全市').some((s) => s.startsWith('markup.heading')));
});
