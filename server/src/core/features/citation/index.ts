import type { FeatureProvider } from '../types';

/** Editor features of the citation family. */
export const citationFeatures: FeatureProvider = {};
