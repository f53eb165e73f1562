// Hover on a figure (GUIDE §7): the text as written, the exact normalized value, the claim it
// makes, what follows from it (the previous level implied by a growth rate) and the other
// mentions of the same indicator. Built from the cached analysis only; the arithmetic is the
// engine's (analysis/explain.ts), this module only words it.

import type { Hover } from 'vscode-languageserver';
import { toPlain } from '../analysis/decimal';
import { explainQuantity, type Explanation, type ImpliedPrevious, type ShareOfTotal } from '../analysis/explain';
import type { Claim, ClaimKind, Period, Qualifier, Quantity } from '../analysis/types';
import type { CachedAnalysis } from './cache';
import type { Lang } from '../shared/locale';
import { frameOf } from '../analysis/claims/frame';
import { frameRows } from '../analysis/claims/frameText';

const MAX_MENTIONS = 12;

// Partial: a kind the engine adds later is shown by its id until it gets a name here.
const KIND_NAMES: Partial<Record<ClaimKind, [string, string]>> = {
  level: ['总量', 'level'],
  growth: ['增速', 'growth rate'],
  ppChange: ['百分点变化', 'percentage-point change'],
  share: ['占比', 'share'],
  ratio: ['结构比', 'structure ratio'],
  count: ['数量', 'count'],
  completion: ['完成率', 'completion rate'],
  change: ['增减量', 'absolute change'],
  rate: ['比率', 'rate'],
};

const QUALIFIER_NAMES: Record<Qualifier, [string, string]> = {
  approx: ['约（≈）', 'approximately (≈)'],
  atLeast: ['以上（≥）', 'at least (≥)'],
  atMost: ['以内（≤）', 'at most (≤)'],
  over: ['余/多（略多于）', 'a little over (>)'],
  nearly: ['近（略少于）', 'nearly (<)'],
};

function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/**
 * Escapes the Markdown characters that could change rendering inside a line (`*`, `_`, `[` …).
 * Line-start markers (`1.`, `-`, `#`) need no escaping: every hover line starts with our own text.
 */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c);
}

function formatValue(q: Quantity, explanation: Explanation): string {
  const low = `${explanation.grouped}${explanation.groupedHi ? ` – ${explanation.groupedHi}` : ''} ${q.unit}`;
  return `${low}${explanation.scientific ? ` ≈ ${explanation.scientific}` : ''}`;
}

function formatPeriod(period: Period, lang: Lang): string {
  const parts: string[] = [];
  if (period.year !== undefined) parts.push(t(lang, `${period.year}年`, String(period.year)));
  if (period.scope) parts.push(period.scope);
  parts.push(
    period.status === 'target' ? t(lang, '目标', 'target') : period.status === 'estimate' ? t(lang, '预计', 'estimate') : t(lang, '实际', 'actual'),
  );
  return parts.join(lang === 'zh' ? '' : ' ');
}

function formatClaim(claim: Claim, quantity: Quantity, lang: Lang): string[] {
  const [kindZh, kindEn] = KIND_NAMES[claim.kind] ?? [claim.kind, claim.kind];
  const rows = [
    `- ${t(lang, '指标', 'Indicator')}: **${md(claim.indicator)}**`,
    `- ${t(lang, '时期', 'Period')}: ${md(formatPeriod(claim.period, lang))}`,
    `- ${t(lang, '类型', 'Kind')}: ${t(lang, kindZh, kindEn)}${claim.direction ? ` (${claim.direction === 'up' ? t(lang, '增', 'up') : t(lang, '减', 'down')})` : ''}`,
  ];
  // The rest of the frame (GUIDE §5): whose figure, at which stage, against what.
  for (const row of frameRows(frameOf(claim))) rows.push(`- ${t(lang, row.label.zh, row.label.en)}: ${md(t(lang, row.value.zh, row.value.en))}`);
  if (quantity.qualifier) {
    const [zh, en] = QUALIFIER_NAMES[quantity.qualifier];
    rows.push(`- ${t(lang, '限定', 'Qualifier')}: ${t(lang, zh, en)}`);
  }
  if (quantity.hi) rows.push(`- ${t(lang, '区间', 'Range')}: [${toPlain(quantity.value)}, ${toPlain(quantity.hi)}] ${md(quantity.unit)}`);
  if (claim.fromTable) rows.push(`- ${t(lang, '来自表格', 'From a table')}`);
  return rows;
}

