// Plain data shared by every stage of the engine. All offsets are UTF-16 code-unit offsets
// into the original document text (BOM and CR included), half-open: [start, end).

import type { Decimal } from './decimal';
import type { SubjectScope } from './cues/subjects';
import type { Stage } from './cues/stages';

export interface Span {
  start: number;
  end: number;
}

/** Bilingual text: every user-facing string carries both languages; the front end picks. */
export interface Msg {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

// ---------------------------------------------------------------- lines, blocks, paragraphs

export interface Line {
  /** Start of the line's content. */
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Content without the line break (tabs and spaces kept). */
  text: string;
}

/**
 * A stretch of "logical" text stitched from one or more source pieces. PDF extraction wraps
 * sentences over lines (and puts blank lines between them); the logical text joins the
 * pieces so that `172` ⏎ `个` reads `172个`. `pieces` maps logical offsets back to source.
 */
export interface Piece {
  /** Offset in the logical text. */
  at: number;
  /** Offset in the source document. */
  source: number;
  length: number;
}

export interface Paragraph {
  /** Logical text (wrapped lines joined, line breaks removed). */
  text: string;
  pieces: Piece[];
  /** Source span from first to last character. */
  span: Span;
  /** Index of the first and last source line (0-based). */
  firstLine: number;
  lastLine: number;
}

// ---------------------------------------------------------------- tables

export interface TableCell {
  /** Cell text with wrapped pieces joined and outer whitespace trimmed. */
  text: string;
  span: Span;
}

/** A table laid out one cell per line (tab-indented) or as a Markdown pipe table. */
export interface Table {
  /** Caption (`表1  2022年…完成情况`) when one precedes the table. */
  caption?: string;
  span: Span;
  header: TableCell[];
  rows: TableCell[][];
}

// ---------------------------------------------------------------- outline

export type HeadingKind =
  | 'title' // document title block
  | 'part' // 一、
  | 'chapter' // （一）
  | 'section' // 1.
  | 'item' // （1）
  | 'runin' // run-in head: 巩固拓展脱贫攻坚成果。
  | 'unnumbered' // short line with no terminal punctuation introducing a block
  | 'box' // 专栏N
  | 'table' // 表N
  | 'annex' // 附件N
  | 'markdown'; // # heading without Chinese numbering

export interface Heading {
  kind: HeadingKind;
  /** Nesting depth in the outline (0 = top). */
  level: number;
  /** The number as written ("二", "3") and its value, when numbered. */
  label?: string;
  number?: number;
  /** Title text shown in the outline (numbering included, wrapped lines joined). */
  title: string;
  /** Whole heading (all wrapped lines). */
  span: Span;
  /** The part of the heading to select/reveal (the numbering and title). */
  selectionSpan: Span;
  /** Span of the numbering mark itself (`二、`, `（一）`), for renumbering fixes. */
  labelSpan?: Span;
  /** Extent of the section the heading opens, to the next heading of the same or higher level. */
  sectionSpan: Span;
  children: Heading[];
}

// ---------------------------------------------------------------- sentences

export interface Sentence {
  /** Logical text of the sentence (terminal punctuation included). */
  text: string;
  /** Source span (may cross line breaks in wrapped text). */
  span: Span;
  /** Index of the paragraph it belongs to, and its logical offset inside it. */
  paragraph: number;
  at: number;
}

// ---------------------------------------------------------------- quantities

export type Dimension =
  | 'money'
  | 'percent'
  | 'permille'
  | 'pp' // percentage points
  | 'area'
  | 'people'
  | 'visits'
  | 'count'
  | 'mass'
  | 'power'
  | 'energy'
  | 'volume'
  | 'length'
  | 'time'
  | 'multiple' // 倍, 成
  | 'ratio' // compound per-unit kept as is (微克/立方米)
  | 'pure'; // a bare number (table cell, 一 of 一、二、三)

export type Qualifier =
  | 'approx' // 约, 左右, 近 (≈)
  | 'atLeast' // 以上, 超, 突破, 达 (≥ / >)
  | 'atMost' // 以内, 以下, 不超过
  | 'over' // 余, 多 (a bit more than)
  | 'nearly'; // 近 (a bit less than)

export interface Quantity {
  /** Source span of the figure with its unit (and qualifier words). */
  span: Span;
  /** The figure as written in the source (wrapped pieces joined). */
  text: string;
  /** Normalized value in `unit` (low end for a range). */
  value: Decimal;
  /** High end for a range (`1-2场`), else undefined. */
  hi?: Decimal;
  /** Base unit after normalization: 元, %, 个百分点, 亩, 公顷, 平方公里, 人, 个 … */
  unit: string;
  dimension: Dimension;
  /** The unit as written (`亿元`, `万亩`). */
  unitText: string;
  qualifier?: Qualifier;
  /** Paragraph index and logical offset in it (for claim building). */
  paragraph: number;
  at: number;
  length: number;
}

// ---------------------------------------------------------------- claims

export type ClaimKind =
  | 'level'
  | 'growth' // growth rate (%)
  | 'ppChange' // percentage-point change
  | 'share' // 占比
  | 'ratio' // 结构比 a:b:c
  | 'count'
  | 'completion' // 完成率
  | 'change' // an absolute change: 增加3.8亿元
  | 'rate'; // a level that is itself a rate (失业率 5.5%)

export type Direction = 'up' | 'down';

export interface Period {
  /** The year the figure describes (2022), when known. */
  year?: number;
  /**
   * actual (实际完成), target (预期、力争、计划), or estimate: `预计全年…` in a review written before
   * the year's statistics are final — an expected actual, compared only with other estimates.
   */
  status: 'actual' | 'target' | 'estimate';
  /** Sub-year scope: 年末, 上半年, 一季度, 累计 … */
  scope?: string;
}

export interface Claim {
  /** Index into Analysis.quantities. */
  quantity: number;
  /** Indicator as written, and its normalized key (synonyms merged). */
  indicator: string;
  key: string;
  period: Period;
  kind: ClaimKind;
  direction?: Direction;
  /** 同比, 比上年, 较上年同期 … */
  basis?: string;
  /** Index of the sentence the claim comes from (or -1 for table rows). */
  sentence: number;
  /** True when the claim comes from a table row. */
  fromTable?: boolean;
  /** True when introduced by 其中 (a part of the preceding total, not a partition by itself). */
  subset?: boolean;
  /** Position in a distributive list (`分别…`), and the list's length. */
  listIndex?: number;
  listSize?: number;
  /** Frame fields (GUIDE §5, claims/frame.ts). Absent means the default: the report's own */
  /** territory, 常住 population, and the stage of the period's status. */
  subject?: SubjectScope;
  population?: '户籍' | '常住';
  stage?: Stage;
  /** The definition a level is counted on (`改革后`, `市口径`), when the sentence names one (cues/calibers.ts). */
  caliber?: string;
  /** The sentence a breakdown in its own sentence continues (`。其中：…`): its period's anchor. */
  construction?: number;
  /**
   * The subject the sentence names before its first figure, when another than the report's own
   * (`全国粮食播种面积A；粮食单位面积产量B`): a later `；` clause that names none may still speak of it.
   */
  topic?: SubjectScope;
}

// ---------------------------------------------------------------- findings

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: Msg;
  edits: TextEdit[];
  /** True for the fix a user most likely wants. */
  preferred?: boolean;
}

