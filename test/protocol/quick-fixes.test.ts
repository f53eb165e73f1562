// Protocol tests for every quick fix the server offers: for each diagnostic code with a fix, a
// small report produces the finding; the fix's WorkspaceEdit, applied and sent back with
// didChange exactly as an editor would, makes the finding go away. A fix offered in two
// directions is tested in both (the document is put back between them and the fix requested
// again for that version, so every edit applied is one the server offered for the current text).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { applyEdits, fileUri, LspTestClient, REPO_ROOT, lineStarts } from './lspClient';
import { at } from '../at';

const IGNORE_TITLE = 'Ignore this finding (recorded in .reportlens.json)';
const IGNORE_COMMAND = 'reportLens.ignoreFinding';

/** LSP severities: 1 error, 2 warning, 3 information, 4 hint (package.json defaults). */
const DEFAULT_SEVERITY: Record<string, number> = {
  'duplicate-sentence': 2,
  'growth-mismatch': 1,
  'value-mismatch': 1,
  'sum-mismatch': 1,
  'share-mismatch': 2,
  'ratio-sum': 2,
  'heading-sequence': 2,
  'dangling-reference': 2,
  'count-mismatch': 2,
  'magnitude-suspect': 2,
  'number-style': 4,
  'malformed-number': 2,
};

/** Detected as a report by its part heading (计划执行情况, 国民经济和社会发展: strong markers). */
const HEAD = '一、2022年国民经济和社会发展计划执行情况\n';
/** Detected by 各位代表 and the title. */
const OPENING = '某县国民经济和社会发展计划执行情况报告\n各位代表：\n';
const BODIES = [
  '这一年，我们坚持稳中求进工作总基调，统筹推进各项工作，取得了较好成效。',
  '今年经济社会发展的总体要求是，坚持以人民为中心的发展思想，推动高质量发展。',
  '围绕产业发展、城乡建设和民生保障，谋划实施一批牵引性强的重点项目。',
  '持续优化营商环境，深化重点领域改革，不断激发市场主体活力和社会创造力。',
];
const DUPLICATED = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。';
const GDP = '实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、155亿元，同比分别增长3.7%、2.6%、1.9%，';

/** A report with the given headings, each followed by its own paragraph (no repeated sentence). */
function headings(...lines: string[]): string {
  return ['某县政府工作报告', '各位代表：', ...lines.flatMap((l, i) => [l, BODIES[i % BODIES.length]])].join('\n');
}

interface FixCase {
  /** The whole document after the fix. */
  expected: string;
  /** Number of text edits in the fix (a renumbering rewrites the whole sequence at once). */
  edits?: number;
}

interface Case {
  code: string;
  label: string;
  text: string;
  /** The text under the diagnostic's range: the figure, mark, heading number or sentence. */
  covered: string;
  /** The texts under relatedInformation ranges, in order (empty: the check gives none). */
  related: string[];
  /** One entry per offered fix, in the order offered. */
  fixes: FixCase[];
}

