import { citationRule } from '../citation-rule';
import { ordinalSuffix } from '../../data/dates';
import type { Finding } from '../types';

export const gaFutureSession = citationRule({
  code: 'citation/ga-future-session',
  defaultSeverity: 'error',
  description: 'A General Assembly resolution of a session that has not opened yet.',
  find(cs, { data, settings }) {
    const out: Finding[] = [];
    const latest = data.ga.latestSession(settings.today);
    for (const g of cs.ga) {
      if (g.session === undefined || g.session <= latest || !g.sessionSpan) continue;
      out.push({
        code: this.code,
        span: g.sessionSpan,
        message: `There is no General Assembly resolution ${g.symbol} yet: the ${g.session}${ordinalSuffix(g.session)} session opens in September ${1945 + g.session}, and the current one is the ${latest}${ordinalSuffix(latest)}.`,
      });
    }
    return out;
  },
});
