// Balances that carry a sign in their name: a surplus (顺差, 盈余, 净流入) counts up, a deficit (逆差, 赤字,
// 净流出) counts down. A balance of payments lists its accounts so:
//   `经常账户顺差552亿美元，其中，货物贸易顺差1536亿美元，服务贸易逆差610亿美元，初次收入逆差418亿美元，二次收入顺差44亿美元`
// where 1536 − 610 − 418 + 44 = 552: a deficit is taken off, never added. The accounts that make up a balance
// whole are listed here by family; adding a phrasing is one row plus one case in test/unit/cues/balanceSigns.test.ts.

/** word → sign; the word ends the name of the balance (a trailing 额, 为, 达 is allowed). */
const SIGN_ROWS: readonly [string, 1 | -1][] = [
  ['顺差', 1],
  ['順差', 1],
  ['盈余', 1],
  ['盈餘', 1],
  ['净流入', 1],
  ['淨流入', 1],
  ['逆差', -1],
  ['赤字', -1],
  ['净流出', -1],
  ['淨流出', -1],
  // A stock market's net buying (买超) and net selling (卖超) by a class of investors.
  ['买超', 1],
  ['買超', 1],
  ['卖超', -1],
  ['賣超', -1],
  // A trade surplus (出超) and deficit (入超), as Taiwan writes them.
  ['出超', 1],
  ['入超', -1],
];

const TRAILING = /(?:额|額)?(?:为|為|达|達|达到|達到)?$/;

/** The sign a balance's name gives it (`货物贸易顺差` → 1, `服务贸易逆差` → −1), or undefined. */
export function balanceSign(name: string): 1 | -1 | undefined {
  const t = name.replace(/[\s\u3000]+/g, '').replace(TRAILING, '');
  for (const [word, sign] of SIGN_ROWS) if (t.endsWith(word)) return sign;
  return undefined;
}

/** True when a name holds a sign word anywhere (`资本和金融账户逆差`, `直接投资净流入`). */
export function namesASignedBalance(name: string): boolean {
  return SIGN_ROWS.some(([word]) => name.includes(word));
}

/** Families of accounts that make up a balance whole: the total's words and one pattern per member. */
const BALANCE_FAMILIES: readonly { name: string; total: RegExp; members: readonly RegExp[] }[] = [
  {
    // The current account: goods, services, primary income (收益 before 2015) and secondary income
    // (经常转移 before 2015).
    name: '经常账户 = 货物 + 服务 + 初次收入 + 二次收入',
    total: /经常(?:账户|项目)|經常(?:賬戶|帳戶|項目)/,
    members: [/货物|貨物/, /服务|服務/, /初次收入|收益/, /二次收入|经常转移|經常轉移/],
  },
  {
    // Taiwan's three major institutional investors: foreign investors, investment trusts and dealers.
    name: '三大法人 = 外资 + 投信 + 自营商',
    total: /三大法人/,
    members: [/外[资資]/, /投信/, /自[营營]商/],
  },
  {
    name: '货物和服务 = 货物 + 服务',
    total: /(?:货物|貨物)(?:和|与|與|及)(?:服务|服務)/,
    members: [/货物|貨物/, /服务|服務/],
  },
];

/**
 * The family whose members the parts are, one each, all of them, under a total that names it; undefined when
 * the list may leave accounts out.
 */
export function balanceFamily(totalName: string, partNames: readonly string[]): string | undefined {
  for (const f of BALANCE_FAMILIES) {
    if (!f.total.test(totalName) || partNames.length !== f.members.length) continue;
    const used = new Set<number>();
    const all = partNames.every((n) => {
      const k = f.members.findIndex((m, i) => !used.has(i) && m.test(n));
      if (k < 0) return false;
      used.add(k);
      return true;
    });
    if (all) return f.name;
  }
  return undefined;
}
