// Engine-independent candidates for recall: figures of a real excerpt that other figures of the
// same excerpt pin arithmetically (a total and its parts, a share and its part and whole, a
// structure ratio, a figure stated twice). A reviewer with a calculator could catch a change to
// any of them, whatever phrasing surrounds it, so they measure recall without borrowing the
// engine's own reading of the text. Floats are fine here: this is a test harness with explicit
// rounding tolerances, not the engine.

const UNIT = '(万亿元|亿元|万元|元|億元|萬元|万人次|万人|人次|人|万吨|吨|萬噸|万亩|亩|萬畝|公顷|万千瓦|千瓦|个百分点|個百分點|%|％)';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?';
// (Not the tail of a figure written in groups, `123萬9614人`, `21 萬 5,433 人`: the engine reads those whole, and
// a change to the tail alone, `123萬10768人`, is no figure anyone would write.)
const FIGURE = new RegExp(`(?<![\\d.,A-Za-z])(?<![万萬亿億兆]\\s?)${NUMBER}\\s?${UNIT}`, 'g');

const SCALE = { 万亿元: 1e12, 亿元: 1e8, 億元: 1e8, 万元: 1e4, 萬元: 1e4, 元: 1, 万人次: 1e4, 人次: 1, 万人: 1e4, 人: 1, 万吨: 1e4, 萬噸: 1e4, 吨: 1, 万亩: 1e4, 萬畝: 1e4, 亩: 1, 公顷: 1, 万千瓦: 1e4, 千瓦: 1, 个百分点: 1, 個百分點: 1, '%': 1, '％': 1 };
const DIM = { 万亿元: 'money', 亿元: 'money', 億元: 'money', 万元: 'money', 萬元: 'money', 元: 'money', 万人次: 'visits', 人次: 'visits', 万人: 'people', 人: 'people', 万吨: 'mass', 萬噸: 'mass', 吨: 'mass', 万亩: 'area', 萬畝: 'area', 亩: 'area', 公顷: 'ha', 万千瓦: 'power', 千瓦: 'power', 个百分点: 'pp', 個百分點: 'pp', '%': 'pct', '％': 'pct' };

/** Every figure with a unit: span of the number, unit, value in base units, half a unit of its last digit. */
export function figuresOf(text) {
  const out = [];
  for (const m of text.matchAll(FIGURE)) {
    const intPart = m[1].replace(/,/g, '');
    const frac = m[2] ?? '';
    const unit = m[3];
    const decimals = frac ? frac.length - 1 : 0;
    const scale = SCALE[unit];
    const value = Number(intPart + frac) * scale;
    const numberText = m[1] + frac;
    out.push({
      start: m.index,
      numberEnd: m.index + numberText.length,
      end: m.index + m[0].length,
      numberText,
      decimals,
      unit,
      dim: DIM[unit],
      value,
      half: 0.5 * 10 ** -decimals * scale,
    });
  }
  return out;
}

/** Paragraph and sentence index of an offset. */
function segmenter(text) {
  const paraStarts = [0];
  const sentStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { paraStarts.push(i + 1); sentStarts.push(i + 1); }
    else if ('。；;！？'.includes(c)) sentStarts.push(i + 1);
  }
  const idx = (starts, at) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= at) lo = mid; else hi = mid - 1; }
    return lo;
  };
  return { para: (at) => idx(paraStarts, at), sent: (at) => idx(sentStarts, at) };
}

const CHANGE_BEFORE = /(增加|减少|增长|下降|提高|增收|减收|增量|净增)[^，。；,;]{0,3}$/;
const additive = new Set(['money', 'people', 'visits', 'mass', 'area', 'ha', 'power']);

