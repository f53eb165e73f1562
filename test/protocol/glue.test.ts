// The editor glue on hand-made analyses: offset/position conversion, findings → diagnostics →
// quick fixes, hover text. Independent of what the engine currently finds.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis/index';
import { parseDecimal } from '../../server/src/analysis/decimal';
import type { Analysis, Claim, Finding, Quantity } from '../../server/src/analysis/types';
import { AnalysisTimeout, WorkerAnalyzer } from '../../server/src/lsp/analysisWorker';
import { CachedAnalysis } from '../../server/src/lsp/cache';
import { diagnosticToCodeActions, findingToDiagnostic } from '../../server/src/lsp/convert';
import { LineIndex } from '../../server/src/shared/lineIndex';
import { looksLikeReport, isReportDocument } from '../../server/src/lsp/detect';
import { hoverAt } from '../../server/src/lsp/hover';
import { parseSettings } from '../../server/src/lsp/settings';
import { at } from '../at';

const URI = 'file:///r.txt';

function quantity(text: string, whole: string, from: number, value: string, unit: string, unitText: string, dimension: Quantity['dimension']): Quantity {
  const start = whole.indexOf(text, from);
  assert.ok(start >= 0);
  const parsed = parseDecimal(value);
  assert.ok(parsed);
  return { span: { start, end: start + text.length }, text, value: parsed, unit, unitText, dimension, paragraph: 0, at: start, length: text.length };
}

function fakeAnalysis(text: string, quantities: Quantity[], claims: Claim[], findings: Finding[] = []): Analysis {
  return { ...analyze(''), text, quantities, claims, findings };
}

const GDP_TEXT = '一、执行情况\r\n实现地区生产总值231.7亿元，同比增长2.3%。\r\n全年地区生产总值231.7亿元。\r\n';

function gdpEntry(): CachedAnalysis {
  const q = [
    quantity('231.7亿元', GDP_TEXT, 0, '23170000000', '元', '亿元', 'money'),
    quantity('2.3%', GDP_TEXT, 0, '2.3', '%', '%', 'percent'),
    quantity('231.7亿元', GDP_TEXT, GDP_TEXT.indexOf('全年'), '23170000000', '元', '亿元', 'money'),
  ];
  const period = { year: 2022, status: 'actual' as const };
  const claims: Claim[] = [
    { quantity: 0, indicator: '地区生产总值', key: 'gdp', period, kind: 'level', sentence: 0 },
    { quantity: 1, indicator: '地区生产总值', key: 'gdp', period, kind: 'growth', direction: 'up', basis: '同比', sentence: 0 },
    { quantity: 2, indicator: '地区生产总值', key: 'gdp', period, kind: 'level', sentence: 1 },
  ];
  return new CachedAnalysis(URI, 3, 0, 'analyzed', fakeAnalysis(GDP_TEXT, q, claims), new LineIndex(GDP_TEXT));
}

describe('conversion', () => {
  test('LineIndex agrees with vscode-languageserver-textdocument on CRLF, CR, LF and astral characters', () => {
    const text = 'a\r\nb\rc\n\n𠀀d\r\n';
    const index = new LineIndex(text);
    const reference = TextDocument.create(URI, 'plaintext', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      // Offsets inside a CRLF pair are not positions; the reference maps them to the line end.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      assert.deepEqual(index.positionAt(offset), reference.positionAt(offset), `offset ${offset}`);
      assert.equal(index.offsetAt(reference.positionAt(offset)), offset);
    }
    assert.deepEqual(index.positionAt(999), reference.positionAt(999));
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
  });

  test('a finding becomes a diagnostic carrying its fixes; fixes are offered only for that version', () => {
    const text = '第一句话重复了很多很多遍的句子内容。\n第一句话重复了很多很多遍的句子内容。\n';
    const second = { start: text.indexOf('\n') + 1, end: text.length - 1 };
    const finding: Finding = {
      code: 'duplicate-sentence',
      severity: 'warning',
      span: second,
      message: { zh: '句子重复', en: 'Repeated sentence' },
      related: [{ span: { start: 0, end: second.start - 1 }, message: { zh: '首次出现', en: 'First occurrence' } }],
      fixes: [{ title: { zh: '删除重复的句子', en: 'Delete the repeated sentence' }, edits: [{ span: second, newText: '' }], preferred: true }],
    };
    const index = new LineIndex(text);
    const zh = findingToDiagnostic(finding, index, URI, 7, 'zh');
    assert.equal(zh.message, '句子重复');
    const diagnostic = findingToDiagnostic(finding, index, URI, 7, 'en');
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } });
    assert.equal(diagnostic.source, 'report-lens');
    assert.equal(diagnostic.code, 'duplicate-sentence');
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.relatedInformation, [
      { location: { uri: URI, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } } }, message: 'First occurrence' },
    ]);
    // The diagnostic travels through JSON (the client echoes it back in codeAction requests).
    const echoed = JSON.parse(JSON.stringify(diagnostic)) as typeof diagnostic;
    const action = at(diagnosticToCodeActions(echoed, { uri: URI, version: 7, supportsDocumentChanges: false }), 0);
    assert.equal(action.title, 'Delete the repeated sentence');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.edit, { changes: { [URI]: [{ range: diagnostic.range, newText: '' }] } });
    assert.deepEqual(diagnosticToCodeActions(echoed, { uri: URI, version: 8, supportsDocumentChanges: true }), []);
    assert.deepEqual(diagnosticToCodeActions({ ...echoed, source: 'other' }, { uri: URI, version: 7, supportsDocumentChanges: true }), []);
  });
});

