// Shared by acronym/redefined and acronym/conflicting-definition: how a later definition compares with the first.
import type { AcronymDefinition } from '../../acronyms';
import { sameName } from '../../acronyms/names';

/** A name read by initials or from the data; names read letter by letter are too rough to compare. */
function reliable(d: AcronymDefinition): d is AcronymDefinition & { name: string } {
  return !!d.name && (d.fit === 'initials' || d.fit === 'data');
}

/** Whether a later definition gives the acronym another name than the first definition does. */
export function differs(first: AcronymDefinition, later: AcronymDefinition): boolean {
  return reliable(first) && reliable(later) && !sameName(first.name, later.name);
}

/** What a repeated definition shrinks to: the acronym as written; "(IED's)" after a plural name becomes "IEDs". */
export function reducedForm(d: AcronymDefinition): string {
  return d.written + (d.apostrophe && !d.plural && d.name && /s$/.test(d.name) ? 's' : '');
}
