// Which dimensions hold levels that add up: parts to a total, a part to the whole of its share.
// Rates, ratios and points never do.

import type { Dimension } from '../types';

export const ADDITIVE_DIMENSIONS: ReadonlySet<Dimension> = new Set<Dimension>(['money', 'area', 'people', 'visits', 'count', 'mass', 'power', 'energy', 'volume', 'length']);
