// The README's speed figures, rendered from the bench's results file
// (test/bench/results/latest.json, written by `npm run bench`): no figure in that section is
// typed by hand, so each one names the run, commit and machine it came from.

/** The parts of the results file the README shows (see test/bench/bench.mjs). */
export interface BenchResults {
  date: string;
  commit: string;
  dirty?: boolean;
  node: string;
  cpu?: string;
  cores: number;
  loadavg?: number[];
  quick: boolean;
  texts: {
    name: string;
    kind: string;
    bytes: number;
    ours: { coldMs: number; medianMs: number; p95Ms: number; runs: number };
    others: Record<string, { medianMs?: number; ratio?: number; skipped?: string; note?: string }>;
  }[];
  scaling: {
    perSize: { name: string; msPerMB: number }[];
    ratio10MBvs100KB: number;
    /** The same with the memos emptied before each run (like for like; the target's figure). */
    unseen?: { perSize: { name: string; msPerMB: number }[]; ratio10MBvs100KB: number };
  };
  heap?: { peakHeapMB?: number; peakAboveBaselineMB?: number; retainedResultMB?: number; skipped?: string };
  roundTrip?: { medianMs?: number; medianBeyondDebounceMs?: number; p95Ms?: number; openToDiagnosticsMs?: number; debounceMs?: number; skipped?: string };
  cold?: { name: string; ours: { firstMs?: number; loadMs?: number; error?: string }; autocorrect: { firstMs?: number; loadMs?: number; error?: string }; ratio?: number }[];
  stages?: { text: string; structureAndFiguresMs: number; claimsAndRelationsMs: number; checksMs: number; checks: number };
  light?: { text: string; medianMs: number; fullMedianMs: number; ratio: number };
  unseen?: { text: string; medianMs: number; ratioAutocorrect?: number };
  /** 001 and AutoCorrect timed call by call, alternately (the target's figure). */
  interleaved001?: { text: string; runs: number; oursMs: number; autocorrectMs: number; ratio: number };
  dense?: { figures: number; medianMs: number };
  cli?: { file: string; medianMs: number; runs: number };
}

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

function fmtBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

