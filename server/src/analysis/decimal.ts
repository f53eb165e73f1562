// Exact decimal arithmetic on scaled BigInts: value = units / 10^scale.
// Binary floating point would make 42.9 + 33.8 + 155 = 231.70000000000002; here it is 231.7.

export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const TEN = 10n;

/** 10^0 … 10^63, computed once: aligning scales asks for them at every sum and comparison. */
const POWERS = Array.from({ length: 64 }, (_, n) => TEN ** BigInt(n));

function pow10(n: number): bigint {
  return POWERS[n] ?? TEN ** BigInt(n);
}

export function dec(units: bigint | number, scale = 0): Decimal {
  return normalize({ units: BigInt(units), scale });
}

/** Drops trailing zeros so that equal values have equal representations. */
export function normalize(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % TEN === 0n) {
    units /= TEN;
    scale -= 1;
  }
  return { units, scale };
}

const DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses "231.7", "-3", "1,100.9" (grouping commas allowed). Undefined on anything else. */
export function parseDecimal(s: string): Decimal | undefined {
  const m = DECIMAL_RE.exec(s.replace(/,/g, ''));
  if (!m) return undefined;
  const frac = m[3] ?? '';
  // Guard against absurd inputs (a million digits): keep it bounded but exact for real figures.
  const digits = m[2] ?? '';
  if (digits.length + frac.length > 400) return undefined;
  const units = BigInt(digits + frac) * (m[1] === '-' ? -1n : 1n);
  return normalize({ units, scale: frac.length });
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize({ units: x + y, scale });
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalize({ units: x - y, scale });
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => add(acc, v), ZERO);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize({ units: a.units * b.units, scale: a.scale + b.scale });
}

/** Multiplies by 10^k (k may be negative): the 万/亿 multipliers. */
export function shift(a: Decimal, k: number): Decimal {
  if (k >= 0) {
    const drop = Math.min(k, a.scale);
    return normalize({ units: a.units * pow10(k - drop), scale: a.scale - drop });
  }
  return normalize({ units: a.units, scale: a.scale - k });
}

export function cmp(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function eq(a: Decimal, b: Decimal): boolean {
  return cmp(a, b) === 0;
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** a / b rounded half-up to `digits` decimals. Undefined when b is zero. */
export function div(a: Decimal, b: Decimal, digits = 6): Decimal | undefined {
  if (b.units === 0n) return undefined;
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale)
  let num = a.units * pow10(b.scale + digits + 1);
  let den = b.units * pow10(a.scale);
  if (den < 0n) {
    den = -den;
    num = -num;
  }
  let q = num / den; // one extra digit for rounding
  const neg = q < 0n;
  if (neg) q = -q;
  q = (q + 5n) / TEN;
  return normalize({ units: neg ? -q : q, scale: digits });
}

/** Half a unit in the last written digit: the rounding tolerance of a published figure. */
export function halfUlp(scale: number): Decimal {
  return normalize({ units: 5n, scale: scale + 1 });
}

/** Plain string without grouping: "231.7", "-0.05". */
export function toPlain(a: Decimal): string {
  const neg = a.units < 0n;
  const digits = (neg ? -a.units : a.units).toString();
  if (a.scale <= 0) return (neg ? '-' : '') + digits + '0'.repeat(-a.scale);
  const padded = digits.padStart(a.scale + 1, '0');
  const int = padded.slice(0, padded.length - a.scale);
  const frac = padded.slice(padded.length - a.scale);
  return (neg ? '-' : '') + int + '.' + frac;
}

/** With thousands grouping: "23,170,000,000", "1,234.5". */
export function toGrouped(a: Decimal): string {
  const plain = toPlain(a);
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const [int, frac] = body.split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/** Rounds half away from zero to `digits` decimals. */
export function round(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a;
  const drop = pow10(a.scale - digits);
  const neg = a.units < 0n;
  const u = neg ? -a.units : a.units;
  const q = (u + drop / 2n) / drop;
  return normalize({ units: neg ? -q : q, scale: digits });
}

/** Scientific form for large magnitudes: "2.317 × 10¹⁰". */
export function toScientific(a: Decimal, significant = 4): string {
  const plain = toPlain(abs(a)).replace('.', '');
  const intDigits = (toPlain(abs(a)).split('.')[0] ?? '').replace(/^0+/, '').length;
  if (intDigits === 0) return toPlain(a);
  const exp = intDigits - 1;
  const mant = normalize(round({ units: BigInt(plain.replace(/^0+/, '') || '0'), scale: plain.replace(/^0+/, '').length - 1 }, significant - 1));
  const sup = String(exp).replace(/\d/g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt(Number(c)));
  return `${a.units < 0n ? '-' : ''}${toPlain(mant)} × 10${sup}`;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };
