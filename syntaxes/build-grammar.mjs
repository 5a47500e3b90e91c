// Writes unres.tmLanguage.json from the regex fragments below, so that a fragment used by
// several rules (a citation, a paragraph number, an opener) is written once.
//   node syntaxes/build-grammar.mjs          rewrite the JSON
//   node syntaxes/build-grammar.mjs --check  exit 1 when the JSON is not what this file builds
// TextMate grammars see one line at a time and use Oniguruma regexes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const r = String.raw;
const NBSP = '\u00a0';
const SP = `[ \\t${NBSP}]`;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = r`(?:19|20)\d{2}`;
const ORGAN = r`(?:Security\s+Council|General\s+Assembly)`;
/** "6", "5 bis": an operative paragraph number. */
const NUM = r`\d{1,3}(?:\s*(?:bis|ter|quater|quinquies|sexies|septies|octies))?`;
/** Opening and closing parenthesis, either of them escaped in Markdown. */
const LP = r`\\?\(`;
const RP = r`\\?\)`;
/** Lettered parts of a General Assembly resolution: "31/16 A", "3419 A to D". */
const PARTS = r`(?:\s+[A-Z](?:(?:\s+(?:to|and)\s+|-)[A-Z])?)?`;
const SC_ITEM = r`\d{1,4}\s?${LP}${YEAR}${RP}`;
const GA_OLD_ITEM = r`\d{1,4}${PARTS}\s?${LP}[IVXL]+${RP}`;
/** "60/288", "ES-10/19": only a citation after "resolution(s)", since 1267/1989/2253 names a committee. */
const GA_ITEM = r`(?:ES-|S-)?\d{1,3}/\d{1,4}${PARTS}(?![\w/])`;
const ITEM = `(?:${SC_ITEM}|${GA_OLD_ITEM}|${GA_ITEM})`;
const LINKED_ITEM = r`\[\s*${ITEM}\s*\]\([^)\s]*\)`;
const LIST_ITEM = `(?:${LINKED_ITEM}|${ITEM})`;
const LIST_SEP = r`(?:\s*,\s*(?:and\s+)?|\s+(?:and|to)\s+)`;
const DATE = r`\b(?:[1-9]|[12]\d|3[01])${SP}+(?:${MONTH})${SP}+\d{4}\b`;
const EMPH = r`(\*\*|\*|_)?`;

/** An adverb before a verb: "Also requests", "Strongly condemns", "Further recalling". */
const ADVERB = r`(?:Once\s+again|Also|Further|Again|Still|(?!(?:Assembly|Italy|Family|Supply|Reply|Early|Only)\b)[A-Z][a-z]+ly)`;
/** Words that qualify a verb without changing it: "Also requests", "Reaffirming further". */
const TRAILING = r`(?:\s+(?:also|further|again|furthermore|moreover|once\s+again))?`;
const CONCERN = r`(?:concern|appreciation|satisfaction|regret|approval|alarm|interest|gratitude|support|outrage|condolences|determination)`;
const DEGREE = r`(?:grave|deep|serious|great|particular|profound|strong|full|sincere)`;
const ADJECTIVES = [
  'concerned', 'alarmed', 'convinced', 'determined', 'mindful', 'aware', 'conscious', 'cognizant', 'cognisant',
  'desirous', 'encouraged', 'disturbed', 'dismayed', 'appalled', 'outraged', 'shocked', 'saddened', 'troubled',
  'confident', 'resolved', 'satisfied', 'pleased', 'committed', 'anxious', 'grieved', 'heartened', 'gratified', 'seized',
];
/** "under Chapter VII", "under Article 41 of Chapter VII", after "Acting". */
const ACTING_UNDER = r`under\s+(?:Chapter\s+[IVXL]+|Articles?\s+\d+(?:\s+(?:and|to)\s+\d+)?(?:\s+of\s+Chapter\s+[IVXL]+)?)\b`;
const capital = (w) => w[0].toUpperCase() + w.slice(1);

