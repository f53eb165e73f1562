// Cross-report consistency (GUIDE §5a) over small reports of one invented county written for
// these tests, and over the corpus pair 000 (计划执行 2022) + 003 (政府工作报告 reviewing 2022).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, crossReportFindings, reportFacts, targetCheck, mentionAt, groupMentions, type Finding, type ReportFacts } from '../../../server/src/analysis';
import { readFixture } from '../fixtures';
import { bulletin, planReport, workReport } from './pairs';
import { at } from '../../at';

function facts(id: string, text: string): ReportFacts {
  return reportFacts(id, analyze(text));
}

function findings(docs: Record<string, string>, severities?: Record<string, 'off' | 'error' | 'info'>): Map<string, Finding[]> {
  return crossReportFindings(
    Object.entries(docs).map(([id, text]) => facts(id, text)),
    { severities },
  );
}

function all(map: Map<string, Finding[]>): Finding[] {
  return [...map.values()].flat();
}

// ------------------------------------------------------------------ must not flag

test('a consistent plan report and work report raise nothing', () => {
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': workReport() })), []);
});

test('a consistent plan report, work report and bulletin raise nothing', () => {
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': workReport(), 'bulletin.txt': bulletin() })), []);
});

test('the corpus pair 000 + 003 (one county, 2022) raises no cross-report finding', () => {
  const map = findings({ '000.txt': readFixture('000_4030585dcbde8695.txt'), '003.txt': readFixture('003_7e2e0f9dafc359a0.txt') });
  assert.deepEqual(all(map).map((f) => f.message.zh), []);
});

test('the same figures written differently (rounding, 万元 vs 亿元) agree', () => {
  assert.deepEqual(all(findings({ 'plan.txt': planReport({ gdp: '186.4亿元' }), 'work.txt': workReport({ gdp: '1864000万元' }) })), []);
  assert.deepEqual(all(findings({ 'plan.txt': planReport({ gdp: '186.4亿元' }), 'work.txt': workReport({ gdp: '186亿元' }) })), []);
});

test('a bound (以上) never contradicts a figure', () => {
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': workReport({ gdp: '180亿元以上' }) })), []);
});

test('reports of two counties are not compared', () => {
  const other = workReport({ gdp: '99.9亿元' }).replace(/石湾县/g, '北岭县');
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': other })), []);
});

test('reports of two years are not compared', () => {
  const later = planReport({ gdp: '199.9亿元' }).replace('2022年国民经济和社会发展计划执行情况及2023年', '2023年国民经济和社会发展计划执行情况及2024年').replace('一、2022年', '一、2023年').replace('二、2023年', '二、2024年');
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'later.txt': later })), []);
});

test('a report whose county cannot be told joins no group', () => {
  const anonymous = workReport({ gdp: '199.9亿元' }).replace('石湾县人民政府工作报告', '政府工作报告').replace('在石湾县第十届', '在第十届');
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': anonymous })), []);
});

test('an indicator stated twice differently inside one report is not compared across reports', () => {
  const plan = planReport({}, '全年地区生产总值190.2亿元。');
  assert.deepEqual(all(findings({ 'plan.txt': plan, 'work.txt': workReport({ gdp: '190.2亿元' }) })), []);
});

test('a target in one report against an actual in another is not a finding, and the target check says missed', () => {
  // The plan states the 2022 target in its review; the bulletin gives the 2022 actual.
  const plan = planReport({}, '年初预期地区生产总值增长6.5%。');
  const docs = [facts('plan.txt', plan), facts('bulletin.txt', bulletin())];
  assert.deepEqual(all(crossReportFindings(docs)), []);
  const target = at(docs, 0).mentions.find((m) => m.status === 'target' && m.year === 2022 && m.kind === 'growth');
  assert.ok(target, 'the 2022 target is read');
  const result = targetCheck(docs, 'plan.txt', target);
  assert.equal(result?.outcome, 'missed');
});

test('an estimate (预计) against the same estimate elsewhere agrees silently', () => {
  const plan = planReport({}, '预计全年规模以上工业增加值增长8.2%。');
  const work = workReport({}, '预计全年规模以上工业增加值增长8.2%。');
  assert.deepEqual(all(findings({ 'plan.txt': plan, 'work.txt': work })), []);
});

test('a figure of the city, the province or a park in one report is not the county’s', () => {
  const plan = planReport();
  for (const other of ['全市地区生产总值增长3.1%。', '全省城镇居民人均可支配收入40120元。', '高新区实现地区生产总值20.5亿元。']) {
    const work = workReport().replace(/过去一年，[^\n]*/, `过去一年，${other}`);
    assert.deepEqual(all(findings({ 'plan.txt': plan, 'work.txt': work })).map((f) => f.message.zh), [], other);
  }
});

test('城镇新增就业 is still the county’s own indicator', () => {
  const map = findings({ 'plan.txt': planReport({}, '全年城镇新增就业5327人。'), 'work.txt': workReport({}, '城镇新增就业5372人。') });
  assert.equal(map.get('work.txt')?.length, 1);
});

// ------------------------------------------------------------------ must flag

