// The starting point of a new question file, as docs/AUTHORING.md describes it.

export function questionTemplate(id: string, title: string): string {
  return `---
id: ${id}
title: ${title}
roles: [AI Engineer]
topic: Your topic
kind: concept
difficulty: medium
time: 10
tags: []
---

Write the question here, as an interviewer would ask it.

## Hints
- A gentle nudge first.
- A more specific one second.

## Answer
A structured model answer: the key idea, trade-offs, and a concrete example.

## Evaluation
- What a strong answer mentions.

## Follow-ups
- What the interviewer might ask next.
`;
}
