import { test } from "node:test";
import assert from "node:assert/strict";
import { Trie } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("insert and search", () => {
  const t = new Trie();
  t.insert("apple");
  assert.equal(t.search("apple"), true);
  assert.equal(t.search("app"), false);
  assert.equal(t.search("apples"), false);
  assert.equal(t.startsWith("app"), true);
  t.insert("app");
  assert.equal(t.search("app"), true);
});

test("empty trie", () => {
  const t = new Trie();
  assert.equal(t.search("a"), false);
  assert.equal(t.search(""), false);
  assert.equal(t.startsWith("a"), false);
  assert.equal(t.startsWith(""), false);
});

test("empty string as word and prefix", () => {
  const t = new Trie();
  t.insert("x");
  assert.equal(t.startsWith(""), true);
  assert.equal(t.search(""), false);
  t.insert("");
  assert.equal(t.search(""), true);
});

test("prefix longer than any word", () => {
  const t = new Trie();
  t.insert("car");
  assert.equal(t.startsWith("cars"), false);
  assert.equal(t.startsWith("car"), true);
});

test("branching words", () => {
  const t = new Trie();
  const words = ["to", "tea", "ted", "ten", "i", "in", "inn"];
  for (const w of words) t.insert(w);
  for (const w of words) assert.equal(t.search(w), true, w);
  assert.equal(t.search("te"), false);
  assert.equal(t.search("t"), false);
  assert.equal(t.startsWith("te"), true);
  assert.equal(t.startsWith("tx"), false);
  assert.equal(t.startsWith("a"), false);
});

test("duplicate inserts", () => {
  const t = new Trie();
  t.insert("go");
  t.insert("go");
  assert.equal(t.search("go"), true);
  assert.equal(t.search("g"), false);
});

test("case sensitive", () => {
  const t = new Trie();
  t.insert("Apple");
  assert.equal(t.search("apple"), false);
  assert.equal(t.startsWith("ap"), false);
  assert.equal(t.startsWith("Ap"), true);
});

test("any characters", () => {
  const t = new Trie();
  for (const w of ["caf\u00e9", "\u65e5\u672c\u8a9e", "a b-c", "12:30"]) t.insert(w);
  assert.equal(t.search("caf\u00e9"), true);
  assert.equal(t.search("cafe"), false);
  assert.equal(t.startsWith("\u65e5\u672c"), true);
  assert.equal(t.startsWith("a b"), true);
  assert.equal(t.search("12:30"), true);
  // Every character is a step of its own: none may be skipped or folded into another.
  for (const absent of ["caf", "\u65e5\u672c", "abc", "a b", "12:31", "1230", ""]) {
    assert.equal(t.search(absent), false, JSON.stringify(absent));
  }
  assert.equal(t.startsWith("12:3 "), false);
});

test("many words and queries", () => {
  const out = runWithCpuLimit(
    `// a distinct 8-letter word for each i in 0..79,999 (deterministic)
     const word = (i) => {
       let x = (i * 2654435761) % 208827064576; // 26 ** 8
       let s = "";
       for (let k = 0; k < 8; k++) {
         s += String.fromCharCode(97 + (x % 26));
         x = Math.floor(x / 26);
       }
       return s;
     };
     const t = new m.Trie();
     for (let i = 0; i < 80000; i += 2) t.insert(word(i));
     let found = 0, prefixHits = 0, longer = 0;
     for (let i = 0; i < 80000; i++) if (t.search(word(i))) found++;
     for (let i = 0; i < 80000; i += 2) if (t.startsWith(word(i).slice(0, 5))) prefixHits++;
     for (let i = 0; i < 80000; i += 2) if (t.startsWith(word(i) + "a")) longer++;
     return [found, prefixHits, longer];`,
    4500,
  );
  assert.deepEqual(out, [40_000, 40_000, 0]);
});
