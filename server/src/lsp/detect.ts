// Decides whether a plain-text or Markdown document is a government economic report.
// Pure and dependency-free: the client uses it to switch a .txt to the `report` language,
// the server uses it to decide which plaintext/markdown documents to analyse.

import type { EnableMode } from './settings';

import { looksLikeReport } from '../shared/reportDetection';

// The text test itself lives in common/ so the CLI can use it without importing lsp/.
export { DETECTION_WINDOW, looksLikeReport } from '../shared/reportDetection';

/** Languages the extension attaches to. `report` documents are reports by declaration. */
export const REPORT_LANGUAGE = 'report';

const PLAIN_OR_MARKDOWN = new Set(['plaintext', 'text', 'txt', 'markdown']);

export function isReportDocument(languageId: string, text: string, mode: EnableMode): boolean {
  if (languageId === REPORT_LANGUAGE) return true;
  // Neovim and some other clients send their own filetype (`text`) rather than LSP's `plaintext`.
  if (!PLAIN_OR_MARKDOWN.has(languageId)) return false;
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return looksLikeReport(text);
}
