import type { AnalysisSettings } from '../settings';
import { AcronymData } from './acronym-data';
import { GaData } from './ga-data';
import { ScCatalogue } from './sc-catalogue';

/** All shipped facts, with the user's additions; built once per settings change. */
export interface DataSet {
  readonly sc: ScCatalogue;
  readonly ga: GaData;
  readonly acronyms: AcronymData;
}

export function createDataSet(settings: Pick<AnalysisSettings, 'extraResolutions' | 'glossary'>): DataSet {
  return { sc: new ScCatalogue(settings.extraResolutions), ga: new GaData(), acronyms: new AcronymData(settings.glossary) };
}