export interface Related {
  span: Span;
  message: Msg;
  /**
   * The other document (its id: a URI in the editor, a path in the CLI) when the related location
   * is in another report (cross-report findings); absent = this document.
   */
  document?: string;
  /** `span` as 0-based lines and UTF-16 columns in that other document, for front ends without its text. */
  range?: LineRange;
}

export interface LineRange {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface Finding {
  /** Diagnostic code: the check's file name (GUIDE §6). */
  code: string;
  severity: Severity;
  span: Span;
  message: Msg;
  related: Related[];
  fixes: Fix[];
}

export interface Notice {
  /** Shown once to the user (e.g. a check skipped for size). */
  message: Msg;
}

/** A figure stated as one part of a stated total (其中 lists, 分N类, 一二三产业, 城镇/农村 …). */
export interface PartOf {
  /** Indexes into Analysis.quantities. */
  part: number;
  total: number;
  /** True when the parts form a complete partition of the total. */
  complete: boolean;
}

/** What is wrong with a malformed figure (malformed-number). */
export type MalformedKind = 'doublePoint' | 'middleDot' | 'grouping' | 'manyPoints' | 'trailingPoint' | 'strayComma' | 'splitBySpace';

/** A figure that cannot be read as written (`14..3%`, `1·8%`, `3,0000万元`): never a quantity. */
export interface MalformedFigure {
  span: Span;
  /** As written in the source. */
  text: string;
  kind: MalformedKind;
  /** What it probably means (`14.3%`), when one reading stands out. */
  likely?: string;
}

export interface Analysis {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
  tables: Table[];
  outline: Heading[];
  sentences: Sentence[];
  quantities: Quantity[];
  /** Figures the scanner could not read as written; malformed-number reports them. */
  malformed: MalformedFigure[];
  claims: Claim[];
  /** Parts and their totals, as the relation stage found them. */
  partOf: PartOf[];
  findings: Finding[];
  notices: Notice[];
  /** Checks not run because the analysis was light (`AnalyzeOptions.light`); empty normally. */
  skippedChecks: string[];
}
