import { citingParagraphs, headingCitations, headingOf, paragraphCitations, type CitationSet } from '../citations';
import type { ResolutionDoc } from '../syntax/model';
import { localRule } from './local';
import type { Finding, Rule, RuleContext } from './types';

const NONE: readonly Finding[] = [];

/** The heading and the adoption line are read together; their paragraphs' citations follow from that reading. */
const readWithHeading = (doc: ResolutionDoc) => headingOf(doc).taken;

/**
 * A rule over citations, each judged alone or with the others of its list: what `find` reports in
 * a set of citations. It reads the heading's citations on every check and each paragraph's only
 * when the paragraph has changed (rules/local.ts).
 */
export function citationRule(rule: Omit<Rule, 'check' | 'local'> & { find(citations: CitationSet, ctx: RuleContext): Finding[] }): Rule {
  return localRule({
    code: rule.code,
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    inParagraph: (p, ctx) => {
      const cited = paragraphCitations(ctx.doc, p);
      return cited ? rule.find(cited, ctx) : NONE;
    },
    aside: readWithHeading,
    rest: (ctx) => rule.find(headingCitations(ctx.doc), ctx),
    only: citingParagraphs,
  });
}
