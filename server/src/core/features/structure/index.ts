import type { FeatureProvider } from '../types';
import { complete } from './completion';
import { definition } from './definition';
import { hover } from './hover';
import { folding, symbols } from './outline';
import { renumberEdits } from '../../syntax/numbering';

/** Editor features of the structure family: phrase completion and hover, outline, folding, go to a referenced paragraph, renumbering. */
export const structureFeatures: FeatureProvider = { complete, hover, symbols, folding, definition, renumber: ({ doc }) => renumberEdits(doc) };
