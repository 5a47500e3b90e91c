const ACTIVE = /[\\`*_{}[\]()#+\-.!<>|~&:"'$=@%^]/g;
const SPACES = /\s+/g;

/** Text from data or the user, made inert in Markdown: every punctuation mark that could build a link, HTML or emphasis is escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(ACTIVE, '\\$&').replace(SPACES, ' ');
}

/** A link whose target we built ourselves (undocs.org); the label is escaped. */
export function link(label: string, target: string): string {
  return `[${escapeMarkdown(label)}](${target})`;
}
