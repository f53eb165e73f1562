// Aggregates and their components, from indicator keys: an aggregate's growth is a weighted
// mean of its components' growth, so it must lie between them.
//   全体居民人均可支配收入 ← 城镇居民… + 农村居民…   (also 居民…; not 城乡居民…, which often means
//   "urban and rural each" rather than the whole population)
//   地区生产总值 ← 第一/第二/第三产业增加值            (一产业增加值, 一产增加值 accepted)
//   社会消费品零售总额 ← 城镇 + 乡村消费品零售额;  进出口总额 ← 出口 + 进口
// Only complete component sets count: an aggregate with one component missing is not checked.

/** Canonical key for comparing: `一产业增加值`, `一产增加值` → `第一产业增加值`. */
/**
 * A place named before the GDP (`包头市地区生产总值`, `某某县生产总值`, a mirror's doubled `某某市市…`): the
 * GDP of that place. Never a per-head GDP (`人均地区生产总值`).
 */
const PLACE_GDP = /^(?![^生]*人均)[\u4e00-\u9fff]{1,6}[市县区旗州盟镇乡][市县区旗州盟镇乡]?(?:地区)?生产总值$/;

export function canonicalKey(key: string): string {
  // Asked for every claim by several relations: each pattern is run only on keys that hold its
  // fixed words (一产 forms end with 增加值; every trade key holds 口).
  const m = key.endsWith('增加值') ? /^第?([一二三])产(?:业)?(增加值)$/.exec(key) : null;
  if (m) return `第${m[1]}产业${m[2]}`;
  // The sectors beside it are that place's too: one period, one sentence (sectorSums.ts).
  if (key.endsWith('生产总值') && PLACE_GDP.test(key)) return '地区生产总值';
  // 货物进出口总额 = 进出口总额; 出口总额 = 出口 (trade is stated both ways).
  const trade = key.includes('口') ? /^(?:货物)?(进出口|出口|进口)(?:总额|总值)?$/.exec(key) : null;
  return trade ? `${trade[1]}总额` : key;
}

export interface ComponentSet {
  /** Short names for messages (城镇, 农村 / 一产, 二产, 三产) and the component keys. */
  names: { zh: string; en: string }[];
  keys: string[];
  /** Short name of the aggregate (全体居民 / 地区生产总值). */
  name: { zh: string; en: string };
  /**
   * Extra margin, in percentage points, for composition effects. Per-capita figures of all
   * residents can grow faster than both the urban and the rural figure when people move to
   * town (urbanisation shifts weight to the higher urban income); about 1 pp a year at most.
   * It widens the upper bound only.
   */
  marginPp: number;
}

/** Aggregates whose value is the sum of fixed components (so whose growth is their weighted mean). */
const FIXED: { key: string; name: ComponentSet['name']; components: [string, string, string][] }[] = [
  {
    key: '地区生产总值',
    name: { zh: '地区生产总值', en: 'GDP' },
    components: [
      ['第一产业增加值', '第一产业', 'primary sector'],
      ['第二产业增加值', '第二产业', 'secondary sector'],
      ['第三产业增加值', '第三产业', 'tertiary sector'],
    ],
  },
  {
    key: '社会消费品零售总额',
    name: { zh: '社会消费品零售总额', en: 'retail sales' },
    components: [
      ['城镇消费品零售额', '城镇', 'urban'],
      ['乡村消费品零售额', '乡村', 'rural'],
    ],
  },
  {
    key: '进出口总额',
    name: { zh: '进出口总额', en: 'trade' },
    components: [
      ['出口总额', '出口', 'exports'],
      ['进口总额', '进口', 'imports'],
    ],
  },
];

/** The components of an aggregate key, or undefined when the key is not a known aggregate. */
export function componentsOf(key: string): ComponentSet | undefined {
  const k = canonicalKey(key);
  const fixed = FIXED.find((f) => f.key === k);
  if (fixed) {
    return {
      name: fixed.name,
      names: fixed.components.map(([, zh, en]) => ({ zh, en })),
      keys: fixed.components.map(([ck]) => ck),
      marginPp: 0,
    };
  }
  // 全体居民… ← 城镇居民… + 农村居民… (any per-resident measure but prices).
  const residents = /^(?:全体居民|居民)(.+)$/.exec(k);
  // The group is mandatory: `?? ''` never applies.
  if (residents && !/^(消费价格|消费价格指数)/.test(residents[1] ?? '')) {
    const rest = residents[1] ?? '';
    return {
      name: { zh: '全体居民', en: 'all residents' },
      names: [
        { zh: '城镇', en: 'urban' },
        { zh: '农村', en: 'rural' },
      ],
      keys: [`城镇居民${rest}`, `农村居民${rest}`],
      marginPp: /人均/.test(rest) ? 1 : 0,
    };
  }
  return undefined;
}
