// Several reports of one county and year (GUIDE §5a): identity, grouping, the cross-report checks,
// lookups for the editor and the indicator table. Pure, like the rest of the engine.

export { reportIdentity, countyKey, groupKey, type ReportIdentity, type ReportKind } from './identity';
export { crossKey, type CrossFrame } from './frame';
export { reportFacts, type FactMention, type ReportFacts } from './facts';
export { groupReports, groupOf } from './group';
export { agree, targetOutcome, type TargetOutcome } from './agree';
export { crossReportFindings, CROSS_REPORT_CHECKS, CROSS_REPORT_MISMATCH, CROSS_REPORT_REVISION, type CrossCheck, type CrossOptions } from './checks';
export { mentionAt, mentionsOfKey, groupMentions, targetCheck, disagreesAcross, type PlacedMention, type TargetCheck } from './mentions';
export { indicatorTable, type IndicatorTable, type IndicatorCell, type IndicatorColumn, type IndicatorRow } from './table';
export { baseName, reportName, periodName } from './names';
export { indicatorTableMarkdown, type LinkMaker } from './tableMarkdown';
