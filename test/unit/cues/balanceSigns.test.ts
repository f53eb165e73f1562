import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balanceFamily, balanceSign, namesASignedBalance } from '../../../server/src/analysis/cues/balanceSigns';

test('balanceSign: a surplus counts up, a deficit down, by the word that ends the name', () => {
  const rows: [string, 1 | -1 | undefined][] = [
    ['货物贸易顺差', 1],
    ['服务贸易逆差', -1],
    ['二次收入顺差为', 1],
    ['財政赤字', -1],
    ['直接投资净流入', 1],
    ['证券投资淨流出', -1],
    ['贸易顺差额达', 1],
    ['外资买超', 1],
    ['投信賣超', -1],
    ['贸易出超', 1],
    ['贸易入超', -1],
    ['顺差国家', undefined], // the word inside another name
    ['进出口总额', undefined],
  ];
  for (const [name, sign] of rows) assert.equal(balanceSign(name), sign, name);
});

test('namesASignedBalance: a sign word anywhere in the name', () => {
  assert.equal(namesASignedBalance('直接投资净流入规模'), true);
  assert.equal(namesASignedBalance('银行结汇'), false);
});

test('balanceFamily: the accounts that make a balance whole, each once', () => {
  const cur = ['货物贸易顺差', '服务贸易逆差', '初次收入逆差', '二次收入顺差'];
  assert.ok(balanceFamily('经常账户顺差', cur));
  assert.ok(balanceFamily('經常賬戶順差', ['貨物貿易順差', '服務貿易逆差', '初次收入逆差', '二次收入順差']));
  assert.ok(balanceFamily('经常项目顺差', ['货物贸易顺差', '服务贸易逆差', '收益逆差', '经常转移顺差'])); // names before 2015
  assert.equal(balanceFamily('经常账户顺差', cur.slice(0, 2)), undefined); // accounts left out
  assert.equal(balanceFamily('资本和金融账户逆差', cur), undefined); // another balance
  assert.ok(balanceFamily('货物和服务贸易顺差', ['货物贸易顺差', '服务贸易逆差']));
  assert.equal(balanceFamily('货物和服务贸易顺差', ['货物贸易顺差', '货物贸易顺差']), undefined);
});

test('balanceFamily: the three major institutional investors make up their net buying whole', () => {
  assert.equal(balanceFamily('三大法人合计买超', ['其中外资买超', '投信卖超', '自营商卖超']), '三大法人 = 外资 + 投信 + 自营商');
  assert.equal(balanceFamily('三大法人合计买超', ['其中外资买超', '投信卖超']), undefined);
});
