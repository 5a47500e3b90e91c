import type { FeatureProvider } from '../types';
import { complete } from './completion';
import { hover } from './hover';
import { links } from './links';

/** Editor features of the citation family: hover on citations, links to undocs.org, completion of resolution numbers. */
export const citationFeatures: FeatureProvider = { hover, links, complete };
