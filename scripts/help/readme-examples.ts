/**
 * The `=CS.NAME(...)` → result examples of the README's function reference. The help page shows
 * them; test/readme-examples.test.ts evaluates each against the built functions.
 */
const EXAMPLE = /`=CS\.([A-Z0-9_.]+)\((.*?)\)`\s*→\s*([-\d.,/\s]+?)(?=\s*(?:;|\||$))/gm;

export interface ReadmeExample {
  /** As written, e.g. `=CS.AGENTS(100, 180, 0.8, 20)`. */
  formula: string;
  id: string;
  argsText: string;
  /** The result as the README shows it; several cells are separated by "," and rows by "/". */
  result: string;
}

/** The README's function-reference section (between "## Custom functions" and "## Command line"). */
export function functionReference(readme: string): string {
  return readme.slice(readme.indexOf("## Custom functions"), readme.indexOf("## Command line"));
}

export function readmeExamples(readme: string): ReadmeExample[] {
  return [...functionReference(readme).matchAll(EXAMPLE)].map((m) => ({
    formula: `=CS.${m[1]}(${m[2]})`,
    id: m[1] as string,
    argsText: m[2] as string,
    result: (m[3] as string).trim(),
  }));
}
