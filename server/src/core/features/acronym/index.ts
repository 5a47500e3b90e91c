import type { FeatureProvider } from '../types';

/** Editor features of the acronym family. */
export const acronymFeatures: FeatureProvider = {};
