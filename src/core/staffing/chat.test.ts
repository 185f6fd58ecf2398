import fc from "fast-check";
import { agentsForServiceLevel } from "./agents-search";
import { chatAgentsByFactor, chatAgentsBySlots, concurrencyFactor, DEFAULT_CONCURRENCY_FACTORS } from "./chat";

const chat = (concurrency: number, volume = 100) => ({
  volume,
  ahtSeconds: 180,
  intervalSeconds: 1800,
  concurrency,
  targetServiceLevel: 0.8,
  answerTimeSeconds: 20,
});

describe("chat slots model", () => {
  it("divides the slots found by Erlang C by the concurrency and rounds up", () => {
    // A = 10 → 14 slots (the Call Centre Helper example)
    expect(chatAgentsBySlots(chat(1))).toBe(14);
    expect(chatAgentsBySlots(chat(2))).toBe(7);
    expect(chatAgentsBySlots(chat(3))).toBe(5);
    expect(chatAgentsBySlots(chat(2.5))).toBe(6);
  });

  it("needs 0 agents without chats", () => {
    expect(chatAgentsBySlots(chat(3, 0))).toBe(0);
  });

  it("rejects concurrency below 1", () => {
    expect(() => chatAgentsBySlots(chat(0.5))).toThrow(/concurrency/);
  });
});

describe("chat factor model", () => {
  it("uses f(1..5) = 1, 1.7, 2.5, 2.9, 3.5 by default", () => {
    expect(DEFAULT_CONCURRENCY_FACTORS).toEqual([1, 1.7, 2.5, 2.9, 3.5]);
    expect([1, 2, 3, 4, 5].map((k) => concurrencyFactor(k))).toEqual([1, 1.7, 2.5, 2.9, 3.5]);
  });

  it("is Erlang C with handle time aht ÷ f(K)", () => {
    // K = 2: aht 180 / 1.7 s, A = 100 · (180 / 1.7) / 1800
    const aht = 180 / 1.7;
    const expected = agentsForServiceLevel({ trafficErlangs: (100 * aht) / 1800, ahtSeconds: aht, targetServiceLevel: 0.8, answerTimeSeconds: 20 });
    expect(chatAgentsByFactor(chat(2))).toBe(expected);
    expect(chatAgentsByFactor(chat(1))).toBe(14);
  });

  it("takes a user's own factor table", () => {
    expect(chatAgentsByFactor(chat(2), [1, 2])).toBe(
      agentsForServiceLevel({ trafficErlangs: 5, ahtSeconds: 90, targetServiceLevel: 0.8, answerTimeSeconds: 20 }),
    );
  });

  it("rejects a concurrency outside the table and non-positive factors", () => {
    expect(() => chatAgentsByFactor(chat(6))).toThrow(/from 1 to 5/);
    expect(() => chatAgentsByFactor(chat(1.5))).toThrow(/whole number/);
    expect(() => chatAgentsByFactor(chat(2), [1, 0])).toThrow(/factors \(#2\)/);
  });

  it("needs no more agents with more concurrency (rising factors)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 2000, noNaN: true }), (k, volume) => {
        expect(chatAgentsByFactor(chat(k + 1, volume))).toBeLessThanOrEqual(chatAgentsByFactor(chat(k, volume)));
      }),
    );
  });
});
