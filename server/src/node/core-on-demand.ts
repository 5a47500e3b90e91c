// The core as dist/server.js reaches it: esbuild puts this module in place of '../core' in that
// bundle only (esbuild.mjs), and the core is its own bundle, dist/core.js, loaded at first use. So
// `initialize` is answered without compiling the core's 415 KB (spawn to answer, medians of 15 spawns
// alternated four times: 183-225 ms against 207-261 ms with one bundle); the first document loads it.
// A name the server imports from '../core' that is missing here fails the build.
import type * as Core from '../core';
export { failureText } from '../core/logger';
export type * from '../core';

let core: typeof Core | undefined;
// A path relative to dist/server.js, left to Node (external in esbuild.mjs).
const load = () => (core ??= require('./core.js') as typeof Core);

export const createResolutionService: typeof Core.createResolutionService = (...a) => load().createResolutionService(...a);
export const formatForPath: typeof Core.formatForPath = (...a) => load().formatForPath(...a);
export const isLevel: typeof Core.isLevel = (v): v is Core.RuleLevel => load().isLevel(v);
export const parse: typeof Core.parse = (...a) => load().parse(...a);
export const parseExtraResolutions: typeof Core.parseExtraResolutions = (...a) => load().parseExtraResolutions(...a);
export const reparse: typeof Core.reparse = (...a) => load().reparse(...a);
export const safeFixes: typeof Core.safeFixes = (...a) => load().safeFixes(...a);
export const settingsFromFiles: typeof Core.settingsFromFiles = (...a) => load().settingsFromFiles(...a);