/** `needle` replaced at its `nth` occurrence (0-based) by `by`. */
function replaceNth(text: string, needle: string, nth: number, by: string): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of "${needle}"`);
  }
  return text.slice(0, at) + by + text.slice(at + needle.length);
}

const GROWTH = `${HEAD}全年固定资产投资增长11.6%。\n全年完成固定资产投资88.9亿元，同比增长12.6%。\n`;
const VALUE = `${HEAD}实现地区生产总值231.7亿元，同比增长2.3%。\n全年地区生产总值2387000万元。`;
const SUM = `${HEAD}实现地区生产总值231.7亿元，同比增长2.3%，其中，一、二、三产业增加值分别实现42.9亿元、33.8亿元、165亿元。`;
const SHARE = `${HEAD}金融机构存款余额334.8亿元；贷款余额289.5亿元，贷存比88.5%。`;
const RATIO = `${HEAD}${GDP}三次产业结构比为20.5：12.6：66.9。`;
const HEADINGS = headings('一、回顾', '二、要求', '四、重点', '五、建设');
// 附件1 is present, so the missing 附件2 is a warning (with no annex at all it is information).
const DANGLING = `${OPENING}一、执行情况\n全年实现地区生产总值231.7亿元（详见附件2）。\n附件1\n重点项目清单\n`;
const COUNT = `${OPENING}一、执行情况\n今年开工建设6个风电项目：甲风电场、乙风电场、丙风电场、丁风电场、戊风电场，总装机30万千瓦。`;
const MAGNITUDE = `${HEAD}实现一般公共预算收入15.1亿元，同比增长0.8%。\n一般公共预算收入15.1万元。`;
const STYLE = `${OPENING}一、执行情况\n城乡居民医保报销比例提高3%—10%，群众就医负担进一步减轻。`;
const MALFORMED = `${OPENING}一、执行情况\n全年城镇居民人均可支配收入增长14..3%，群众生活水平稳步提高。`;
const DUPLICATE = `${HEAD}${DUPLICATED}各项社会事业稳步发展，民生保障水平持续提升。\n${DUPLICATED}\n`;

const CASES: Case[] = [
  {
    code: 'duplicate-sentence',
    label: 'deletes the repeated sentence',
    text: DUPLICATE,
    covered: DUPLICATED,
    related: [DUPLICATED],
    fixes: [{ expected: replaceNth(DUPLICATE, DUPLICATED, 1, '') }],
  },
  {
    code: 'growth-mismatch',
    label: 'replaces either growth rate with the other',
    text: GROWTH,
    covered: '12.6%',
    related: ['11.6%'],
    fixes: [{ expected: GROWTH.replace('12.6%', '11.6%') }, { expected: GROWTH.replace('11.6%', '12.6%') }],
  },
  {
    code: 'value-mismatch',
    label: 'replaces either level, each in its own unit',
    text: VALUE,
    covered: '2387000万元',
    related: ['231.7亿元'],
    fixes: [{ expected: VALUE.replace('2387000万元', '2317000万元') }, { expected: VALUE.replace('231.7亿元', '238.7亿元') }],
  },
  {
    code: 'sum-mismatch',
    label: 'sets the total to the sum of the parts',
    text: SUM,
    covered: '231.7亿元',
    related: ['42.9亿元', '33.8亿元', '165亿元'],
    fixes: [{ expected: SUM.replace('231.7亿元', '241.7亿元') }],
  },
  {
    code: 'share-mismatch',
    label: 'sets the share to part ÷ whole',
    text: SHARE,
    covered: '88.5%',
    related: ['289.5亿元', '334.8亿元'],
    fixes: [{ expected: SHARE.replace('88.5%', '86.5%') }],
  },
  {
    code: 'ratio-sum',
    label: 'recomputes the structure ratio from the sector levels',
    text: RATIO,
    covered: '20.5',
    related: ['42.9亿元', '33.8亿元', '155亿元'],
    fixes: [{ expected: RATIO.replace('20.5：12.6：66.9', '18.5：14.6：66.9'), edits: 2 }],
  },
  {
    code: 'heading-sequence',
    label: 'renumbers the whole sequence in one fix',
    text: HEADINGS,
    covered: '四',
    related: ['二、要求'],
    fixes: [{ expected: HEADINGS.replace('四、重点', '三、重点').replace('五、建设', '四、建设'), edits: 2 }],
  },
  {
    code: 'dangling-reference',
    label: 'deletes the bracketed reference',
    text: DANGLING,
    covered: '附件2',
    related: ['附件1'],
    fixes: [{ expected: DANGLING.replace('（详见附件2）', '') }],
  },
  {
    code: 'count-mismatch',
    label: 'sets the stated count to the number of items listed',
    text: COUNT,
    covered: '6个',
    related: ['甲风电场、乙风电场、丙风电场、丁风电场、戊风电场'],
    fixes: [{ expected: COUNT.replace('6个风电项目', '5个风电项目') }],
  },
  {
    code: 'magnitude-suspect',
    label: 'replaces either side of a 万/亿 slip',
    text: MAGNITUDE,
    covered: '15.1万元',
    related: ['15.1亿元'],
    fixes: [{ expected: MAGNITUDE.replace('15.1万元', '15.1亿元') }, { expected: MAGNITUDE.replace('15.1亿元', '15.1万元') }],
  },
  {
    code: 'number-style',
    label: 'replaces the range mark with ～',
    text: STYLE,
    covered: '—',
    related: [],
    fixes: [{ expected: STYLE.replace('3%—10%', '3%～10%') }],
  },
  {
    code: 'malformed-number',
    label: 'writes the figure as it was probably meant',
    text: MALFORMED,
    covered: '14..3%',
    related: [],
    fixes: [{ expected: MALFORMED.replace('14..3%', '14.3%') }],
  },
];

// ---------------------------------------------------------------------------- helpers


function textAt(text: string, range: Range): string {
  const starts = lineStarts(text);
  const offset = (p: Range['start']): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  return text.slice(offset(range.start), offset(range.end));
}

function describeDiagnostics(text: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${String(d.code)}「${textAt(text, d.range)}」`).join(', ') || '(none)';
}

function plainEdits(action: CodeAction, uri: string, version: number): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `${action.title}: one versioned document change`);
  const change = changes[0] as TextDocumentEdit;
  assert.ok('textDocument' in change && 'edits' in change, `${action.title}: a TextDocumentEdit`);
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version, 'the fix is for the version on screen');
  return change.edits.map((edit) => {
    assert.ok('newText' in edit && !('annotationId' in edit), 'plain text edits');
    return { range: edit.range, newText: edit.newText };
  });
}

