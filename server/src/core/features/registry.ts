import { acronymFeatures } from './acronym';
import { citationFeatures } from './citation';
import { structureFeatures } from './structure';
import type { FeatureProvider } from './types';

export const FEATURES: readonly FeatureProvider[] = [citationFeatures, acronymFeatures, structureFeatures];
