import { describe, expect, test } from "vitest";
import { median, percentile } from "@/scripts/bench/stats";

describe("bench statistics", () => {
  test("median: the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test("percentile: nearest rank over 1..100", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted order
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});
