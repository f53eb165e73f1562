// `file:line:col  severity  code  message`, one finding per line, then a summary line.

import { pick, type Lang } from '../shared/locale';
import { whereText, type CheckedFile, type Totals } from './report';

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

export function formatFileText(file: CheckedFile, lang: Lang): string {
  const findings = [...file.analysis.findings].sort((a, b) => a.span.start - b.span.start);
  return findings
    .map((finding) => {
      // Messages are one line in the text format; the engine may use line breaks for detail.
      const message = pick(finding.message, lang).replace(/\s*\n\s*/g, ' ');
      return `${file.path}:${whereText(file, finding.span.start, lang)}  ${finding.severity}  ${finding.code}  ${message}\n`;
    })
    .join('');
}

export function formatSummaryText(t: Totals, lang: Lang): string {
  const s = t.bySeverity;
  if (lang === 'zh') {
    const unreadable = t.unreadable > 0 ? `，${t.unreadable} 个文件无法读取` : '';
    const suppressed = t.suppressed > 0 ? `（另有 ${t.suppressed} 个已忽略）` : '';
    return `检查了 ${t.files} 个文件：${s.error} 个${SEVERITY_ZH.error}，${s.warning} 个${SEVERITY_ZH.warning}，${s.info} 条${SEVERITY_ZH.info}，${s.hint} 条${SEVERITY_ZH.hint}${suppressed}${unreadable}\n`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const unreadable = t.unreadable > 0 ? `, ${plural(t.unreadable, 'file')} unreadable` : '';
  // Shown only when something was silenced, so the usual summary line keeps its shape.
  const suppressed = t.suppressed > 0 ? ` (${t.suppressed} suppressed)` : '';
  return `${plural(t.files, 'file')} checked: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info, ${plural(s.hint, 'hint')}${suppressed}${unreadable}\n`;
}
