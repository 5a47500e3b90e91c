import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';

export const VERSION: string = version;

/** The rule's page in docs/rules/ beside the bundle (dist/../docs/rules), as a file URL. */
export function ruleDocsUrl(code: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${code}.md`)).href;
}
