import { describe, expect, it } from "vitest";
import { createBoundedCache } from "@/lib/utils/bounded-cache";

describe("createBoundedCache", () => {
  it("never holds more than maxEntries, evicting the least recently used", () => {
    const evicted: string[] = [];
    const cache = createBoundedCache<string, number>({ maxEntries: 2, onEvict: (key) => evicted.push(key) });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now the most recently used
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.size]).toEqual([1, undefined, 3, 2]);
    expect(evicted).toEqual(["b"]);
    for (let i = 0; i < 1_000; i += 1) cache.set(`k${i}`, i);
    expect(cache.size).toBe(2);
    expect(evicted).toHaveLength(1 + 1_000);
  });

  it("treats entries older than ttlMs as absent and drops them", () => {
    let clock = 0;
    const evicted: string[] = [];
    const cache = createBoundedCache<string, string>({ maxEntries: 10, ttlMs: 1_000, now: () => clock, onEvict: (key) => evicted.push(key) });
    cache.set("x", "fresh");
    clock = 999;
    expect(cache.get("x")).toBe("fresh");
    clock = 1_000;
    expect(cache.get("x")).toBeUndefined();
    expect([cache.size, evicted]).toEqual([0, ["x"]]);
  });

  it("creates a value once per key, and again after it left", () => {
    let made = 0;
    const cache = createBoundedCache<string, { n: number }>({ maxEntries: 1 });
    const first = cache.getOrCreate("a", () => ({ n: ++made }));
    expect(cache.getOrCreate("a", () => ({ n: ++made }))).toBe(first);
    cache.getOrCreate("b", () => ({ n: ++made }));
    expect(cache.getOrCreate("a", () => ({ n: ++made })).n).toBe(3);
  });

  it("tells onEvict about every value that leaves: replaced, deleted or cleared, but not one set again unchanged", () => {
    const evicted: [string, number][] = [];
    const cache = createBoundedCache<string, number>({ maxEntries: 5, onEvict: (key, value) => evicted.push([key, value]) });
    cache.set("a", 1);
    cache.set("a", 1);
    cache.set("a", 2);
    cache.set("b", 3);
    expect(cache.delete("b")).toBe(true);
    expect(cache.delete("b")).toBe(false);
    cache.set("c", 4);
    cache.clear();
    expect(evicted).toEqual([
      ["a", 1],
      ["b", 3],
      ["a", 2],
      ["c", 4],
    ]);
    expect(cache.size).toBe(0);
  });

  it("refuses a cap that would not bound anything", () => {
    expect(() => createBoundedCache({ maxEntries: 0 })).toThrow(/positive integer/);
    expect(() => createBoundedCache({ maxEntries: Number.POSITIVE_INFINITY })).toThrow(/positive integer/);
  });
});
