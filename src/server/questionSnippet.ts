// A whole new question (or exercise) as a snippet, in the layout docs/AUTHORING.md describes. Every
// default validates, so accepting the snippet as it stands gives a loadable file.
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES } from '../bank/model';

/** `${n|a,b|}` with the preferred value first, so it is the default. */
function choice(tabstop: number, preferred: string, values: readonly string[]): string {
  return `\${${tabstop}|${[preferred, ...values.filter((value) => value !== preferred)].join(',')}|}`;
}

/** `id` must already be a slug: it is placed inside the snippet unescaped. */
export function questionSnippet(id: string): string {
  return `---
id: \${1:${id}}
title: \${2:Question title}
roles: [\${3:${KNOWN_ROLES[0]}}]
topic: \${4:Topic}
kind: ${choice(5, 'concept', KINDS)}
difficulty: ${choice(6, 'medium', DIFFICULTIES)}
time: \${7:10}
tags: [\${8:tag}]
---

\${9:The prompt: what the interviewer asks.}

## Hints
- \${10:A gentle first hint.}
- \${11:A more specific second hint.}

## Answer
\${12:The model answer: the key idea, trade-offs, and a concrete example.}

## Evaluation
- \${13:What an interviewer listens for.}

## Follow-ups
- \${14:A question an interviewer might ask next.}
$0`;
}

/** For `exercises/<id>/exercise.md`, whose id is its folder and whose kind is always coding. */
export function exerciseSnippet(id: string): string {
  return `---
id: ${id}
title: \${1:Exercise title}
roles: [\${2:Software Engineer}]
topic: \${3:Topic}
kind: coding
difficulty: ${choice(4, 'medium', DIFFICULTIES)}
time: \${5:30}
languages: [${LANGUAGES.join(', ')}]
---

\${6:The task: what to implement, with an example input and output.}

## Hints
- \${7:A gentle first hint.}
- \${8:A more specific second hint.}

## Answer
\${9:The approach, its complexity, and the trade-offs.}

## Evaluation
- \${10:What an interviewer listens for.}
$0`;
}