describe('hover', () => {
  test('a level: exact value, magnitude, claim, implied previous level, other mentions', () => {
    const entry = gdpEntry();
    const hover = hoverAt(entry, GDP_TEXT.indexOf('231.7') + 1, 'en');
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*231\.7亿元\*\* = 23,170,000,000 元 ≈ 2\.317 × 10¹⁰/);
    assert.match(value, /Indicator: \*\*地区生产总值\*\*/);
    assert.match(value, /Period: 2022 actual/);
    assert.match(value, /Kind: level/);
    assert.match(value, /Subject: this report's territory/);
    // 231.7 ÷ 1.023 = 226.49…
    assert.match(value, /≈ \*\*226\.5亿元\*\*/);
    assert.match(value, /\[line 3\]\(file:\/\/\/r\.txt#L3\)/);
    assert.deepEqual(hover.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 15 } });
  });

  test('a growth rate in Chinese; no hover off figures', () => {
    const entry = gdpEntry();
    const hover = hoverAt(entry, GDP_TEXT.indexOf('2.3%'), 'zh');
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /增速/);
    assert.match(value, /比较基准: 同比/);
    // The frame (GUIDE §5): whose figure and at which stage.
    assert.match(value, /主体: 本地区/);
    assert.match(value, /阶段: 实际/);
    assert.match(value, /226\.5亿元/);
    assert.equal(hoverAt(entry, GDP_TEXT.indexOf('执行'), 'zh'), null);
    assert.equal(hoverAt(entry, GDP_TEXT.length + 10, 'zh'), null);
  });

  test('a part of a stated total shows its share of the total (000: 一产 42.9亿元 of GDP 231.7亿元)', () => {
    const text = '一、2022年执行情况\n实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元。\n';
    const entry = new CachedAnalysis(URI, 1, 0, 'analyzed', analyze(text), new LineIndex(text));
    const hover = hoverAt(entry, text.indexOf('42.9'), 'zh');
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    // 42.9 ÷ 231.7 = 18.515…%
    assert.match(value, /占合计 231\.7亿元（第 2 行）的 \*\*18\.5%\*\*/);
    const gdp = hoverAt(entry, text.indexOf('231.7'), 'en');
    assert.ok(gdp);
    assert.doesNotMatch((gdp.contents as { value: string }).value, /of the total/);
  });

  test('a falling indicator divides by (1 − g)', () => {
    const text = '税收收入90亿元，下降10%。';
    const q = [quantity('90亿元', text, 0, '9000000000', '元', '亿元', 'money'), quantity('10%', text, 0, '10', '%', '%', 'percent')];
    const period = { year: 2022, status: 'actual' as const };
    const claims: Claim[] = [
      { quantity: 0, indicator: '税收收入', key: 'tax', period, kind: 'level', sentence: 0 },
      { quantity: 1, indicator: '税收收入', key: 'tax', period, kind: 'growth', direction: 'down', sentence: 0 },
    ];
    const entry = new CachedAnalysis(URI, 1, 0, 'analyzed', fakeAnalysis(text, q, claims), new LineIndex(text));
    const value = (hoverAt(entry, text.indexOf('90'), 'en')?.contents as { value: string }).value;
    assert.match(value, /÷ \(1 − 10%\)/);
    assert.match(value, /≈ \*\*100\.0亿元\*\*|≈ \*\*100亿元\*\*/);
  });
});

describe('settings and report detection', () => {
  test('settings are parsed defensively', () => {
    assert.deepEqual(parseSettings(undefined), { enable: 'auto', checks: {}, debounceMs: 75, maxDocumentSize: 5_000_000 });
    const parsed = parseSettings({
      enable: 'never',
      checks: { 'growth-mismatch': 'off', 'duplicate-sentence': 'loud' },
      'checks.number-style': 'warning',
      debounceMs: -5,
      maxDocumentSize: 'big',
    });
    assert.deepEqual(parsed, { enable: 'never', checks: { 'growth-mismatch': 'off', 'number-style': 'warning' }, debounceMs: 75, maxDocumentSize: 5_000_000 });
  });

  test('a report is recognised from its head; ordinary text is not', () => {
    assert.ok(looksLikeReport('各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。'));
    assert.ok(!looksLikeReport('# README\n\nThis project is a language server. 一、二、三.'));
    assert.ok(!looksLikeReport('今天天气很好，我们去公园散步吧。明天再说。'));
    const report = '一、总体情况。实现地区生产总值231.7亿元，同比增长2.3%，报告期内各项工作有序推进。';
    assert.ok(isReportDocument('plaintext', report, 'auto'));
    assert.ok(!isReportDocument('plaintext', report, 'never'));
    assert.ok(isReportDocument('report', '', 'never'));
    assert.ok(isReportDocument('markdown', 'hello', 'always'));
    assert.ok(!isReportDocument('typescript', report, 'always'));
    // Neovim sends its filetype `text` for .txt buffers.
    assert.ok(isReportDocument('text', report, 'auto'));
  });
});

describe('analysis worker', () => {
  test('a runaway analysis is stopped and the next request gets a fresh worker', async () => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'report-lens-worker-')), 'hang.js');
    // Answers the first request never (busy loop), like an engine stuck in backtracking.
    writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });\n");
    const analyzer = new WorkerAnalyzer(script, () => 300);
    const started = Date.now();
    await assert.rejects(analyzer.analyze('一、', {}), AnalysisTimeout);
    await assert.rejects(analyzer.analyze('二、', {}), AnalysisTimeout);
    assert.ok(Date.now() - started < 5000);
    analyzer.dispose();
  });
});
