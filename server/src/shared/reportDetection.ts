// Whether a text is a government economic report, from its head alone. Pure and dependency-free:
// the editor (client and server, via lsp/detect.ts) and the CLI's folder walk use this one test,
// so a folder checked on the command line holds the same reports the editor would check.

/** Only the head of the document is looked at, so detection is O(1) per call. */
export const DETECTION_WINDOW = 4096;

// Phrases that open or name a report. One strong marker is enough; otherwise two weak ones.
const STRONG_MARKERS = [
  '各位代表',
  '政府工作报告',
  '计划执行情况',
  '计划草案',
  '统计公报',
  '国民经济和社会发展',
  '预算执行情况',
];
const WEAK_MARKERS = ['报告', '公报', '一、', '（一）', '地区生产总值', '同比增长', '亿元', '万元', '百分点'];

const CJK_RE = /[\u4e00-\u9fff]/g;

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, DETECTION_WINDOW);
  const cjk = head.match(CJK_RE)?.length ?? 0;
  if (cjk < 20) return false;
  if (STRONG_MARKERS.some((m) => head.includes(m))) return true;
  return WEAK_MARKERS.filter((m) => head.includes(m)).length >= 2;
}
