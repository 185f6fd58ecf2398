import { restoreChoices } from "./use-choices";

describe("remembered choices", () => {
  const defaults = { model: "erlangC", aht: "180", live: true };

  it("takes stored values of the right type and ignores the rest", () => {
    expect(restoreChoices({ model: "chat", aht: 240, live: false, extra: "x" }, defaults)).toEqual({ model: "chat", aht: "180", live: false });
  });

  it("falls back to the defaults for anything that is not an object", () => {
    for (const stored of [undefined, null, "chat", 3, []]) expect(restoreChoices(stored, defaults)).toEqual(defaults);
  });
});