/** Candidates: { kind, figure, pinnedBy: figures[] }. */
export function pinnedFigures(text) {
  const figs = figuresOf(text);
  const seg = segmenter(text);
  const cands = [];
  const seen = new Set();
  const add = (kind, figure, pinnedBy) => {
    const k = `${kind}@${figure.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    cands.push({ kind, figure, pinnedBy });
  };

  // Totals and parts: a figure followed in its paragraph by a run of 2–6 figures of the same
  // dimension (other dimensions skipped) that add up to it within rounding.
  const byPara = new Map();
  for (const f of figs) {
    const p = seg.para(f.start);
    if (!byPara.has(p)) byPara.set(p, []);
    byPara.get(p).push(f);
  }
  for (const list of byPara.values()) {
    for (const dim of additive) {
      // Changes (增加0.6万人, 增收3亿元) are never parts of a level.
      const same = list.filter((f) => f.dim === dim && !CHANGE_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)));
      for (let i = 0; i < same.length; i++) {
        const total = same[i];
        // A coarse total (`9亿元`, ±0.5亿) fits many runs by chance: only totals written to within 1 %.
        if (total.half > total.value * 0.01) continue;
        // Of the runs that add up, the closest one wins (a stray figure may fit within the tolerance too).
        let best;
        for (let skip = 1; skip <= 2; skip++) {
          let sum = 0;
          let tol = total.half;
          for (let n = 0; n < 6 && i + skip + n < same.length; n++) {
            const part = same[i + skip + n];
            if (part.value >= total.value) break;
            sum += part.value;
            tol += part.half;
            const diff = Math.abs(sum - total.value);
            // Parts written coarsely (`60亿元` under `61.2亿元`) would make any run fit: the whole
            // tolerance stays within 1 % of the total.
            if (tol > total.value * 0.01) break;
            if (n >= 1 && diff <= tol + 1e-9 * total.value) {
              if (!best || diff < best.diff) best = { diff, parts: same.slice(i + skip, i + skip + n + 1) };
              break;
            }
          }
        }
        if (best) {
          add('total', total, best.parts);
          // A part inside a 分别 list (`…分别为A、B、C`) is counted as its own kind.
          const listed = text.slice(total.end, best.parts[0].start).includes('分别');
          for (const p of best.parts) add(listed ? 'list-item' : 'part', p, [total, ...best.parts.filter((x) => x !== p)]);
        }
      }
    }
  }

  // Shares and completion rates: a percentage after 占/比重/占比/完成/为…的 equal, within rounding,
  // to part ÷ whole of two figures of one dimension before it in its sentence.
  for (const f of figs) {
    if (f.dim !== 'pct') continue;
    const before = text.slice(Math.max(0, f.start - 14), f.start);
    if (!/(占|比重|占比|完成|为|达到?)[^，。；]*$/.test(before)) continue;
    if (/(增长|下降|提高|增速|同比|比上年)[^，。；]*$/.test(before)) continue;
    const s = seg.sent(f.start);
    const prior = figs.filter((g) => g.end <= f.start && seg.sent(g.start) === s && additive.has(g.dim));
    let found = false;
    for (const part of prior) {
      for (const whole of prior) {
        if (part === whole || part.dim !== whole.dim || whole.value === 0) continue;
        const pct = (part.value / whole.value) * 100;
        const pctTol = 0.5 * 10 ** -f.decimals + 100 * (part.half / whole.value + (part.value * whole.half) / whole.value ** 2);
        if (Math.abs(pct - f.value) <= pctTol) {
          add('share', f, [part, whole]);
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }

  // Structure ratios a:b:c summing to 100.
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s?[:：︰∶]\s?(\d+(?:\.\d+)?)\s?[:：︰∶]\s?(\d+(?:\.\d+)?)/g)) {
    const parts = [m[1], m[2], m[3]];
    const sum = parts.reduce((a, b) => a + Number(b), 0);
    const decimals = Math.max(...parts.map((p) => (p.includes('.') ? p.split('.')[1].length : 0)));
    if (Math.abs(sum - 100) > 1.5 * 0.5 * 10 ** -decimals + 1e-9) continue;
    const offset = m.index + m[0].indexOf(m[2], m[1].length);
    add('ratio', { start: offset, numberEnd: offset + m[2].length, end: offset + m[2].length, numberText: m[2], decimals: m[2].includes('.') ? m[2].split('.')[1].length : 0, unit: '', dim: 'ratio', value: Number(m[2]) }, []);
  }

  // Growth pinned by its level and increment: `X万元，比上年增收Y万元，增长g%` — Y = X − X ÷ (1 + g)
  // within the rounding of g (levels are current prices here: budget and finance figures).
  for (let i = 0; i < figs.length; i++) {
    const level = figs[i];
    if (level.dim !== 'money') continue;
    const s = seg.sent(level.start);
    const near = figs.slice(i + 1, i + 4).filter((f) => seg.sent(f.start) === s && f.start - level.end < 60);
    const growth = near.find((f) => f.dim === 'pct' && /(增长|下降|增幅|减幅|降幅)[^，。；,;\d]{0,2}$/.test(text.slice(Math.max(0, f.start - 5), f.start)));
    const inc = near.find((f) => f.dim === 'money' && /(增收|减收|增加|减少|增支|减支)[^，。；,;\d]{0,2}$/.test(text.slice(Math.max(0, f.start - 5), f.start)));
    if (!growth || !inc) continue;
    const down = /(下降|减幅|降幅)[^，。；,;\d]{0,2}$/.test(text.slice(Math.max(0, growth.start - 5), growth.start));
    const g = (down ? -growth.value : growth.value) / 100;
    if (1 + g <= 0) continue;
    const implied = Math.abs(level.value - level.value / (1 + g));
    const dg = 0.5 * 10 ** -growth.decimals / 100;
    const tol = inc.half + level.half + (level.value * dg) / (1 + g) ** 2;
    if (Math.abs(implied - inc.value) <= tol) add('growth', growth, [level, inc]);
  }

  // 万/亿 slips: a money figure pinned by a sum or a share.
  for (const c of [...cands]) {
    if ((c.kind === 'part' || c.kind === 'total') && c.figure.dim === 'money' && /^(亿元|万元|億元|萬元)$/.test(c.figure.unit)) add('unit', c.figure, c.pinnedBy);
  }
  return cands;
}

/** The changed text and the changed figure's new span. */
export function mutate(text, cand) {
  const f = cand.figure;
  if (cand.kind === 'unit') {
    const swapped = { 亿元: '万元', 万元: '亿元', 億元: '萬元', 萬元: '億元' }[f.unit];
    const unitStart = text.indexOf(f.unit, f.numberEnd);
    const newText = text.slice(0, unitStart) + swapped + text.slice(unitStart + f.unit.length);
    return { text: newText, span: { start: f.start, end: f.end } };
  }
  const v = Number(f.numberText.replace(/,/g, ''));
  const unitStep = 10 ** -f.decimals;
  let nv;
  if (cand.kind === 'share' || cand.kind === 'ratio' || f.dim === 'pct' || f.dim === 'pp') nv = v + Math.max(1, 10 * unitStep);
  else nv = v + Math.max(v * 0.12, 5 * unitStep);
  const numberText = nv.toFixed(f.decimals);
  const newText = text.slice(0, f.start) + numberText + text.slice(f.numberEnd);
  return { text: newText, span: { start: f.start, end: f.end + (numberText.length - f.numberText.length) } };
}
