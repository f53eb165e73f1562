import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageFurniture } from '../../../server/src/analysis/cues/pageFurniture';

test('cues/pageFurniture: a page\'s prompts and notices, not the report\'s sentences', () => {
  const rows: [string, boolean][] = [
    ['欢迎关注本局微信公众号获取最新统计数据：https://example.org/stats，及时了解各项指标。', true],
    ['请先同意本站的隐私权政策，方可开启语音播报功能。', true],
    ['扫码下载客户端，阅读更多本地新闻。', true],
    ['本网站版权所有，未经许可不得转载。', true],
    ['為達至最佳瀏覽效果，請更新至最新的瀏覽器版本。', true],
    // Report sentences, even about the same things.
    ['全年新增数据安全和个人隐私保护执法检查32次。', false],
    ['全年开通政务服务功能，群众办事更加便利。', false],
    ['全县地区生产总值186.4亿元，比上年增长5.1%。', false],
  ];
  for (const [s, v] of rows) assert.equal(pageFurniture(s), v, s);
});
