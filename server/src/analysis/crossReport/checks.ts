// The cross-report checks (GUIDE §5a): claims with equal frames in two reports of one county and
// reviewed year.
// - cross-report-mismatch (error): both actuals, both targets or both estimates, and the values
//   disagree beyond rounding. A finding in each of the two reports, related information into the
//   other one, a fix that takes the other report's value (so either value is on offer).
// - cross-report-revision (info): an estimate (预计) against the 统计公报's final figure.
// - A target against an actual is never a finding (the hover says whether it was met).
// A frame stated with two disagreeing values inside one report is ambiguous (the single-report
// checks speak of it) and is not compared across reports. Work is linear in the mentions: each
// report's mentions are indexed by frame, and each frame compares the few reports holding it.

import type { Finding, Fix, Msg, Severity } from '../types';
import type { CheckDocs } from '../checks/check';
import type { SeveritySetting } from '../index';
import { replaceNumber } from '../relations/display';
import { agree } from './agree';
import type { FactMention, ReportFacts } from './facts';
import { groupReports } from './group';
import { periodName, reportName } from './names';

export interface CrossCheck {
  code: string;
  defaultSeverity: Severity;
  title: Msg;
  /** Settings and README text (tools/gen.ts), as for the single-report checks. */
  docs: CheckDocs;
}

export const CROSS_REPORT_MISMATCH: CrossCheck = {
  code: 'cross-report-mismatch',
  defaultSeverity: 'error',
  title: { zh: '同一县同一年度的两份报告对同一指标给出不同数值', en: 'Two reports of one county and year give one indicator different values' },
  docs: {
    description: {
      zh: '同一县、同一年度的两份报告（计划执行情况报告、政府工作报告、统计公报、预算执行情况报告）对同一指标、同一时期给出不同数值；相关信息指向另一份报告。例：计划执行情况报告写「地区生产总值186.4亿元」，政府工作报告写「188.4亿元」。',
      en: 'Two reports of one county and year (plan report, government work report, statistical bulletin, budget report) give one indicator and period different values; related information points into the other report. Example: `地区生产总值186.4亿元` in the plan report but `188.4亿元` in the work report.',
    },
    finding: 'one indicator, period and stage with different values in two reports of one county and year; related information points into the other file',
    example: '计划执行: `地区生产总值186.4亿元`, 政府工作报告: `188.4亿元`',
    quickFix: "the other report's value",
  },
};

export const CROSS_REPORT_REVISION: CrossCheck = {
  code: 'cross-report-revision',
  defaultSeverity: 'info',
  title: { zh: '预计数与统计公报的最终数不同（修订）', en: 'An estimate differs from the statistical bulletin’s final figure (a revision)' },
  docs: {
    description: {
      zh: '早期报告中的预计数与统计公报的最终数不同——数据修订，不是错误，仅作提示。例：计划执行情况报告写「预计全年规上工业增加值增长8.2%」，统计公报为「增长7.9%」。',
      en: "An estimate (预计) in an early report differs from the statistical bulletin's final figure: a revision, not an error, shown as information. Example: `预计全年规上工业增加值增长8.2%` in the plan report, `增长7.9%` in the bulletin.",
    },
    finding: "an estimate (`预计`) against the 统计公报's final figure: a revision, not an error",
    example: '`预计…增长8.2%` vs 公报 `增长7.9%`',
    quickFix: '—',
  },
};

export const CROSS_REPORT_CHECKS: readonly CrossCheck[] = [CROSS_REPORT_MISMATCH, CROSS_REPORT_REVISION];

export interface CrossOptions {
  /** Per-code severity overrides, as for analyze(). */
  severities?: Record<string, SeveritySetting>;
}

interface Side {
  report: ReportFacts;
  /** The first mention of the frame in that report (all its mentions agree with it). */
  m: FactMention;
}

/** Per report: frame|status → its first mention, when every mention of it agrees. */
function consistentFrames(report: ReportFacts): Map<string, FactMention> {
  const first = new Map<string, FactMention>();
  const broken = new Set<string>();
  for (const m of report.mentions) {
    const k = `${m.frame}#${m.status}`;
    const f = first.get(k);
    if (!f) first.set(k, m);
    else if (!agree(f, m)) broken.add(k);
  }
  for (const k of broken) first.delete(k);
  return first;
}