/** A preambular opener written without emphasis: a participle or adjective phrase. */
const PREAMBULAR_PLAIN = [
  r`(?:${ADVERB}|Most)\s+(?:[a-z]+ing|[a-z]+ed|${ADJECTIVES.join('|')})\b`,
  r`Acting(?:\s+${ACTING_UNDER})?`,
  r`(?:Bearing|Keeping)\s+in\s+mind`,
  r`Taking\s+(?:note|into\s+(?:account|consideration))(?:\s+with\s+${CONCERN})?`,
  r`Noting\s+with\s+(?:${DEGREE}\s+)?${CONCERN}`,
  r`Expressing\s+(?:its\s+)?(?:${DEGREE}\s+)?${CONCERN}`,
  r`Having\s+(?:also\s+|further\s+)?(?:been\s+)?[a-z]+`,
  r`Guided\s+by`,
  `(?:${ADJECTIVES.map(capital).join('|')})\\b`,
  // "Financing of the ...", "Strengthening of the ..." are agenda titles, not openers.
  r`[A-Z][a-z]+ing\b(?!\s+of\b)`,
].join('|');

/** An operative verb written without emphasis: third person present, with its usual complements. */
const OPERATIVE_PLAIN = [
  r`(?:${ADVERB}|Hereby)\s+(?:calls\s+(?:upon|on)|takes\s+note(?:\s+of)?|[a-z]+s)\b`,
  r`Calls\s+(?:upon|on)`,
  r`Takes\s+note(?:\s+with\s+${CONCERN})?(?:\s+of)?`,
  r`Expresses\s+its\s+(?:${DEGREE}\s+)?(?:${CONCERN}|intention|readiness|hope|solidarity|willingness|conviction)`,
  r`Reaffirms\s+its\s+(?:intention|decision|commitment|support|determination|condemnation|readiness|request)s?`,
  r`Recalls\s+its\s+(?:decision|request|statement)s?`,
  r`Notes\s+with\s+(?:${DEGREE}\s+)?${CONCERN}`,
  r`Draws\s+(?:the\s+)?attention`,
  r`[A-Z][a-z]+s\b`,
].join('|');

/** A verb in the third person, perhaps after an adverb ("Also requests"); not "Conscious", "Emphasis", "Progress". */
const VERB_S = r`(?:${ADVERB}\s+[a-z]+|[A-Z][a-z]+)(?<!ou|i|s)s`;
/** Verbs that open the lone unnumbered paragraph of a plain-text resolution. */
const LONE_OPERATIVE = [
  r`(?:Also|Further|Strongly)\s+[a-z]+s\b`,
  r`(?:Decides|Requests|Recommends|Urges|Condemns|Demands|Authorizes|Welcomes|Approves|Endorses|Reaffirms|Encourages|Invites|Appeals|Affirms|Declares|Deplores|Commends|Appoints|Forwards|Adopts|Determines|Emphasizes|Stresses|Underlines|Reiterates|Supports|Extends)\b`,
  r`Calls\s+(?:upon|on)`,
  r`Takes\s+note(?:\s+of)?`,
  r`Expresses\s+its\s+(?:${DEGREE}\s+)?(?:${CONCERN}|intention|readiness|hope|solidarity)`,
].join('|');
/**
 * Lookahead at the start of a line that may open a paragraph: not a sub-heading of one word
 * ("Reporting") or in title case ("Countering Violent Extremism in Order to Prevent Terrorism"),
 * nor a table row. It does not wait for the final comma, so an opener is coloured as it is typed.
 */
const PARAGRAPH_LINE = r`(?!\s*\S+\s*$)(?!\s*\S+(?:\s+(?:[A-Z][\w’'-]*|a|an|and|at|for|in|of|on|the|to))+\s*$)(?!.*\s\|\s)`;

const scope = (s) => `${s}.unres`;
/**
 * A capture matched again with patterns loses the scopes of the captures around it (a limit of
 * vscode-textmate), so it names them itself.
 */