function fmtRatio(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

/** `000_4030585dcbde8695` → `000`; synthetic texts keep their name. */
const shortName = (name: string): string => (/^\d{3}_/.test(name) ? name.slice(0, 3) : name);

function other(t: BenchResults['texts'][number], id: string): [string, string] {
  const o = t.others[id];
  if (!o || o.skipped || o.medianMs === undefined) return ['—', '—'];
  return [fmtMs(o.medianMs), fmtRatio(o.ratio)];
}

export function speedSection(r: BenchResults): string {
  const machine = `${r.cpu ?? 'unknown CPU'} (${r.cores} cores), Node ${r.node.replace(/^v/, '')}`;
  const load = r.loadavg ? `, load average ${r.loadavg[0]}` : '';
  const out: string[] = [
    `Figures of the run at commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''} on ${r.date.slice(0, 10)}: ${machine}${load}` +
      `${r.quick ? ', quick budgets' : ''}. Source: \`test/bench/results/latest.json\`.`,
    '',
    '| text | size | cold | median | p95 | AutoCorrect | ours ÷ AutoCorrect | zhlint | ours ÷ zhlint |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.texts.map((t) =>
      [shortName(t.name), fmtBytes(t.bytes), fmtMs(t.ours.coldMs), fmtMs(t.ours.medianMs), fmtMs(t.ours.p95Ms), ...other(t, 'autocorrect'), ...other(t, 'zhlint')].join(' | '),
    ).map((row) => `| ${row} |`),
  ];
  const noWarm = r.texts.filter((t) => t.others.autocorrect?.skipped).map((t) => shortName(t.name));
  if (noWarm.length > 0) {
    out.push('', `AutoCorrect has no warm figure for ${noWarm.join(', ')} (it lints a text that large once per process, then reports "call limit reached"), so no warm ratio is given there; the cold table compares first calls.`);
  }
  if (r.cold && r.cold.length > 0) {
    out.push(
      '',
      'First call in a fresh process (cold; loading the tool not included):',
      '',
      '| text | ours | AutoCorrect | ours ÷ AutoCorrect |',
      '|---|---|---|---|',
      ...r.cold.map((c) => `| ${shortName(c.name)} | ${c.ours.error ? '—' : fmtMs(c.ours.firstMs)} | ${c.autocorrect.error ? '—' : fmtMs(c.autocorrect.firstMs)} | ${fmtRatio(c.ratio)} |`),
    );
  }
  out.push('');
  if (r.interleaved001) {
    const i = r.interleaved001;
    out.push(`- **001 against AutoCorrect, call by call** (the two alternate, so that the machine's load falls on both alike): ${fmtMs(i.oursMs)} against ${fmtMs(i.autocorrectMs)} over ${i.runs} pairs = **${fmtRatio(i.ratio)}**.`);
  }
  const per = r.scaling.perSize.map((s) => `${fmtMs(s.msPerMB)} at ${s.name.replace(/^synthetic /, '')}`).join(', ');
  const u = r.scaling.unseen;
  if (u) {
    const perUnseen = u.perSize.map((s) => `${fmtMs(s.msPerMB)} at ${s.name.replace(/^synthetic /, '')}`).join(', ');
    out.push(`- **Time per MB** with the memos emptied before each run (like for like): ${perUnseen} — 10 MB ÷ 100 KB = **${fmtRatio(u.ratio10MBvs100KB)}**. Re-analysing an unchanged text (warm): ${per} — ${fmtRatio(r.scaling.ratio10MBvs100KB)} (the memos serve the 100 KB text whole and the 10 MB one in part).`);
  } else {
    out.push(`- **Time per MB**: ${per} — 10 MB ÷ 100 KB = **${fmtRatio(r.scaling.ratio10MBvs100KB)}**.`);
  }
  if (r.heap && !r.heap.skipped && r.heap.peakHeapMB !== undefined) {
    out.push(`- **Peak heap** for 10 MB: ${r.heap.peakHeapMB.toFixed(0)} MB (${(r.heap.peakAboveBaselineMB ?? 0).toFixed(0)} MB above the heap before; the result retains ${(r.heap.retainedResultMB ?? 0).toFixed(0)} MB).`);
  }
  if (r.roundTrip && !r.roundTrip.skipped && r.roundTrip.medianMs !== undefined) {
    out.push(
      `- **Incremental round trip** on 001, one-character \`didChange\` → published diagnostics: median ${fmtMs(r.roundTrip.medianMs)} = the ${r.roundTrip.debounceMs} ms debounce + **${fmtMs(r.roundTrip.medianBeyondDebounceMs)}**; p95 ${fmtMs(r.roundTrip.p95Ms)}; first diagnostics after \`didOpen\` ${fmtMs(r.roundTrip.openToDiagnosticsMs)}.`,
    );
  }
  if (r.unseen) {
    out.push(
      `- **Unseen text** (${shortName(r.unseen.text)} with the memos emptied before every run, as if every sentence had been edited; the warm figures above re-analyse an unchanged text, as an editor mostly does): ${fmtMs(r.unseen.medianMs)}` +
        (r.unseen.ratioAutocorrect !== undefined ? `, ${fmtRatio(r.unseen.ratioAutocorrect)} AutoCorrect's warm median.` : '.'),
    );
  }
  if (r.light) out.push(`- **Light analysis** (over \`reportLens.maxDocumentSize\`) of the ${r.light.text.replace(/^synthetic /, '')} text: ${fmtMs(r.light.medianMs)} against ${fmtMs(r.light.fullMedianMs)} for a full one (${fmtRatio(r.light.ratio)}).`);
  if (r.stages) {
    out.push(
      `- **Stages** on ${shortName(r.stages.text)} (warm medians, as differences of three configurations): structure and figures ${fmtMs(r.stages.structureAndFiguresMs)}, claims and relations ${fmtMs(r.stages.claimsAndRelationsMs)}, the ${r.stages.checks} checks ${fmtMs(r.stages.checksMs)}.`,
    );
  }
  if (r.dense) out.push(`- **One sentence with ${r.dense.figures.toLocaleString('en-US')} figures**: ${fmtMs(r.dense.medianMs)} (no check compares all pairs).`);
  if (r.cli) out.push(`- **CLI wall time**, \`report-lens check ${r.cli.file.slice(0, 3)}…txt\` (process start to exit): median ${fmtMs(r.cli.medianMs)} over ${r.cli.runs} runs.`);
  return out.join('\n');
}
