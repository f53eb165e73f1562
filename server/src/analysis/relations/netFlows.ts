// An inflow, an outflow and their net, by definition (cues/flows.ts):
//   `现金收入1057.1亿元，增长16.2%；现金支出1021.5亿元，增长16.8%。货币净回笼35.6亿元`
// inflow = outflow + 净回笼 (or outflow = inflow + 净投放). Read when each of the three is named right
// before its figure exactly once within a few sentences of one paragraph: a second 现金收入 (a
// branch's, last year's) leaves the pairing unwritten, and nothing is read.

import type { Model } from '../checks/check';
import type { Partition } from './partitions';
import { type Placed, claimsByQuantity, definedPartition, quantitiesBySentence } from './bySentence';
import { isPoint, tolerance } from './precision';
import { add, cmp, dec, sub } from '../decimal';
import { JOINT_FLOWS, NET_FLOWS, NET_WORD, flowRole, type FlowRole, type NetFlow } from '../cues/flows';

/** How many sentences the three may span (the net usually opens the sentence after the outflow). */
const WINDOW = 3;

export function netFlowPartitions(model: Model): Partition[] {
  const placed = quantitiesBySentence(model);
  const claims = claimsByQuantity(model);
  const out: Partition[] = [];
  model.sentences.forEach((sentence, si) => {
    // (`初次收入流入和流出分别为A和B，从而产生C净流入`: the two flows named together, the net after its figure.)
    if (sentence.text.includes('流出')) out.push(...jointFlows(sentence.text, placed[si] ?? [], claims, si));
    // Most sentences name no net flow: one cheap test first.
    if (!NET_WORD.test(sentence.text)) return;
    for (const row of NET_FLOWS) {
      if (row.cue !== undefined && !row.cue.test(sentence.text)) continue;
      if (row.unless?.test(sentence.text) === true) continue;
      // The net's own sentence first (`…累计结汇A，累计售汇B，累计结售汇顺差C` after the month's three):
      // when it names all three, the sentences before it are not looked at.
      const flows = flowsIn(model, placed, row, si, si) ?? flowsIn(model, placed, row, Math.max(0, si - WINDOW + 1), si);
      if (!flows) continue;
      const { inflow, outflow, net, netIn } = flows;
      if (inflow.q.unit !== outflow.q.unit || net.q.unit !== inflow.q.unit) continue;
      if (truncatedNet(inflow, outflow, net, netIn)) continue;
      out.push(netIn ? definedPartition(inflow, [outflow, net], claims, row.name, si) : definedPartition(outflow, [inflow, net], claims, row.name, si));
    }
  });
  return out;
}

interface Flows {
  inflow: Placed;
  outflow: Placed;
  net: Placed;
  /** The net is an inflow's excess (else an outflow's). */
  netIn: boolean;
}

/**
 * The three flows of `row` named in sentences `from`..`si` of sentence si's paragraph, each exactly
 * once, with the net in sentence si; undefined otherwise.
 */
