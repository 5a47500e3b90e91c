/**
 * Objects of a class get their hidden class through transitions, which V8 holds weakly: at a full
 * collection with no object of the class alive, the hidden class goes, and with it every optimised
 * function that checks for it. Classes whose objects live for one call only (the parser's builder,
 * the citation reader, the acronym name window) have none alive between keystrokes, so the memory
 * release of a quiet long draft (a full collection) made the next keystrokes recompile the parser.
 * A specimen of each, kept here, keeps the class alive.
 */
const specimens: object[] = [];

export function keepShape(specimen: object): void {
  specimens.push(specimen);
}
