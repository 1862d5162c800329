import { test } from "node:test";
import assert from "node:assert/strict";
import { lowerBound, upperBound } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

/** A view of `values` that counts how many elements are read through it. */
function counting(values: number[]): { arr: number[]; reads: { n: number } } {
  const reads = { n: 0 };
  const arr = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { arr, reads };
}

function check(arr: number[], target: number, lower: number, upper: number): void {
  assert.equal(lowerBound(arr, target), lower, `lowerBound([${arr}], ${target})`);
  assert.equal(upperBound(arr, target), upper, `upperBound([${arr}], ${target})`);
}

test("duplicates", () => {
  check([1, 2, 2, 2, 3], 2, 1, 4);
  check([7, 7, 7], 7, 0, 3);
});

test("absent target", () => {
  check([1, 3, 5], 4, 2, 2);
  check([1, 2, 2, 2, 3], 0, 0, 0);
  check([1, 2, 2, 2, 3], 4, 5, 5);
});

test("empty array", () => {
  check([], 1, 0, 0);
});

test("single element", () => {
  check([5], 5, 0, 1);
  check([5], 4, 0, 0);
  check([5], 6, 1, 1);
});

test("negative and fractional values", () => {
  const arr = [-5.5, -2, 0, 0, 3.25];
  check(arr, 0, 2, 4);
  check(arr, -2, 1, 2);
  check(arr, -3, 1, 1);
  check(arr, 3.25, 4, 5);
  check(arr, -6, 0, 0);
});

test("count occurrences", () => {
  const arr = [1, 1, 2, 4, 4, 4, 4, 9];
  const counts = [0, 1, 2, 3, 4, 9, 10].map((v) => upperBound(arr, v) - lowerBound(arr, v));
  assert.deepEqual(counts, [0, 2, 1, 0, 4, 1, 0]);
});

test("reads logarithmically many elements", () => {
  const arrays = [
    Array.from({ length: 1_000_000 }, (_, i) => 2 * i),
    Array.from({ length: 1_000_000 }, (_, i) => (i < 500_000 ? 0 : 1)), // long runs of equal values
    new Array<number>(1024).fill(7),
  ];
  for (const values of arrays) {
    const { arr, reads } = counting(values);
    const n = values.length;
    const limit = 2 * (Math.floor(Math.log2(n)) + 2);
    for (const target of [-1, 0, 1, 7, 777_777, 2_000_000]) {
      for (const fn of [lowerBound, upperBound]) {
        reads.n = 0;
        fn(arr, target);
        assert.ok(reads.n <= limit, `${fn.name} read ${reads.n} of ${n} elements for target ${target}: not O(log n)`);
      }
    }
  }
});

test("large inputs", () => {
  const evens = Array.from({ length: 1_000_000 }, (_, i) => 2 * i);
  const n = evens.length;
  for (let i = 0; i < 200; i++) {
    const q = ((i * 7919) % 2_000_011) - 5;
    assert.equal(lowerBound(evens, q), Math.min(Math.max(Math.ceil(q / 2), 0), n));
    assert.equal(upperBound(evens, q), Math.min(Math.max(Math.floor(q / 2) + 1, 0), n));
  }
  const quads = Array.from({ length: 1_000_000 }, (_, i) => Math.floor(i / 4));
  for (let i = 0; i < 200; i++) {
    const v = (i * 104729) % 250_000;
    assert.equal(lowerBound(quads, v), 4 * v);
    assert.equal(upperBound(quads, v), 4 * v + 4);
  }
});
