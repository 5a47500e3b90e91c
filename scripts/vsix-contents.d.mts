export declare const MAX_VSIX_BYTES: number;
export declare function listZip(file: string): string[];
export declare function checkVsix(file: string, root: string): { entries: string[]; size: number; problems: string[] };