const within = (outer, inner) => `${scope(outer)} ${scope(inner)}`;
const inc = (...names) => names.map((n) => ({ include: `#${n}` }));
/** Emphasis around a whole heading line. */
const emphasisMarks = { name: scope('punctuation.definition.emphasis') };

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'UN Resolution',
  scopeName: 'text.unres',
  comment: 'Generated by syntaxes/build-grammar.mjs; edit that file and run it.',
  fileTypes: ['unres', 'resolution.md'],
  patterns: inc(
    'comment',
    'opening',
    'heading-sc',
    'heading-ga',
    'heading-ga-title',
    'heading-adoption',
    'heading-annex',
    'heading-bold',
    'operative',
    'subparagraph',
    'operative-unnumbered',
    'preambular-emphasis',
    'preambular-plain',
    'inline',
  ),
  repository: {
    comment: {
      name: scope('comment.block.html'),
      begin: '<!--',
      end: '-->',
      beginCaptures: { 0: { name: scope('punctuation.definition.comment.begin') } },
      endCaptures: { 0: { name: scope('punctuation.definition.comment.end') } },
    },

    opening: {
      comment: '"The Security Council," on a line of its own, italic or not.',
      patterns: [
        {
          match: r`^\s*((\*|_)(The\s+${ORGAN})([,:])?(\2))\s*([,:])?\s*$`,
          name: scope('meta.opening'),
          captures: {
            1: { name: scope('markup.italic') },
            2: { name: scope('punctuation.definition.italic.begin') },
            3: { name: scope('markup.heading.opening') },
            4: { name: scope('punctuation.separator.opening') },
            5: { name: scope('punctuation.definition.italic.end') },
            6: { name: scope('punctuation.separator.opening') },
          },
        },
        {
          match: r`^\s*((<u>)(The\s+${ORGAN})([,:])?(</u>))\s*([,:])?\s*$`,
          name: scope('meta.opening'),
          captures: {
            1: { name: scope('markup.underline') },
            2: { name: scope('punctuation.definition.underline.begin') },
            3: { name: scope('markup.heading.opening') },
            4: { name: scope('punctuation.separator.opening') },
            5: { name: scope('punctuation.definition.underline.end') },
            6: { name: scope('punctuation.separator.opening') },
          },
        },
        {
          match: r`^\s*(The\s+${ORGAN})\s*([,:])?\s*$`,
          name: scope('meta.opening'),
          captures: {
            1: { name: scope('markup.heading.opening') },
            2: { name: scope('punctuation.separator.opening') },
          },
        },
      ],
    },

    'heading-sc': {
      comment: '"Resolution 2370 (2017)" on a line of its own.',
      match: r`^\s*(?:#{1,6}\s+)?${EMPH}((?i:resolution)\s+\d{1,4}\s*${LP}${YEAR}${RP})${EMPH}\s*$`,
      name: scope('markup.heading.title'),
      captures: {
        1: emphasisMarks,
        2: { patterns: inc('citation-list') },
        3: emphasisMarks,
      },
    },

    'heading-ga': {
      comment: '"Resolution adopted by the General Assembly on 16 December 2019".',
      match: r`^\s*${EMPH}((?i:resolution)\s+adopted\s+by\s+the\s+General\s+Assembly(?:\s+on\s+.*?)?)${EMPH}\s*$`,
      name: scope('markup.heading.title'),
      captures: {
        1: emphasisMarks,
        2: { patterns: inc('date') },
        3: emphasisMarks,
      },
    },

    'heading-ga-title': {
      comment: '"74/118. Strengthening of the coordination ...": a General Assembly resolution number and title.',
      match: r`^\s*${EMPH}((?:ES-|S-)?\d{1,3}/\d{1,4}(?:\s+[A-Z])?)(\.)(\s+\S.*?)${EMPH}\s*$`,
      name: scope('markup.heading.title'),
      captures: {
        1: emphasisMarks,
        2: { name: scope('constant.numeric.resolution') },
        3: { name: scope('punctuation.separator.title') },
        4: { patterns: inc('inline') },
        5: emphasisMarks,
      },
    },

    'heading-adoption': {
      comment: 'The adoption line, which Markdown copies may break after "on": it ends after the year or at a blank line.',
      name: scope('markup.heading.adoption'),
      begin: r`^\s*(\*\*|\*|_)?(?=Adopted\s+by\s+the\s+${ORGAN}\b)`,
      beginCaptures: { 1: emphasisMarks },
      end: r`(?<=\d{4})(\*\*|\*|_)?(?=\s*$)|^(?=\s*$)`,
      endCaptures: { 1: emphasisMarks },
      patterns: inc('meeting', 'date'),
    },

    'heading-annex': {
      match: r`^\s*${EMPH}((?:Annex(?:es)?|Appendix|Enclosure)(?:\s+(?:[IVXL]+|[A-Z]|\d+))?)${EMPH}\s*$`,
      name: scope('markup.heading.annex'),
      captures: { 1: emphasisMarks, 3: emphasisMarks },
    },

    'heading-bold': {
      comment: 'A bold line of its own: a sub-heading between operative paragraphs.',
      match: r`^\s*((\*\*)([^*].*?)(\*\*))\s*$`,
      name: scope('markup.heading.subheading'),
      captures: {
        1: { name: scope('markup.bold') },
        2: { name: scope('punctuation.definition.bold.begin') },
        3: { name: scope('markup.bold'), patterns: inc('inline') },
        4: { name: scope('punctuation.definition.bold.end') },
      },
    },

    operative: {
      comment: 'A numbered paragraph: its number and the verb that opens it (the italic run when there is one).',
      match:
        r`^\s*(\[)?(${NUM}(?:(\\?\.)(?=\s|$)|(?=\s+(?:[*_]|<u>))))` +
        r`(?:\s+(\[)?(?:(?:(${ADVERB})\s+(?=[*_]))?((\*|_)(?![\s*_])([^*_]+?)(\7))|((<u>)(.+?)(</u>))|((?:${OPERATIVE_PLAIN})${TRAILING})(?![\w-])))?`,
      captures: {
        1: { name: scope('punctuation.definition.bracket') },
        2: { name: scope('constant.numeric.paragraph') },
        3: { name: scope('punctuation.separator.paragraph') },
        4: { name: scope('punctuation.definition.bracket') },
        5: { name: scope('keyword.other.operative') },
        6: { name: scope('markup.italic') },
        7: { name: scope('punctuation.definition.italic.begin') },
        8: { name: within('markup.italic', 'keyword.other.operative'), patterns: inc('opener-inline') },
        9: { name: scope('punctuation.definition.italic.end') },
        10: { name: scope('markup.underline') },
        11: { name: scope('punctuation.definition.underline.begin') },
        12: { name: within('markup.underline', 'keyword.other.operative'), patterns: inc('opener-inline') },
        13: { name: scope('punctuation.definition.underline.end') },
        14: { name: scope('keyword.other.operative') },
      },
    },

    'operative-unnumbered': {
      comment: 'The one paragraph of a resolution that has a single operative paragraph, left unnumbered: "*Decides* that ...".',
      patterns: [
        {
          match: r`^\s*(\[)?((\*|_)(${VERB_S}\b[^*_]*?)(\3))(?=\s*\S)`,
          captures: {
            1: { name: scope('punctuation.definition.bracket') },
            2: { name: scope('markup.italic') },
            3: { name: scope('punctuation.definition.italic.begin') },
            4: { name: within('markup.italic', 'keyword.other.operative'), patterns: inc('opener-inline') },
            5: { name: scope('punctuation.definition.italic.end') },
          },
        },
        {
          match: r`^\s*((<u>)(${VERB_S}\b.*?)(</u>))(?=\s*\S)`,
          captures: {
            1: { name: scope('markup.underline') },
            2: { name: scope('punctuation.definition.underline.begin') },
            3: { name: within('markup.underline', 'keyword.other.operative'), patterns: inc('opener-inline') },
            4: { name: scope('punctuation.definition.underline.end') },
          },
        },
        {
          match: r`^${PARAGRAPH_LINE}\s*(\[)?((?:${LONE_OPERATIVE})${TRAILING})(?![\w-])`,
          captures: {
            1: { name: scope('punctuation.definition.bracket') },
            2: { name: scope('keyword.other.operative') },
          },
        },
      ],
    },

    subparagraph: {
      comment: '"(a)", "(ii)" at the start of a line.',
      match: r`^\s*((\\?\()(?:[a-z]{1,3}|[ivxlc]{1,7})(\\?\)))(?=\s|$)`,
      captures: {
        1: { name: scope('constant.numeric.subparagraph') },
        2: { name: scope('punctuation.definition.subparagraph.begin') },
        3: { name: scope('punctuation.definition.subparagraph.end') },
      },
    },

    'preambular-emphasis': {
      comment: 'An italic (or underlined) run that opens an unnumbered paragraph and is followed by more text.',
      patterns: [
        {
          match: r`^(?!.*\s\|\s)\s*(\[)?((\*|_)(?=[A-Z])([^*_]+?)(\3))(?![\w*])(?:(?<=Acting\*|Acting_)\s+(${ACTING_UNDER}))?(?=\s*\S)`,
          captures: {
            1: { name: scope('punctuation.definition.bracket') },
            2: { name: scope('markup.italic') },
            3: { name: scope('punctuation.definition.italic.begin') },
            4: { name: within('markup.italic', 'entity.name.function.preambular'), patterns: inc('opener-inline') },
            5: { name: scope('punctuation.definition.italic.end') },
            6: { name: scope('entity.name.function.preambular') },
          },
        },
        {
          match: r`^\s*((<u>)([A-Z].*?)(</u>))(?=\s*\S)`,
          captures: {
            1: { name: scope('markup.underline') },
            2: { name: scope('punctuation.definition.underline.begin') },
            3: { name: within('markup.underline', 'entity.name.function.preambular'), patterns: inc('opener-inline') },
            4: { name: scope('punctuation.definition.underline.end') },
          },
        },
      ],
    },

    'preambular-plain': {
      match: r`^${PARAGRAPH_LINE}\s*(\[)?((?:${PREAMBULAR_PLAIN})${TRAILING})(?![\w-])`,
      captures: {
        1: { name: scope('punctuation.definition.bracket') },
        2: { name: scope('entity.name.function.preambular') },
      },
    },

    inline: {
      patterns: inc('comment', 'escape', 'bold', 'italic', 'underline', 'link', 'quote', 'symbol', 'citation-list', 'citation-item', 'date', 'meeting', 'acronym'),
    },
    'opener-inline': {
      comment: 'What an opener phrase may hold: "Reaffirms its decision in resolution 1373 (2001)".',
      patterns: inc('escape', 'symbol', 'citation-list', 'citation-item', 'date', 'acronym'),
    },

    escape: {
      match: r`\\[\\` + '`' + r`*_{}\[\]()#+\-.!<>|~"'$]`,
      name: scope('constant.character.escape'),
    },

    bold: {
      match: r`(?<![\\*])(\*\*)(?=\S)(.+?)(?<=\S)(\*\*)`,
      name: scope('markup.bold'),
      captures: {
        1: { name: scope('punctuation.definition.bold.begin') },
        2: { patterns: inc('inline') },
        3: { name: scope('punctuation.definition.bold.end') },
      },
    },
    italic: {
      patterns: [
        {
          match: r`(?<![\\\w*])(\*)(?=[^\s*])((?:\\.|[^*\\])+?)(?<=[^\s\\])(\*)(?![\w*])`,
          name: scope('markup.italic'),
          captures: {
            1: { name: scope('punctuation.definition.italic.begin') },
            2: { patterns: inc('inline') },
            3: { name: scope('punctuation.definition.italic.end') },
          },
        },
        {
          match: r`(?<![\\\w])(_)(?=[^\s_])((?:\\.|[^_\\])+?)(?<=[^\s\\])(_)(?!\w)`,
          name: scope('markup.italic'),
          captures: {
            1: { name: scope('punctuation.definition.italic.begin') },
            2: { patterns: inc('inline') },
            3: { name: scope('punctuation.definition.italic.end') },
          },
        },
      ],
    },
    underline: {
      match: r`(<u>)(.+?)(</u>)`,
      name: scope('markup.underline'),
      captures: {
        1: { name: scope('punctuation.definition.underline.begin') },
        2: { patterns: inc('inline') },
        3: { name: scope('punctuation.definition.underline.end') },
      },
    },

    link: {
      comment: 'A Markdown link, "[1373 \\(2001\\)](#)" in UN Markdown copies.',
      match: r`(\[)((?:\\.|[^\]\\])+)(\])(\()([^)\s]*)(\))`,
      name: scope('meta.link.inline'),
      captures: {
        1: { name: scope('punctuation.definition.link.title.begin') },
        2: { name: scope('string.other.link.title'), patterns: inc('escape', 'symbol', 'citation-item', 'date', 'acronym') },
        3: { name: scope('punctuation.definition.link.title.end') },
        4: { name: scope('punctuation.definition.metadata.begin') },
        5: { name: scope('markup.underline.link') },
        6: { name: scope('punctuation.definition.metadata.end') },
      },
    },
    'citation-link': {
      comment: 'A link inside a list of citations, where "[60/288](#)" is a General Assembly resolution.',
      match: r`(\[)((?:\\.|[^\]\\])+)(\])(\()([^)\s]*)(\))`,
      name: scope('meta.link.inline'),
      captures: {
        1: { name: scope('punctuation.definition.link.title.begin') },
        2: { name: scope('string.other.link.title'), patterns: inc('escape', 'citation-any') },
        3: { name: scope('punctuation.definition.link.title.end') },
        4: { name: scope('punctuation.definition.metadata.begin') },
        5: { name: scope('markup.underline.link') },
        6: { name: scope('punctuation.definition.metadata.end') },
      },
    },

    quote: {
      patterns: [
        { begin: '“', end: '”|$', name: scope('string.quoted.double') },
        { begin: '‘', end: '’|$', name: scope('string.quoted.single') },
        { begin: r`(?<![\w\\])"(?=\S)`, end: '"|$', name: scope('string.quoted.double') },
      ].map((q) => ({
        ...q,
        beginCaptures: { 0: { name: scope('punctuation.definition.string.begin') } },
        endCaptures: { 0: { name: scope('punctuation.definition.string.end') } },
        patterns: inc('escape', 'symbol', 'citation-list', 'citation-item', 'date', 'acronym'),
      })),
    },

    symbol: {
      comment: 'United Nations document symbols: S/RES/2370 (2017), S/PRST/2017/4, S/2017/615, A/RES/60/288, A/71/187.',
      match: r`(?<![\w/.\-])(?:S/RES/\d{1,4}(?:\s?${LP}${YEAR}${RP})?|(?:A|S|E|ST|UNEP|DP|TD)(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+(?<=\d))(?![\w/])`,
      name: scope('string.other.symbol'),
    },

    'citation-list': {
      comment: '"resolution 1373 (2001)", "resolutions 1267 (1999), 1989 (2011) and 2253 (2015)", "resolution 60/288".',
      match: r`\b((?i:resolution|decision)s?)(\s+)(${LIST_ITEM}(?:${LIST_SEP}${LIST_ITEM})*)`,
      name: scope('meta.citation'),
      captures: {
        1: { name: scope('storage.type.citation') },
        3: { patterns: inc('citation-link', 'citation-any', 'escape') },
      },
    },
    'citation-item': {
      comment: 'A citation without the noun: "1373 (2001)" or "3314 (XXIX)"; a bare number is none.',
      match: r`(?<![\w/.,\-])(?:${SC_ITEM}|${GA_OLD_ITEM})`,
      name: scope('string.other.citation'),
      captures: { 0: { patterns: inc('escape') } },
    },
    'citation-any': {
      match: r`(?<![\w/.,\-])${ITEM}`,
      name: scope('string.other.citation'),
      captures: { 0: { patterns: inc('escape') } },
    },

    date: {
      match: DATE,
      name: scope('constant.numeric.date'),
    },
    meeting: {
      match: r`\b\d{1,5}(?:st|nd|rd|th)(?=\s+(?:plenary\s+)?meeting\b)`,
      name: scope('constant.numeric.meeting'),
    },
    acronym: {
      comment: 'UNOCT, IEDs, UASs, G5, UN-Women, COVID-19; not a roman numeral (Chapter VII, Habitat III).',
      match: r`(?<![\w\-])(?!(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w\-]))[A-Z][A-Z0-9]+(?:-[A-Z0-9][A-Za-z0-9]*)*s?(?!\w)`,
      name: scope('entity.name.type.acronym'),
    },
  },
};

const target = fileURLToPath(new URL('./unres.tmLanguage.json', import.meta.url));
const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== json) {
    console.error('syntaxes/unres.tmLanguage.json is stale: run node syntaxes/build-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
}
