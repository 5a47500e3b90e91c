/** The analysis core: protocol-free, no I/O. Hosts: the language server, the checker, the web worker. */
export { parse } from './syntax/parse';
export type { ResolutionDoc, Paragraph, Organ, SourceFormat } from './syntax/model';
export { createResolutionService } from './service';
export { META_RULES } from './rules/meta';
export type { ResolutionService, Diagnostic, ServiceOptions } from './service';
export type { Severity, Finding, Fix, TextEdit, Rule } from './rules/types';
export { RULES, ALL_CODES, ruleFor } from './rules/registry';
export { defaultSettings, isLevel, DEFAULT_MAX_DOCUMENT_SIZE } from './settings';
export type { AnalysisSettings, RuleLevel, ExtraResolution } from './settings';
export { LineIndex } from './text/line-index';
export type { Position } from './text/line-index';
export type { Span } from './text/span';
export type { CompletionItem, DocSymbol, DocumentLink, Folding, HoverResult } from './features/types';
export type { Logger } from './logger';
export { formatForPath } from './format';
export { parseWorkspaceConfig, parseGlossary, parseExtraResolutions, CONFIG_FILE, GLOSSARY_FILE } from './config';
export type { WorkspaceConfig } from './config';
