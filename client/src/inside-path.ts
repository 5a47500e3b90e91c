/** A path relative to a folder that cannot leave it: no root, drive, backslash, "." or ".." segment. */
export function isInsidePath(path: string): boolean {
  return path.length > 0 && path.length < 256 && !/^[a-z]:|^\/|\\/i.test(path) && path.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