/** Findings per report id (only reports with findings appear). Never throws. */
export function crossReportFindings(reports: readonly ReportFacts[], options: CrossOptions = {}): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const push = (id: string, f: Finding): void => {
    const list = out.get(id);
    if (list) list.push(f);
    else out.set(id, [f]);
  };
  const severity = (check: CrossCheck): Severity | undefined => {
    const s = options.severities?.[check.code];
    return s === 'off' ? undefined : (s ?? check.defaultSeverity);
  };
  const mismatch = severity(CROSS_REPORT_MISMATCH);
  const revision = severity(CROSS_REPORT_REVISION);
  for (const group of groupReports(reports)) {
    const byFrame = new Map<string, Side[]>();
    for (const report of group) {
      for (const [k, m] of consistentFrames(report)) {
        const sides = byFrame.get(k);
        if (sides) sides.push({ report, m });
        else byFrame.set(k, [{ report, m }]);
      }
    }
    for (const [k, sides] of byFrame) {
      // Same status: a mismatch, reported in both reports.
      for (let i = 0; i < sides.length; i++) {
        for (let j = i + 1; j < sides.length; j++) {
          const a = sides[i];
          const b = sides[j];
          if (a === undefined || b === undefined || !mismatch || agree(a.m, b.m)) continue;
          push(a.report.id, mismatchFinding(a, b, mismatch));
          push(b.report.id, mismatchFinding(b, a, mismatch));
        }
      }
      // An estimate in an early report against the bulletin's final figure: a revision.
      if (!revision || !k.endsWith('#estimate')) continue;
      const actuals = byFrame.get(`${k.slice(0, -'#estimate'.length)}#actual`) ?? [];
      const final = actuals.find((s) => s.report.identity.kind === 'bulletin');
      if (!final) continue;
      for (const est of sides) {
        if (est.report.id === final.report.id || agree(est.m, final.m)) continue;
        push(est.report.id, revisionFinding(est, final, revision));
      }
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}

function related(other: Side, message: Msg): Finding['related'][number] {
  return { span: other.m.q.span, message, document: other.report.id, range: other.m.range };
}

function takeOther(self: Side, other: Side): Fix[] {
  // A growth written 增长 on one side and 下降 on the other is not fixed by a number.
  if (Math.sign(Number(self.m.value.units)) * Math.sign(Number(other.m.value.units)) < 0) return [];
  const signless = other.m.value.units < 0n ? { units: -other.m.value.units, scale: other.m.value.scale } : other.m.value;
  const text = replaceNumber(self.m.q, signless);
  if (text === undefined || text === self.m.q.text) return [];
  const name = reportName(other.report.id, other.report.identity.kind);
  return [{ title: { zh: `改为 ${text}（与${name.zh}一致）`, en: `Change to ${text} (as in ${name.en})` }, edits: [{ span: self.m.q.span, newText: text }] }];
}

function mismatchFinding(self: Side, other: Side, severity: Severity): Finding {
  const m = self.m;
  const name = reportName(other.report.id, other.report.identity.kind);
  const per = periodName(m.year, m.status, m.scope);
  const line = other.m.range.line + 1;
  return {
    code: CROSS_REPORT_MISMATCH.code,
    severity,
    span: m.q.span,
    message: {
      zh: `${m.indicator} ${per.zh}与另一份报告不一致：此处为 ${m.q.text}，${name.zh}第 ${line} 行为 ${other.m.q.text}`,
      en: `${m.indicator} ${per.en} disagrees with another report: ${m.q.text} here, ${other.m.q.text} in ${name.en}, line ${line}`,
    },
    related: [related(other, { zh: `${name.zh}：${other.m.q.text}`, en: `In ${name.en}: ${other.m.q.text}` })],
    fixes: takeOther(self, other),
  };
}

function revisionFinding(est: Side, final: Side, severity: Severity): Finding {
  const m = est.m;
  const name = reportName(final.report.id, final.report.identity.kind);
  const line = final.m.range.line + 1;
  return {
    code: CROSS_REPORT_REVISION.code,
    severity,
    span: m.q.span,
    message: {
      zh: `${m.indicator} ${m.year}年预计 ${m.q.text}，${name.zh}第 ${line} 行的最终数为 ${final.m.q.text}（数据已修订，不是错误）`,
      en: `${m.indicator} ${m.year} was estimated at ${m.q.text}; the final figure in ${name.en}, line ${line}, is ${final.m.q.text} (a revision, not an error)`,
    },
    related: [related(final, { zh: `最终数：${final.m.q.text}`, en: `Final figure: ${final.m.q.text}` })],
    fixes: [],
  };
}
