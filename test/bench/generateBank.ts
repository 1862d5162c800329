// A deterministic synthetic bank for benchmarks: realistic sizes, with math and code.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIFFICULTIES, KINDS, KNOWN_ROLES } from '../../src/bank/model';

/** mulberry32: a tiny seeded generator, so every run writes the same bank. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'model latency token cache retrieval gradient batch shard replica queue index vector embedding prompt budget metric drift schema feature label window attention layer head memory throughput'.split(
    ' ',
  );

/**
 * One file in PROBLEM_EVERY is broken or dubious, each in one of these ways, so validation has
 * something to report and the loader's slow paths (gray-matter for invalid YAML) are exercised.
 */
export const PROBLEM_EVERY = 97;
const PROBLEMS = ['unknown-key', 'role-spelling', 'unknown-section', 'enum-case', 'duplicate-id', 'yaml', 'missing-answer'] as const;

export function generateBank(dir: string, count: number, seed = 42): void {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sentence = (words: number): string => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(pick(WORDS));
    return `${out.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 10))).join(' ');
  for (let i = 0; i < count; i++) {
    const role = pick(KNOWN_ROLES);
    const topicIndex = Math.floor(random() * 60);
    const folder = path.join(dir, role.toLowerCase().replace(/\s+/g, '-'), `topic-${topicIndex}`);
    mkdirSync(folder, { recursive: true });
    const withMath = random() < 0.3 ? `\n\n$$\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$\n` : '';
    const withCode = random() < 0.3 ? `\n\n\`\`\`python\ndef step(x, lr=0.1):\n    return x - lr * grad(x)\n\`\`\`\n` : '';
    let text = `---
id: bench-${i}
title: ${sentence(4).slice(0, -1)} ${i}
roles: [${role}]
topic: Topic ${topicIndex}
kind: ${pick(KINDS)}
difficulty: ${pick(DIFFICULTIES)}
time: ${1 + Math.floor(random() * 45)}
tags: [${pick(WORDS)}, ${pick(WORDS)}]
---

${paragraph(3)}

## Hints
- ${sentence(9)}
- ${sentence(11)}

## Answer
${paragraph(6)}${withMath}

${paragraph(5)}${withCode}

${paragraph(4)}

## Evaluation
- ${sentence(7)}
- ${sentence(8)}
- ${sentence(6)}

## Follow-ups
- ${sentence(9)}
`;
    // Chosen by position, not by `random()`, so every other file is the same with or without them.
    if (i % PROBLEM_EVERY === PROBLEM_EVERY - 1) text = withProblem(text, PROBLEMS[Math.floor(i / PROBLEM_EVERY) % PROBLEMS.length], i);
    writeFileSync(path.join(folder, `bench-${i}.md`), text);
  }
}

function withProblem(text: string, problem: (typeof PROBLEMS)[number], i: number): string {
  switch (problem) {
    case 'unknown-key':
      return text.replace('\ntags:', '\ndificulty: easy\ntags:');
    case 'role-spelling':
      return text.replace(/^roles: \[(.*)\]$/m, (_line, role: string) => `roles: [${role.toLowerCase()}]`);
    case 'unknown-section':
      return text.replace('## Follow-ups', '## Notes');
    case 'enum-case':
      return text.replace(/^difficulty: (\w+)$/m, (_line, value: string) => `difficulty: ${value.toUpperCase()}`);
    case 'duplicate-id':
      return text.replace(`id: bench-${i}\n`, `id: bench-${i - 1}\n`);
    case 'yaml':
      return text.replace(/^roles: \[(.*)\]$/m, 'roles: [$1');
    case 'missing-answer':
      return text.replace('## Answer\n', '');
  }
}
