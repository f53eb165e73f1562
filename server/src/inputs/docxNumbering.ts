// Word's automatic list numbers (`w:numPr` on a paragraph or on its style) as the reader sees
// them. mammoth, which reads the document text, does not render list numbers, so this module
// reads `word/numbering.xml`, `word/styles.xml` and the paragraphs' numbering properties with a
// real XML parser (@xmldom/xmldom, mammoth's own) and counts like Word does.

import { DOMParser } from '@xmldom/xmldom';
import { renderLabel, type LevelFormat } from './listNumberFormat';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function children(element: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) out.push(node as Element);
  }
  return out;
}

function child(element: Element | undefined, localName: string): Element | undefined {
  return element ? children(element, localName)[0] : undefined;
}

function val(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const value = element.getAttributeNS(W, 'val') || element.getAttribute('w:val');
  return value === null || value === '' ? undefined : value;
}

function parse(xml: string | undefined): Element | undefined {
  if (!xml) return undefined;
  let broken = false;
  const doc = new DOMParser({ errorHandler: { fatalError: () => void (broken = true) } }).parseFromString(xml, 'text/xml');
  return broken || !doc.documentElement ? undefined : doc.documentElement;
}

interface NumPr {
  numId: string;
  level: number;
}

function readNumPr(pPr: Element | undefined): NumPr | undefined {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const numId = val(child(numPr, 'numId'));
  if (numId === undefined) return undefined;
  return { numId, level: Number(val(child(numPr, 'ilvl')) ?? '0') || 0 };
}

interface AbstractNum {
  levels: LevelFormat[];
  /** Paragraph style → level, for headings whose style carries the numbering (`w:lvl/w:pStyle`). */
  styleLevels: Map<string, number>;
}

interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** Paragraph style id → numbering from styles.xml (with `basedOn` followed). */
  styleNumbering: Map<string, NumPr>;
}

function readAbstract(element: Element): AbstractNum {
  const levels: LevelFormat[] = [];
  const styleLevels = new Map<string, number>();
  for (const lvl of children(element, 'lvl')) {
    const index = Number(lvl.getAttributeNS(W, 'ilvl') || lvl.getAttribute('w:ilvl') || '0') || 0;
    const suffix = val(child(lvl, 'suff'));
    levels[index] = {
      numFmt: val(child(lvl, 'numFmt')) ?? 'decimal',
      lvlText: val(child(lvl, 'lvlText')) ?? '',
      start: Number(val(child(lvl, 'start')) ?? '1') || 1,
      suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    };
    const style = val(child(lvl, 'pStyle'));
    if (style !== undefined) styleLevels.set(style, index);
  }
  return { levels, styleLevels };
}

function readDefinitions(numberingXml: string | undefined, stylesXml: string | undefined): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  const root = parse(numberingXml);
  if (root) {
    for (const a of children(root, 'abstractNum')) {
      abstracts.set(a.getAttributeNS(W, 'abstractNumId') || a.getAttribute('w:abstractNumId') || '', readAbstract(a));
    }
    for (const n of children(root, 'num')) {
      const abstractId = val(child(n, 'abstractNumId'));
      if (abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      for (const o of children(n, 'lvlOverride')) {
        const start = val(child(o, 'startOverride'));
        const ilvl = Number(o.getAttributeNS(W, 'ilvl') || o.getAttribute('w:ilvl') || '0') || 0;
        if (start !== undefined) startOverrides.set(ilvl, Number(start) || 1);
      }
      nums.set(n.getAttributeNS(W, 'numId') || n.getAttribute('w:numId') || '', { abstractId, startOverrides });
    }
  }
  const styleNumbering = new Map<string, NumPr>();
  const styles = parse(stylesXml);
  if (styles) {
    const own = new Map<string, { numPr?: NumPr; basedOn?: string }>();
    for (const s of children(styles, 'style')) {
      const id = s.getAttributeNS(W, 'styleId') || s.getAttribute('w:styleId') || '';
      own.set(id, { numPr: readNumPr(child(s, 'pPr')), basedOn: val(child(s, 'basedOn')) });
    }
    for (const id of own.keys()) {
      let at: string | undefined = id;
      for (let depth = 0; at !== undefined && depth < 10; depth++) {
        const entry = own.get(at);
        if (entry?.numPr) {
          styleNumbering.set(id, entry.numPr);
          break;
        }
        at = entry?.basedOn;
      }
    }
  }
  return { abstracts, nums, styleNumbering };
}

export interface ParagraphNumbering {
  /** The visible list number with its separator (`一、`, `（二）`), `''` when none. */
  label: string;
  /** True for every list paragraph (bullets too), as mammoth marks them. */
  numbered: boolean;
}

/** The list label of every paragraph of `documentXml` in document order (tables included). */
export function paragraphLabels(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): ParagraphNumbering[] {
  const root = parse(documentXml);
  if (!root) return [];
  const defs = readDefinitions(numberingXml, stylesXml);
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const labels: ParagraphNumbering[] = [];
  const paragraphs = root.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const pPr = child(p, 'pPr');
    const styleId = val(child(pPr, 'pStyle'));
    let numPr = readNumPr(pPr) ?? (styleId !== undefined ? defs.styleNumbering.get(styleId) : undefined);
    if (!numPr && styleId !== undefined) {
      for (const [abstractId, abstract] of defs.abstracts) {
        const level = abstract.styleLevels.get(styleId);
        if (level === undefined) continue;
        const numId = [...defs.nums].find(([, n]) => n.abstractId === abstractId)?.[0];
        if (numId !== undefined) numPr = { numId, level };
        break;
      }
    }
    const num = numPr ? defs.nums.get(numPr.numId) : undefined;
    const abstract = num ? defs.abstracts.get(num.abstractId) : undefined;
    if (!numPr || !num || !abstract || numPr.numId === '0') {
      labels.push({ label: '', numbered: false });
      continue;
    }
    const state = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, state);
    if (!startedNums.has(numPr.numId)) {
      startedNums.add(numPr.numId);
      for (const [level, start] of num.startOverrides) {
        state[level] = start - 1;
        state.length = Math.max(state.length, level + 1);
      }
    }
    const level = numPr.level;
    const start = abstract.levels[level]?.start ?? 1;
    state[level] = state[level] === undefined ? start : state[level] + 1;
    // A higher level restarts every deeper one.
    state.length = level + 1;
    for (let k = 0; k < level; k++) if (state[k] === undefined) state[k] = abstract.levels[k]?.start ?? 1;
    labels.push({ label: renderLabel(abstract.levels, state, level), numbered: true });
  }
  return labels;
}
