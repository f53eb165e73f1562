// Hover on a figure (GUIDE §7): the text as written, the exact normalized value, the claim it
// makes, what follows from it (the previous level implied by a growth rate) and the other
// mentions of the same indicator. Built from the cached analysis only.

import type { Hover } from 'vscode-languageserver';
import { add, div, dec, abs, cmp, round, shift, toGrouped, toPlain, toScientific, type Decimal } from '../analysis/decimal';
import type { Claim, ClaimKind, Period, Qualifier, Quantity } from '../analysis/types';
import type { CachedAnalysis } from './cache';
import { frameOf } from '../analysis/claims/frame';
import { frameRows } from '../analysis/claims/frameText';
import type { Lang } from './locale';

const MAX_MENTIONS = 12;
/** From this magnitude on, the scientific form helps to read the number. */
const SCIENTIFIC_FROM = dec(100_000);

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

/** 万/亿 prefixes of a written unit relative to its base unit: `亿元` vs `元` → 8. */
function multiplierExponent(unitText: string, unit: string): number {
  const prefix = unitText.endsWith(unit) ? unitText.slice(0, unitText.length - unit.length) : '';
  let exponent = 0;
  for (const c of prefix) {
    if (c === '万') exponent += 4;
    else if (c === '亿') exponent += 8;
    else if (c === '千') exponent += 3;
    else if (c === '百') exponent += 2;
    else if (c === '十') exponent += 1;
    else return 0;
  }
  return exponent;
}

function formatValue(q: Quantity): string {
  const low = `${toGrouped(q.value)}${q.hi ? ` – ${toGrouped(q.hi)}` : ''} ${q.unit}`;
  const scientific = cmp(abs(q.value), SCIENTIFIC_FROM) >= 0 ? ` ≈ ${toScientific(q.value)}` : '';
  return `${low}${scientific}`;
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

/** The signed growth rate in percent of a growth claim, or undefined when not a plain rate. */
function signedGrowth(claim: Claim, quantity: Quantity): Decimal | undefined {
  if (claim.kind !== 'growth' || quantity.dimension !== 'percent' || quantity.hi) return undefined;
  const rate = abs(quantity.value);
  return claim.direction === 'down' ? { units: -rate.units, scale: rate.scale } : rate;
}

/**
 * Level ÷ (1 + g): the previous period's level implied by a level and a growth rate of the same
 * indicator in the same sentence. Official growth rates use comparable prices, so this is an
 * estimate, labelled as such.
 */
function impliedPrevious(entry: CachedAnalysis, claim: Claim, lang: Lang): string | undefined {
  if (claim.sentence < 0) return undefined;
  const siblings = entry.claimsWithKey(claim.key).filter((c) => c.sentence === claim.sentence);
  const levelClaim = claim.kind === 'level' ? claim : siblings.find((c) => c.kind === 'level');
  const growthClaim = claim.kind === 'growth' ? claim : siblings.find((c) => c.kind === 'growth');
  if (!levelClaim || !growthClaim) return undefined;
  const quantities = entry.analysis.quantities;
  const level = quantities[levelClaim.quantity];
  const growth = quantities[growthClaim.quantity];
  if (!level || !growth || level.hi) return undefined;
  const g = signedGrowth(growthClaim, growth);
  if (!g) return undefined;
  const factor = add(dec(1), shift(g, -2));
  const exponent = multiplierExponent(level.unitText, level.unit);
  const levelInWrittenUnit = shift(level.value, -exponent);
  const previous = div(levelInWrittenUnit, factor, Math.max(levelInWrittenUnit.scale, 1) + 2);
  if (!previous) return undefined;
  const shown = round(previous, Math.max(levelInWrittenUnit.scale, 1));
  const qualified = level.qualifier || growth.qualifier ? t(lang, '（含限定词，仅供参考）', ' (qualified figures, indicative only)') : '';
  return t(
    lang,
    `上期水平（按 ${md(level.text)} ÷ (1 ${cmp(g, dec(0)) < 0 ? '−' : '+'} ${toPlain(abs(g))}%) 推算）≈ **${toGrouped(shown)}${md(level.unitText)}**${qualified}`,
    `Implied previous level (${md(level.text)} ÷ (1 ${cmp(g, dec(0)) < 0 ? '−' : '+'} ${toPlain(abs(g))}%)) ≈ **${toGrouped(shown)}${md(level.unitText)}**${qualified}`,
  );
}

/** `占合计 231.7亿元 的 18.5%`: the share of its stated total, when the figure is a part of one. */
function shareOfTotal(entry: CachedAnalysis, qi: number, lang: Lang): string | undefined {
  const link = entry.analysis.partOf.find((p) => p.part === qi);
  if (!link) return undefined;
  const part = entry.analysis.quantities[qi];
  const total = entry.analysis.quantities[link.total];
  if (!part || !total || part.unit !== total.unit) return undefined;
  const share = div(shift(part.value, 2), total.value, 4);
  if (!share) return undefined;
  const shown = toPlain(round(share, 1));
  const line = entry.index.positionAt(total.span.start).line + 1;
  return t(
    lang,
    `占合计 ${md(total.text)}（第 ${line} 行）的 **${shown}%**${link.complete ? '' : '（其中的一部分）'}`,
    `**${shown}%** of the total ${md(total.text)} (line ${line})${link.complete ? '' : ' (a subset)'}`,
  );
}

function otherMentions(entry: CachedAnalysis, claim: Claim, lang: Lang): string[] {
  const quantities = entry.analysis.quantities;
  const others = entry.claimsWithKey(claim.key)
    .filter((c) => c.quantity !== claim.quantity && quantities[c.quantity] !== undefined)
    .sort((a, b) => quantities[a.quantity].span.start - quantities[b.quantity].span.start);
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
  const lines: string[] = [`**${md(quantity.text)}** = ${md(formatValue(quantity))}`];
  const claim = entry.claimOf(qi);
  if (claim) {
    lines.push('', ...formatClaim(claim, quantity, lang));
    const previous = impliedPrevious(entry, claim, lang);
    if (previous) lines.push('', previous);
    const share = shareOfTotal(entry, qi, lang);
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
