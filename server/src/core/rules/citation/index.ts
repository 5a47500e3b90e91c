import type { Rule } from '../types';
import { beyondCatalogue } from './beyond-catalogue';
import { dateFormat } from './date-format';
import { dateInvalid } from './date-invalid';
import { dateMismatch } from './date-mismatch';
import { duplicateInList } from './duplicate-in-list';
import { gaFutureSession } from './ga-future-session';
import { gaSessionDate } from './ga-session-date';
import { headingRecord } from './heading-record';
import { headingYear } from './heading-year';
import { listOrder } from './list-order';
import { missingComma } from './missing-comma';
import { numberYearSpacing } from './number-year-spacing';
import { ordinalSuffix } from './ordinal-suffix';
import { serialComma } from './serial-comma';
import { singularResolution } from './singular-resolution';
import { unknownResolution } from './unknown-resolution';
import { yearMismatch } from './year-mismatch';

/** The citation/ rules, one file each. */
export const citationRules: Rule[] = [
  unknownResolution,
  yearMismatch,
  beyondCatalogue,
  dateMismatch,
  numberYearSpacing,
  missingComma,
  listOrder,
  duplicateInList,
  singularResolution,
  serialComma,
  gaFutureSession,
  gaSessionDate,
  dateInvalid,
  dateFormat,
  headingYear,
  headingRecord,
  ordinalSuffix,
];