test('a GDP level that differs is flagged in both reports, each pointing into the other', () => {
  const map = findings({ 'plan.txt': planReport(), 'work.txt': workReport({ gdp: '188.4亿元' }) });
  const inWork = map.get('work.txt') ?? [];
  const inPlan = map.get('plan.txt') ?? [];
  assert.equal(inWork.length, 1);
  assert.equal(inPlan.length, 1);
  const w = at(inWork, 0);
  assert.equal(w.code, 'cross-report-mismatch');
  assert.equal(w.severity, 'error');
  assert.equal(workReport({ gdp: '188.4亿元' }).slice(w.span.start, w.span.end), '188.4亿元');
  assert.equal(at(w.related, 0).document, 'plan.txt');
  assert.equal(planReport().slice(at(w.related, 0).span.start, at(w.related, 0).span.end), '186.4亿元');
  assert.equal(at(w.related, 0).range?.line, 3);
  assert.match(w.message.zh, /188\.4亿元.*186\.4亿元/);
  assert.match(w.message.en, /plan\.txt/);
  // Either value: each side's fix takes the other's.
  assert.equal(at(at(w.fixes, 0).edits, 0).newText, '186.4亿元');
  assert.equal(at(at(at(inPlan, 0).fixes, 0).edits, 0).newText, '188.4亿元');
  assert.equal(at(at(inPlan, 0).related, 0).document, 'work.txt');
});

test('applying the fix makes the pair consistent', () => {
  const work = workReport({ gdp: '188.4亿元' });
  const f = findings({ 'plan.txt': planReport(), 'work.txt': work }).get('work.txt')?.[0];
  assert.ok(f);
  const edit = at(at(f.fixes, 0).edits, 0);
  const fixed = work.slice(0, edit.span.start) + edit.newText + work.slice(edit.span.end);
  assert.deepEqual(all(findings({ 'plan.txt': planReport(), 'work.txt': fixed })), []);
});

test('a growth rate that differs is flagged', () => {
  const map = findings({ 'plan.txt': planReport(), 'work.txt': workReport({ gdpGrowth: '4.3%' }) });
  const w = map.get('work.txt') ?? [];
  assert.equal(w.length, 1);
  assert.match(at(w, 0).message.zh, /地区生产总值.*4\.3%.*4\.1%/);
});

test('a bulletin whose actual differs from the work report is a mismatch', () => {
  const map = findings({ 'work.txt': workReport(), 'bulletin.txt': bulletin({ retail: '53.2亿元' }) });
  assert.equal(map.get('bulletin.txt')?.length, 1);
  assert.equal(map.get('work.txt')?.[0]?.related[0]?.document, 'bulletin.txt');
});

test('a 2023 target that differs between the plan and the work report is a mismatch', () => {
  const work = workReport().replace('地区生产总值增长6%，', '地区生产总值增长6.5%，');
  const map = findings({ 'plan.txt': planReport(), 'work.txt': work });
  assert.equal(map.get('work.txt')?.length, 1);
  assert.match(map.get('work.txt')?.[0]?.message.zh ?? '', /2023年目标/);
});

test('an estimate against the bulletin’s final figure is an info-level revision, not a mismatch', () => {
  const plan = planReport({}, '预计全年规模以上工业增加值增长8.2%。');
  const bul = bulletin() + '全年规模以上工业增加值比上年增长7.9%。\n';
  const map = findings({ 'plan.txt': plan, 'bulletin.txt': bul });
  const list = all(map);
  assert.equal(list.length, 1, JSON.stringify(list.map((f) => f.message.zh)));
  assert.equal(at(list, 0).code, 'cross-report-revision');
  assert.equal(at(list, 0).severity, 'info');
  assert.equal(at(at(list, 0).related, 0).document, 'bulletin.txt');
  assert.equal(map.get('bulletin.txt'), undefined);
  // Its own setting turns it off without touching the mismatch check.
  assert.deepEqual(all(findings({ 'plan.txt': plan, 'bulletin.txt': bul }, { 'cross-report-revision': 'off' })), []);
});

test('the mismatch check can be turned off or given another severity', () => {
  const docs = { 'plan.txt': planReport(), 'work.txt': workReport({ gdp: '188.4亿元' }) };
  assert.deepEqual(all(findings(docs, { 'cross-report-mismatch': 'off' })), []);
  assert.deepEqual(all(findings(docs, { 'cross-report-mismatch': 'info' })).map((f) => f.severity), ['info', 'info']);
});

// ------------------------------------------------------------------ lookups for the editor

test('the mention under the cursor and the same indicator in the other report', () => {
  const plan = planReport();
  const planFacts = facts('plan.txt', plan);
  const docs = [planFacts, facts('work.txt', workReport())];
  const at = plan.indexOf('186.4亿元') + 2;
  const m = mentionAt(planFacts, at);
  assert.equal(m?.q.text, '186.4亿元');
  const others = groupMentions(docs, 'plan.txt', m?.key ?? '');
  assert.deepEqual(
    others.map((o) => `${o.report.id}:${o.m.q.text}`),
    ['work.txt:186.4亿元', 'work.txt:4.1%', 'work.txt:6%'],
  );
  assert.equal(mentionAt(planFacts, plan.indexOf('各位代表')), undefined);
});
