// The number layer of the engine: finds figures with their units in one logical paragraph.
// What is read, what is deliberately left alone and why: see README.md in this folder.

export { scanQuantities, scanFigures } from './scan';
export type { RawMalformed } from './malformed';
export type { RawQuantity } from './scan';
export { parseCnNumeral } from './chineseNumerals';
