/**
 * Outside Excel (the task pane previewed in a plain browser with Office.js missing) there is no
 * `CustomFunctions` global, and the generated `CustomFunctions.associate(...)` calls would throw
 * while the shared page loads. This installs a registry that only records the associations, so
 * the page boots; inside Excel (and in the Node test harness) the real global is kept.
 * Imported first by functions.ts.
 */
interface FallbackRegistry {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  associations: Map<string, unknown>;
}

const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") {
  const registry: FallbackRegistry = {
    associations: new Map(),
    associate(id, fn) {
      this.associations.set(id, fn);
    },
  };
  g.CustomFunctions = registry;
}

export {};
