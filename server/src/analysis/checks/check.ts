// The shape every check has. A check reads the prepared model and returns findings;
// it never re-parses the text.

import type { Analysis, Finding, Msg, Severity } from '../types';

/** The model a check sees: everything but the findings. */
export type Model = Omit<Analysis, 'findings' | 'notices' | 'partOf' | 'skippedChecks'>;

/** What a check reports; the registry stamps code and severity from configuration. */
export type Draft = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

/**
 * What the check is for, written once here: `npm run gen` (tools/gen.ts) writes
 * the `reportLens.checks.<code>` settings of package.json, their package.nls*.json strings and
 * the README's Checks table from it; a unit test fails when those files are out of date.
 */
export interface CheckDocs {
  /** The setting's description (Markdown) with an example; the generator adds the code and how it combines with .reportlens.json. */
  description: Msg;
  /** README Checks table, English Markdown: what is flagged, an example, the quick fix (`—` when none). */
  finding: string;
  example: string;
  quickFix: string;
}

/** What the documentation generator (tools/gen.ts) reads of a check: single-report and cross-report alike. */
export type DocumentedCheck = Pick<Check, 'code' | 'defaultSeverity' | 'title' | 'docs'>;

export interface Check {
  code: string;
  defaultSeverity: Severity;
  /** Title and an example, used by documentation and settings. */
  title: { zh: string; en: string };
  /** Required of every registered check (the generator refuses a check without it). */
  docs?: CheckDocs;
  /**
   * True when the check reads claims (indicator, period, kind) and the relations between them:
   * the costly half of the pipeline. A light analysis (documents over the size limit) builds no
   * claims and skips these checks, and says which.
   */
  needsClaims: boolean;
  run(model: Model): Draft[];
}
