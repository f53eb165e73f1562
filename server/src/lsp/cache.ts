// Per-version analysis cache: every request (diagnostics, hover, symbols) for a given document
// version and settings generation is answered from one analyze() call, in flight or finished.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzeOptions } from '../analysis/index';
import { AnalysisTimeout } from './analysisWorker';
import type { Analysis, Claim, Msg } from '../analysis/types';
import { isReportDocument } from './detect';
import { LineIndex } from '../shared/lineIndex';
import { msg } from '../shared/locale';
import type { Settings } from './settings';
import { NO_PROJECT_OPTIONS, type ProjectOptions } from './projectFiles';

/** Why a document has no findings although it was looked at. */
/** `light`: over `reportLens.maxDocumentSize`, analysed without the checks that need claims. */
export type AnalysisStatus = 'analyzed' | 'light' | 'notReport' | 'failed';

export class CachedAnalysis {
  private claimsByQuantity?: Map<number, Claim>;
  private claimsByKey?: Map<string, Claim[]>;
  private quantityOrder?: number[];

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly generation: number,
    readonly status: AnalysisStatus,
    readonly analysis: Analysis,
    readonly index: LineIndex,
    /** Shown once per document and reason, when set. */
    readonly notice?: Msg,
  ) {}

  /** Index of the quantity whose span contains `offset` (end inclusive, for a cursor just after it). */
  quantityAt(offset: number): number | undefined {
    const quantities = this.analysis.quantities;
    // Built lazily, once per version: quantity indices sorted by start offset.
    this.quantityOrder ??= quantities.map((_, i) => i).sort((a, b) => quantities[a]!.span.start - quantities[b]!.span.start);
    const order = this.quantityOrder;
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quantities[order[mid]!]!.span.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Spans do not nest in practice; look back a few in case two touch.
    for (let k = found; k >= 0 && k > found - 4; k--) {
      const index = order[k];
      const span = index === undefined ? undefined : quantities[index]?.span;
      if (span && span.start <= offset && offset <= span.end) return index;
    }
    return undefined;
  }

  claimOf(quantity: number): Claim | undefined {
    if (!this.claimsByQuantity) {
      this.claimsByQuantity = new Map();
      for (const claim of this.analysis.claims) this.claimsByQuantity.set(claim.quantity, claim);
    }
    return this.claimsByQuantity.get(quantity);
  }

  claimsWithKey(key: string): readonly Claim[] {
    if (!this.claimsByKey) {
      this.claimsByKey = new Map();
      for (const claim of this.analysis.claims) {
        const list = this.claimsByKey.get(claim.key);
        if (list) list.push(claim);
        else this.claimsByKey.set(claim.key, [claim]);
      }
    }
    return this.claimsByKey.get(key) ?? [];
  }
}

/**
 * An analysis with no content for a document that is not analysed. Derived from analyze('') so
 * that it stays complete when the engine's Analysis type grows new lists.
 */
function emptyAnalysis(text: string): Analysis {
  return { ...analyze(''), text };
}

/** The one visible notice for a document over the size limit: what still runs, what was skipped. */
function lightNotice(length: number, limit: number, skipped: readonly string[]): Msg {
  const n = length.toLocaleString('en-US');
  const max = limit.toLocaleString('en-US');
  const list = skipped.join(', ');
  return msg(
    `Report Lens：文档较大（${n} 字符，超过 reportLens.maxDocumentSize 的 ${max}），已跳过需要指标计算的检查（${list}）；大纲、数值悬停和其余检查照常。可调大该设置以完整检查。`,
    `Report Lens: this document is large (${n} characters, over reportLens.maxDocumentSize of ${max}), so the checks that need indicator arithmetic were skipped (${list}); the outline, figure hovers and the other checks still run. Raise the setting for a full check.`,
  );
}

export interface AnalysisLog {
  error(message: string): void;
}

export type AnalyzeFunction = (text: string, options: AnalyzeOptions) => Promise<Analysis>;

interface Slot {
  version: number;
  generation: number;
  entry: Promise<CachedAnalysis>;
}

export class AnalysisCache {
  /** One slot per document: the latest requested version, finished or in flight. */
  private readonly slots = new Map<string, Slot>();
  /** Number of analyze() calls, for tests and logging. */
  analyses = 0;

  constructor(
    private readonly log: AnalysisLog,
    private readonly analyzeText: AnalyzeFunction = (text, options) => Promise.resolve(analyze(text, options)),
  ) {}

  /**
   * The analysis of this exact version and settings generation; analysed at most once. The
   * generation also covers `project` (a change to `.reportlens.json` bumps it).
   */
  get(document: TextDocument, settings: Settings, generation: number, project: ProjectOptions = NO_PROJECT_OPTIONS): Promise<CachedAnalysis> {
    const slot = this.slots.get(document.uri);
    if (slot && slot.version === document.version && slot.generation === generation) return slot.entry;
    const entry = this.compute(document, settings, generation, project);
    this.slots.set(document.uri, { version: document.version, generation, entry });
    return entry;
  }

  delete(uri: string): void {
    this.slots.delete(uri);
  }

  private async compute(document: TextDocument, settings: Settings, generation: number, project: ProjectOptions): Promise<CachedAnalysis> {
    // Read the version with the text, before any await: TextDocuments updates the document
    // object in place, so `document.version` read after the analysis may be a newer version's
    // and would stamp this text's findings as that version's.
    const text = document.getText();
    const version = document.version;
    const make = (status: AnalysisStatus, analysis: Analysis, notice?: Msg): CachedAnalysis =>
      new CachedAnalysis(document.uri, version, generation, status, analysis, new LineIndex(text), notice);

    if (!isReportDocument(document.languageId, text, settings.enable)) {
      return make('notReport', emptyAnalysis(text));
    }
    // Over the size limit the document is still analysed, lightly: outline, figures and the text
    // checks; the checks that need claims are skipped and the user is told which, once.
    const light = text.length > settings.maxDocumentSize;
    try {
      this.analyses++;
      // Precedence: an editor setting the user set > the project file's `checks` > the default.
      const severities = { ...project.checks, ...settings.checks };
      const analysis = await this.analyzeText(text, { severities, suppressions: project.suppressions, light });
      return light && analysis.skippedChecks.length > 0
        ? make('light', analysis, lightNotice(text.length, settings.maxDocumentSize, analysis.skippedChecks))
        : make('analyzed', analysis);
    } catch (error) {
      // The engine promises never to throw or hang; if it does anyway, keep the server alive and say so.
      const timedOut = error instanceof AnalysisTimeout;
      this.log.error(`analyze() failed for ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return make(
        'failed',
        emptyAnalysis(text),
        timedOut
          ? msg('Report Lens：分析此文档超时，已跳过。', 'Report Lens: analysing this document took too long and was stopped.')
          : msg('Report Lens：分析此文档时出错，详情见输出面板。', 'Report Lens: analysing this document failed; see the output panel for details.'),
      );
    }
  }
}
