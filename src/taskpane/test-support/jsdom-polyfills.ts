/** What Fluent UI needs from a browser that jsdom lacks (MessageBar measures itself with ResizeObserver). */
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
export {};
