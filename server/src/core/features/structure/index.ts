import type { FeatureProvider } from '../types';

/** Editor features of the structure family. */
export const structureFeatures: FeatureProvider = {};
