// The regular expressions of the recogniser, compiled once. They run on a paragraph's
// clean text (no Markdown, NBSP read as a space). Sticky (y) ones match at lastIndex only.

/** "resolution", "resolutions", "UNSCR". */
export const NOUN = /\b(UNSCRs?|[Rr]esolutions?)\b/g;

/** What names the organ just before the noun ("Security Council resolution", "Human Rights Council resolution"). */
export const ORGAN_BEFORE =
  /(?:(Security Council|UNSC)|(General Assembly|UNGA)|([A-Z][\w-]*\s+)?(Assembly|Council)|(ECOSOC|HRC|WHA|UNEP|Commission|Board|Conference|Committee|Organi[sz]ation|Programme|Justice|Union|Parties|Forum|Agency|Summit))(?:['’]s|,?\s+in\s+its(?:\s+(?:previous|relevant|earlier|latest|recent))*)?\s+$/;

export const SPACES = /\s+/y;

/** 3314 (XXIX), 217 A (III), 3419 A to D (XXX), 1874 (S-IV), 2253 (ES-V) */
export const GA_OLD = /(\d{1,4})((?: [A-Z](?: (?:and|to) [A-Z]|-[A-Z])?)?) ?\(((?:ES-|S-)?)([IVXL]{1,7})\)/y;

/** 60/288, A/RES/60/288, 31/16 A, 31/6 A and B, S-8/1, ES-10/24, 75/200 (2020) */
export const GA_NEW = /(?:A\/RES\/)?(?:(ES|S)-(\d{1,2})|(\d{1,3}))\/(\d{1,4})(?![\d/])((?: [A-Z](?: (?:and|to) [A-Z]|-[A-Z])?(?![\w/]))?)(?: \((\d{4})\))?/y;

/** 1373 (2001), 1373(2001), 1738, (2006), 1701 (no year), S/RES/1373 (2001) */
export const SC_ITEM = /(?:S\/RES\/)?(\d{1,4})(?![\d/]|[.,]\d|-\d|[A-Za-z])(?:(\s{0,3}(?:,\s{0,2})?)\((\d{4})\))?/y;

/** After a number without a year that follows the noun: what shows it is not a resolution number. */
export const NOT_A_NUMBER_AFTER = /\s*(?:%|per\s?cent\b)|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/y;

/** After a later item without a year: it must end the list or lead to the next item or a date. */
export const LIST_ITEM_END = /\s*(?:[,;:.)\]]|$)|\s+(?:and|or)\s+\d|\s+of\s+\d/y;

/** Between items: ", ", " and ", ", and ", " or ", or only spaces (a missing comma). */
export const SEPARATOR = /(\s*,\s*)(?:(and|or)\s+)?|\s+(and|or)\s+|\s+/y;

export const OF = /\s+of\s+/y;

/** A citation without the noun ("in particular 1500 (2003)") is found from its year: "(2003)", then the number before it. */
export const YEAR_IN_PARENS = /\((\d{4})\)/g;
/** The number before a year in parentheses, matched on the text up to the "(": not part of "75/200", "1,373" or "No.38". */
export const NUMBER_BEFORE_YEAR = /(?<![\w/.-]|\d[,.])(\d{1,4})\s{0,2}$/;

/** Words before a number in parentheses that make it something else than a resolution. */
export const NOT_A_CITATION_BEFORE =
  /(?:\b(?:paragraphs?|paras?\.|[Aa]rticles?|pages?|[Aa]nnex(?:es)?|Nos?\.|[Ss]ections?|[Rr]ules?|Chapters?|Principles?|Parts?|Volumes?|vol\.|footnotes?|notes?)\s+(?:\d{1,4}(?:\s*\([a-z0-9]{1,4}\))?\s*(?:,|and|to)\s+)*)$/;

/** Document symbols: S/RES/1373 (2001), S/PRST/2017/4, S/PV.8017, S/2017/615, S/24111, A/RES/60/288. */
export const SYMBOLS =
  /(?<![\w/])(?:S\/RES\/(\d{1,4})(?: ?\((\d{4})\))?|S\/PRST\/(\d{4})\/(\d{1,3})|S\/PV\.(\d{1,5})|S\/(\d{4})\/(\d{1,4})((?:\/(?:Add|Rev|Corr)\.\d{1,2})*)|S\/(\d{3,5})((?:\/(?:Add|Rev|Corr)\.\d{1,2})*)|A\/RES\/(?:(ES|S)-(\d{1,2})|(\d{1,3}))\/(\d{1,4})((?: [A-Z](?:-[A-Z])?)?))(?![\w/])/g;

/** Numbers in a committee's name: "the 1540 Committee", "the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee". */
export const COMMITTEE = /\b[Tt]he\s(\d{3,4}(?:\/\d{3,4})*)(?=\s+(?:(?:[A-Z][\w'’.-]*|and|of|\([^()]{1,40}\))\s+){0,10}Committee\b)/g;

/** Heading: "Resolution 2370 (2017)", "RESOLUTION 1 (1946)", optionally "of 25 January 1946". */
export const HEADING_RESOLUTION = /^\s*(?:Resolution|RESOLUTION)\s+(\d{1,4})(\s*)\((\d{4})\)\.?(?:\s+of\s+)?/;
/** Older volumes: "1 (1946). Resolution of 25 January 1946". */
export const HEADING_NUMBER_FIRST = /^\s*(\d{1,4})(\s*)\((\d{4})\)\.?\s+Resolution\b(?:\s+of\s+)?/;
/** "of 22 November 1967" on its own line under the number. */
export const HEADING_OF = /^\s*of\s+/;

/** "Adopted by the Security Council at its 8017th meeting, on 2 August 2017"; "Adopted unanimously at the 1382nd meeting." */
export const ADOPTED = /^\s*Adopted\b[^.;]{0,120}?\bat\s+(?:its|the)\s+(\d{1,5})\s?([A-Za-z]{1,2})?\s+(?:plenary\s+)?meeting\b/d;
export const ADOPTED_ON = /,?\s*(?:held\s+)?on\s+/y;
