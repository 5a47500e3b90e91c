import { acronymFeatures } from './acronym';
import { citationFeatures } from './citation';
import { structureFeatures } from './structure';
import { documentStatistics } from './statistics';
import type { FeatureProvider } from './types';

export const FEATURES: readonly FeatureProvider[] = [documentStatistics, citationFeatures, acronymFeatures, structureFeatures];
