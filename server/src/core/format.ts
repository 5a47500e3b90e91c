import type { SourceFormat } from './syntax/model';

/** Markdown for *.md (including *.resolution.md), plain text otherwise (*.unres, *.txt). */
export function formatForPath(path: string): SourceFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plain';
}
