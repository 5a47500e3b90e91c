/**
 * A view's fields as a plain object, optional fields only where present (as in an object built
 * with them), for comparing models in tests (`toJSON` of the citation and acronym views).
 */
export function presentFields<T extends object>(fields: T): T {
  for (const k of Object.keys(fields) as (keyof T)[]) if (fields[k] === undefined) delete fields[k];
  return fields;
}