/** The edits as didChange content changes: applied one after another, so last position first. */
function asContentChanges(text: string, edits: readonly TextEdit[]): { range: Range; text: string }[] {
  const starts = lineStarts(text);
  const offset = (p: Range['start']): number => (starts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .map((e) => ({ range: e.range, text: e.newText }));
}

// ---------------------------------------------------------------------------- tests

describe('quick fixes remove their findings (over LSP)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'report-lens-quick-fixes-'));
  // One server for the whole file; each case is its own document. The scratch folder is the
  // workspace, so no `.reportlens.json` of the repository applies (and none is ever written).
  let client: LspTestClient;
  let started: LspTestClient | undefined;

  before(async () => {
    started = LspTestClient.start({ workspaceFolder: scratch, locale: 'en' });
    client = started;
    await client.initialize();
  });

  after(async () => {
    try {
      if (started) assert.equal(await started.shutdown(), 0);
    } finally {
      started?.kill();
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  /** The finding of `c` in the publication for `version`, asserted well-formed. */
  async function finding(uri: string, version: number, c: Case): Promise<Diagnostic> {
    const published = await client.diagnosticsFor(uri, version);
    // Each case is built to produce this one finding and nothing else.
    assert.equal(published.diagnostics.length, 1, `one ${c.code} finding at version ${version}; got ${describeDiagnostics(c.text, published.diagnostics)}`);
    const d = at(published.diagnostics, 0);
    assert.equal(d.code, c.code);
    assert.equal(d.source, 'report-lens');
    assert.equal(d.severity, DEFAULT_SEVERITY[c.code], 'default severity');
    assert.equal(textAt(c.text, d.range), c.covered, 'the range covers the figure');
    assert.deepEqual(
      (d.relatedInformation ?? []).map((r) => {
        assert.equal(r.location.uri, uri, 'related information in the same document');
        assert.ok(r.message.length > 0);
        return textAt(c.text, r.location.range);
      }),
      c.related,
      'relatedInformation',
    );
    return d;
  }

  /** Code actions for the finding: the fixes (asserted) and the ignore action, last. */
  async function fixesFor(uri: string, version: number, d: Diagnostic, c: Case): Promise<CodeAction[]> {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const titles = actions.map((a) => a.title).join(' | ');
    const ignore = actions[actions.length - 1];
    assert.ok(ignore && ignore.title === IGNORE_TITLE, `"Ignore this finding" listed last; got ${titles}`);
    assert.equal(ignore.kind, 'quickfix');
    assert.equal(ignore.command?.command, IGNORE_COMMAND);
    assert.equal(ignore.edit, undefined, 'ignoring is a command, not an edit');
    const fixes = actions.slice(0, -1);
    assert.equal(fixes.length, c.fixes.length, `fixes offered: ${titles}`);
    for (const fix of fixes) {
      assert.equal(fix.kind, 'quickfix');
      assert.ok(fix.title.length > 0 && fix.title !== IGNORE_TITLE);
      assert.deepEqual(fix.diagnostics, [d], 'the fix names its diagnostic');
      plainEdits(fix, uri, version);
    }
    return fixes;
  }

  for (const c of CASES) {
    test(`${c.code}: ${c.label}`, async () => {
      const uri = fileUri(path.join(scratch, `${c.code}.txt`));
      let version = 1;
      await client.open(uri, c.text, 'plaintext', version);
      let diagnostic = await finding(uri, version, c);
      let fixes = await fixesFor(uri, version, diagnostic, c);
      const titles = fixes.map((f) => f.title);
      assert.equal(new Set(titles).size, titles.length, `distinct fix titles: ${titles.join(' | ')}`);

      for (const [i, wanted] of c.fixes.entries()) {
        if (i > 0) {
          // Back to the original text: the finding returns and is fixed the other way.
          version++;
          await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: c.text }] });
          diagnostic = await finding(uri, version, c);
          fixes = await fixesFor(uri, version, diagnostic, c);
          assert.deepEqual(fixes.map((f) => f.title), titles, 'the same fixes for the same text');
        }
        const fix = at(fixes, i);
        const edits = plainEdits(fix, uri, version);
        if (wanted.edits !== undefined) assert.equal(edits.length, wanted.edits, `${fix.title}: edits`);
        const fixed = applyEdits(c.text, edits);
        assert.equal(fixed, wanted.expected, `${fix.title}: the fixed text`);

        version++;
        await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: asContentChanges(c.text, edits) });
        const republished = await client.diagnosticsFor(uri, version);
        // The finding is gone, and the fix brought no other finding with it.
        assert.deepEqual(republished.diagnostics, [], `"${fix.title}" leaves ${describeDiagnostics(fixed, republished.diagnostics)}`);
      }
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    });
  }

  test('every check that can offer a fix is covered here, at its declared default severity', () => {
    // bound-violation never carries a fix (an impossible value has no single correct form).
    // The cross-report codes need two reports; test/protocol/crossReport.test.ts applies their fix.
    const WITHOUT_FIXES = new Set(['bound-violation', 'cross-report-mismatch', 'cross-report-revision']);
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
    };
    const severityNumber: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
    const declared = Object.entries(manifest.contributes.configuration.properties)
      .filter(([key]) => key.startsWith('reportLens.checks.'))
      .map(([key, value]) => [key.slice('reportLens.checks.'.length), severityNumber[String(value.default)]] as const)
      .filter(([code]) => !WITHOUT_FIXES.has(code));
    assert.deepEqual(Object.fromEntries(declared), DEFAULT_SEVERITY);
    assert.deepEqual(CASES.map((c) => c.code).sort(), Object.keys(DEFAULT_SEVERITY).sort());
  });
});
