// The shape every check has. A check reads the prepared model and returns findings;
// it never re-parses the text.

import type { Analysis, Finding, Severity } from '../types';

/** The model a check sees: everything but the findings. */
export type Model = Omit<Analysis, 'findings' | 'notices' | 'partOf' | 'skippedChecks'>;

/** What a check reports; the registry stamps code and severity from configuration. */
export type Draft = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

export interface Check {
  code: string;
  defaultSeverity: Severity;
  /** Title and an example, used by documentation and settings. */
  title: { zh: string; en: string };
  /**
   * True when the check reads claims (indicator, period, kind) and the relations between them:
   * the costly half of the pipeline. A light analysis (documents over the size limit) builds no
   * claims and skips these checks, and says which.
   */
  needsClaims: boolean;
  run(model: Model): Draft[];
}
