// Page furniture: lines a web page prints around a report as its template says (a subscription
// prompt, a privacy notice, a share bar, a copyright line), copied along with the report's text.
// They are no sentences of the report: a page that prints one twice has made no drafting error.
// Adding a phrasing is one row plus one case in test/unit/cues/pageFurniture.test.ts.

/** A web address (`https://…`, `www.example.org`). */
const WEB_ADDRESS = /https?:\/\/|www\.[a-z0-9-]+\./i;

/**
 * Words of a page's own controls and notices. Only in a sentence without any digit: a report's
 * sentence about privacy rules or subscriptions states figures.
 */
const CONTROL_WORDS = /[隐隱]私[权權]?(?:[规規]范|[规規]範|政策|[条條]款|声明|聲明)|(?:启用|啟用|开启|開啟)[^，,。]{0,8}功能|[订訂][阅閱](?:[频頻]道|本[站号號])|[关關]注(?:我们|我們|公众号|公眾號|微信)|[扫掃][码碼]|[点點][击擊](?:[进進]入|查看|下[载載])|版[权權]所有|[责責]任[编編][辑輯][：:]|[浏瀏][览覽]器|Copyright|cookie/i;

/** True when a sentence is a page's furniture, not a sentence of the report it carries. */
export function pageFurniture(sentence: string): boolean {
  if (WEB_ADDRESS.test(sentence)) return true;
  return !/[0-9０-９]/.test(sentence) && CONTROL_WORDS.test(sentence);
}