/** Level ÷ (1 + g), computed by the engine (analysis/explain.ts); labelled as an estimate. */
function impliedPrevious(entry: CachedAnalysis, previous: ImpliedPrevious, lang: Lang): string | undefined {
  const level = entry.analysis.quantities[previous.level];
  if (!level) return undefined;
  const negative = previous.rate.startsWith('-');
  const rate = `${negative ? '−' : '+'} ${negative ? previous.rate.slice(1) : previous.rate}%`;
  const value = `**${previous.valueGrouped}${md(previous.unitText)}**`;
  const qualified = previous.qualified ? t(lang, '（含限定词，仅供参考）', ' (qualified figures, indicative only)') : '';
  return t(
    lang,
    `上期水平（按 ${md(level.text)} ÷ (1 ${rate}) 推算）≈ ${value}${qualified}`,
    `Implied previous level (${md(level.text)} ÷ (1 ${rate})) ≈ ${value}${qualified}`,
  );
}

/** `占合计 231.7亿元 的 18.5%`: the share of its stated total, when the figure is a part of one. */
function shareOfTotal(entry: CachedAnalysis, share: ShareOfTotal, lang: Lang): string | undefined {
  const total = entry.analysis.quantities[share.total];
  if (!total) return undefined;
  const line = entry.index.positionAt(total.span.start).line + 1;
  return t(
    lang,
    `占合计 ${md(total.text)}（第 ${line} 行）的 **${share.percent}%**${share.complete ? '' : '（其中的一部分）'}`,
    `**${share.percent}%** of the total ${md(total.text)} (line ${line})${share.complete ? '' : ' (a subset)'}`,
  );
}

function otherMentions(entry: CachedAnalysis, claim: Claim, lang: Lang): string[] {
  const quantities = entry.analysis.quantities;
  const others = entry.claimsWithKey(claim.key)
    .filter((c) => c.quantity !== claim.quantity && quantities[c.quantity] !== undefined)
    .sort((a, b) => quantities[a.quantity]!.span.start - quantities[b.quantity]!.span.start);
  if (others.length === 0) return [];
  const rows = [`**${t(lang, '同一指标的其他表述', 'Other mentions of this indicator')}**`, ''];
  for (const other of others.slice(0, MAX_MENTIONS)) {
    const q = quantities[other.quantity];
    if (!q) continue;
    const line = entry.index.positionAt(q.span.start).line + 1;
    const [kindZh, kindEn] = KIND_NAMES[other.kind] ?? [other.kind, other.kind];
    // VS Code opens `file#L<line>` links at that line.
    const link = `[${t(lang, `第 ${line} 行`, `line ${line}`)}](${entry.uri}#L${line})`;
    const table = other.fromTable ? t(lang, '（表格）', ' (table)') : '';
    rows.push(`- ${link}: ${md(q.text)}${table} — ${t(lang, kindZh, kindEn)}, ${md(formatPeriod(other.period, lang))}`);
  }
  if (others.length > MAX_MENTIONS) {
    rows.push(`- ${t(lang, `……另有 ${others.length - MAX_MENTIONS} 处`, `… and ${others.length - MAX_MENTIONS} more`)}`);
  }
  return rows;
}

export function hoverAt(entry: CachedAnalysis, offset: number, lang: Lang): Hover | null {
  const qi = entry.quantityAt(offset);
  if (qi === undefined) return null;
  const quantity = entry.analysis.quantities[qi];
  const explanation = explainQuantity(entry.analysis, entry, qi);
  if (!quantity || !explanation) return null;
  const lines: string[] = [`**${md(quantity.text)}** = ${md(formatValue(quantity, explanation))}`];
  const claim = entry.claimOf(qi);
  if (claim) {
    lines.push('', ...formatClaim(claim, quantity, lang));
    const previous = explanation.impliedPrevious && impliedPrevious(entry, explanation.impliedPrevious, lang);
    if (previous) lines.push('', previous);
    const share = explanation.shareOfTotal && shareOfTotal(entry, explanation.shareOfTotal, lang);
    if (share) lines.push('', share);
    const mentions = otherMentions(entry, claim, lang);
    if (mentions.length > 0) lines.push('', ...mentions);
  } else if (quantity.qualifier) {
    const [zh, en] = QUALIFIER_NAMES[quantity.qualifier];
    lines.push('', `- ${t(lang, '限定', 'Qualifier')}: ${t(lang, zh, en)}`);
  }
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: entry.index.rangeOf(quantity.span),
  };
}