function flowsIn(model: Model, placed: Placed[][], row: NetFlow, from: number, si: number): Flows | undefined {
  const paragraph = model.sentences[si]?.paragraph;
  const found = new Map<FlowRole, Placed[]>();
  for (let k = from; k <= si; k++) {
    const s = model.sentences[k];
    if (!s || s.paragraph !== paragraph) continue;
    for (const p of placed[k] ?? []) {
      if (!isPoint(p.q)) continue;
      const role = flowRole(row, s.text.slice(Math.max(0, p.start - (row.reach ?? 10)), p.start), s.text.slice(p.end, p.end + 6));
      if (role) found.set(role, [...(found.get(role) ?? []), p]);
    }
  }
  const one = (role: FlowRole): Placed | undefined => (found.get(role)?.length === 1 ? found.get(role)?.[0] : undefined);
  const netIn = one('netIn');
  const netOut = one('netOut');
  // (`本月整體支出A，收入B，因而錄得C赤字；首兩個月的整體支出D，收入E`: in a row read side by side, the flows right
  // before its one net are its own, however many more of them the sentence names after it.)
  const theNet = netIn ?? netOut;
  const lastBefore = (role: FlowRole): Placed | undefined =>
    row.adjacent === true && theNet !== undefined ? (found.get(role) ?? []).filter((p) => p.index < theNet.index).at(-1) : undefined;
  const inflow = one('in') ?? lastBefore('in');
  const outflow = one('out') ?? lastBefore('out');
  // The last of the three must stand in this sentence (each relation is read once), and only one
  // sign of the net.
  const net = netIn ?? netOut;
  if (!inflow || !outflow || !net || (netIn && netOut)) return undefined;
  // (No sentence after this one is looked at: one of the three here makes this the last of them.)
  const here = placed[si] ?? [];
  if (![inflow, outflow, net].some((p) => here.includes(p))) return undefined;
  if (row.adjacent === true && !consecutive(placed, from, si, [inflow, outflow, net])) return undefined;
  // (`…歲入歲出差短C；另附屬單位預算收入A，支出B，收支賸餘D`: a row read side by side states its net after the two
  // flows; a net before them closes another pair.)
  if (row.adjacent === true && (net.index < inflow.index || net.index < outflow.index)) return undefined;
  return { inflow, outflow, net, netIn: netIn !== undefined };
}

/**
 * `进口1470.94亿美元、出口548.17亿美元，…逆差达922亿美元`: a net written coarser than its flows and cut, not rounded
 * (922.77 → 922): consistent as written (news often drops the decimals of a derived figure).
 */
function truncatedNet(inflow: Placed, outflow: Placed, net: Placed, netIn: boolean): boolean {
  const computed = netIn ? sub(inflow.q.value, outflow.q.value) : sub(outflow.q.value, inflow.q.value);
  const cut = sub(computed, net.q.value);
  // One unit of the net's last written place is twice its rounding tolerance; the flows must be finer.
  const unit = add(tolerance(net.q), tolerance(net.q));
  const finer = cmp(tolerance(inflow.q), tolerance(net.q)) < 0 && cmp(tolerance(outflow.q), tolerance(net.q)) < 0;
  return finer && cmp(cut, dec(0)) >= 0 && cmp(cut, unit) < 0;
}

/** True when no other figure of the three's unit stands between the first and the last of them. */
function consecutive(placed: Placed[][], from: number, si: number, three: Placed[]): boolean {
  const first = Math.min(...three.map((p) => p.index));
  const last = Math.max(...three.map((p) => p.index));
  const unit = three[0]?.q.unit;
  for (let k = from; k <= si; k++) {
    for (const p of placed[k] ?? []) {
      if (p.index > first && p.index < last && p.q.unit === unit && !three.includes(p)) return false;
    }
  }
  return true;
}

/** `流入和流出分别为A和B，从而产生C净流入`: inflow = outflow + net in (or outflow = inflow + net out), one unit. */
function jointFlows(text: string, items: readonly Placed[], claims: ReturnType<typeof claimsByQuantity>, si: number): Partition[] {
  const out: Partition[] = [];
  for (let i = 0; i + 2 < items.length; i++) {
    const [inflow, outflow, net] = [items[i]!, items[i + 1]!, items[i + 2]!];
    if (![inflow, outflow, net].every((p) => p.q.dimension === 'money' && isPoint(p.q) && p.q.unit === inflow.q.unit)) continue;
    const squeeze = (a: number, b: number): string => text.slice(a, b).replace(/[\s\u3000]+/g, '');
    if (!JOINT_FLOWS.before.test(squeeze(Math.max(0, inflow.start - 12), inflow.start))) continue;
    if (!JOINT_FLOWS.between.test(squeeze(inflow.end, outflow.start)) || !JOINT_FLOWS.toNet.test(squeeze(outflow.end, net.start))) continue;
    const way = JOINT_FLOWS.netAfter.exec(squeeze(net.end, net.end + 6))?.[1];
    if (way === undefined) continue;
    out.push(way === '流入' ? definedPartition(inflow, [outflow, net], claims, '流入 = 流出 + 净流入', si) : definedPartition(outflow, [inflow, net], claims, '流出 = 流入 + 净流出', si));
  }
  return out;
}
