/** Text from data or the user, made inert in Markdown: every punctuation mark that could build a link, HTML or emphasis is escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~&:"'$=@%^]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** A link whose target we built ourselves (undocs.org); the label is escaped. */
export function link(label: string, target: string): string {
  return `[${escapeMarkdown(label)}](${target})`;
}
