import { acronymsOf } from '../../acronyms';
import type { FeatureProvider } from '../types';
import { hover } from './hover';
import { definition, prepareRename, references, rename } from './navigation';

/** Editor features of the acronym family: hover, go to definition, references, rename, statistics. */
export const acronymFeatures: FeatureProvider = {
  hover,
  definition,
  references,
  prepareRename,
  rename,
  statistics({ doc }) {
    const entries = [...acronymsOf(doc).entries.values()];
    return {
      Acronyms: entries.length,
      'Acronyms defined': entries.filter((e) => e.definitions.length).length,
    };
  },
};
