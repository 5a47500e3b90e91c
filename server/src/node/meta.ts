import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';

export const VERSION: string = version;

const urls = new Map<string, string>();

/** The rule's page in docs/rules/ beside the bundle (dist/../docs/rules), as a file URL; one per code, computed once. */
export function ruleDocsUrl(code: string): string {
  let url = urls.get(code);
  if (url === undefined) {
    url = pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${code}.md`)).href;
    urls.set(code, url);
  }
  return url;
}
