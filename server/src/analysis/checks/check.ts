// The shape every check has. A check reads the prepared model and returns findings;
// it never re-parses the text.

import type { Analysis, Finding, Severity } from '../types';

/** The model a check sees: everything but the findings. */
export type Model = Omit<Analysis, 'findings' | 'notices' | 'partOf'>;

/** What a check reports; the registry stamps code and severity from configuration. */
export type Draft = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

export interface Check {
  code: string;
  defaultSeverity: Severity;
  /** Title and an example, used by documentation and settings. */
  title: { zh: string; en: string };
  /** True when the check costs more than linear time in practice (skipped on huge input). */
  expensive?: boolean;
  run(model: Model): Draft[];
}
