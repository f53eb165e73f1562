// The custom request with which the VS Code client asks the server to extract a Word or PDF
// report, and the scheme of the read-only virtual document that shows the result. No imports:
// the client bundles this file too.

/** `reportlens-extract:/dir/report.docx.report?<original URI>`: read-only, language `report`. */
export const EXTRACTED_SCHEME = 'reportlens-extract';

export const EXTRACT_REQUEST = 'reportLens/extractReport';

export interface ExtractParams {
  /** The virtual document's URI: diagnostics and hovers on it name places in the original. */
  uri: string;
  /** The original file's name (its extension helps to tell a broken file apart). */
  name: string;
  /** The original file's bytes, base64 (the client reads them, so remote workspaces work). */
  data: string;
}

export type ExtractResult = { ok: true; text: string } | { ok: false; reason: { zh: string; en: string } };

export function isExtractedUri(uri: string): boolean {
  return uri.startsWith(`${EXTRACTED_SCHEME}:`);
}
