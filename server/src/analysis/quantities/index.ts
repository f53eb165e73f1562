// The number layer of the engine: finds figures with their units in one logical paragraph.
// See README "Supported number forms" for what is read and what is deliberately left alone.

export { scanQuantities } from './scan';
export type { RawQuantity } from './scan';
export { parseCnNumeral } from './chineseNumerals';
