// The `reportLens.*` settings as the server sees them, parsed defensively: whatever the client
// sends (missing keys, wrong types, a typo in a severity), the result is a complete Settings.

import type { SeveritySetting } from '../analysis/index';

export type EnableMode = 'auto' | 'always' | 'never';

export interface Settings {
  /** Which documents are reports (see detect.ts). */
  enable: EnableMode;
  /** Per-code severity overrides; codes not listed keep the check's default. */
  checks: Record<string, SeveritySetting>;
  /** Quiet time after the last change before re-analysis. */
  debounceMs: number;
  /** Documents longer than this (UTF-16 code units) are not analysed; a notice says so. */
  maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: 'auto',
  checks: {},
  debounceMs: 75,
  maxDocumentSize: 5_000_000,
};

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];
const ENABLE_MODES: readonly string[] = ['auto', 'always', 'never'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegativeNumber(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, max) : fallback;
}

/**
 * Accepts the `reportLens` section either nested (`{checks: {"growth-mismatch": "off"}}`, what
 * workspace/configuration returns) or flat (`{"checks.growth-mismatch": "off"}`).
 */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, checks: {} };
  const checks: Record<string, SeveritySetting> = {};
  const addCheck = (code: string, value: unknown): void => {
    if (typeof value === 'string' && SEVERITIES.includes(value)) checks[code] = value as SeveritySetting;
  };
  if (isRecord(raw.checks)) {
    for (const [code, value] of Object.entries(raw.checks)) addCheck(code, value);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('checks.')) addCheck(key.slice('checks.'.length), value);
  }
  return {
    enable: typeof raw.enable === 'string' && ENABLE_MODES.includes(raw.enable) ? (raw.enable as EnableMode) : DEFAULT_SETTINGS.enable,
    checks,
    debounceMs: nonNegativeNumber(raw.debounceMs, DEFAULT_SETTINGS.debounceMs, 10_000),
    maxDocumentSize: nonNegativeNumber(raw.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize, Number.MAX_SAFE_INTEGER),
  };
}
