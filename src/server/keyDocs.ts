// What each front-matter key and section means, as docs/AUTHORING.md describes it. Shown in
// completion items and on hover.
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES, type SectionName } from '../bank/model';
import { MAX_MINUTES } from '../bank/time';
import { REQUIRED_KEYS } from '../bank/validate';

export interface KeyDoc {
  /** One line, shown beside a completion item. */
  summary: string;
  /** Markdown, shown on hover and in the completion details. */
  details: string;
  example: string;
}

export const KEY_DOCS: Readonly<Record<string, KeyDoc>> = {
  id: {
    summary: 'Stable slug, unique in all banks',
    details:
      'Lowercase letters, digits and single dashes (`^[a-z0-9]+(-[a-z0-9]+)*$`). Unique across every loaded bank; name the file `<id>.md`. In `exercises/<id>/exercise.md` it is the folder name.',
    example: 'id: genai-lora-qlora',
  },
  title: {
    summary: 'Short title, as shown in the tree',
    details: 'A short title, as shown in the Questions tree and the drill panel.',
    example: 'title: LoRA and QLoRA',
  },
  roles: {
    summary: 'Roles the question is for (a list)',
    details: `A non-empty list of roles; a single string is accepted. Known roles: ${KNOWN_ROLES.join(', ')}. Other roles are allowed.`,
    example: 'roles: [AI Engineer, ML Engineer]',
  },
  topic: {
    summary: 'Topic the question is grouped under',
    details: 'The topic the question is grouped under in the tree, below each role.',
    example: 'topic: Fine-tuning (LoRA, QLoRA)',
  },
  kind: {
    summary: KINDS.join(' | '),
    details: `One of ${KINDS.map((kind) => `\`${kind}\``).join(', ')}. Coding questions name an \`exercise\`.`,
    example: 'kind: concept',
  },
  difficulty: {
    summary: DIFFICULTIES.join(' | '),
    details: `One of ${DIFFICULTIES.map((difficulty) => `\`${difficulty}\``).join(', ')}.`,
    example: 'difficulty: medium',
  },
  time: {
    summary: `Minutes (1-${MAX_MINUTES}) or "mm:ss"`,
    details: `The countdown's length: whole minutes from 1 to ${MAX_MINUTES}, or \`"mm:ss"\` in quotes (unquoted, YAML reads 1:30 as a number).`,
    example: 'time: 8',
  },
  tags: {
    summary: 'Optional list of tags',
    details: 'An optional list of tags, used to filter questions.',
    example: 'tags: [fine-tuning, peft]',
  },
  exercise: {
    summary: 'Coding questions: the exercise it scaffolds',
    details: 'The id of an exercise folder, `exercises/<id>/` in any loaded bank, whose stub and tests are scaffolded for this question.',
    example: 'exercise: lru-cache',
  },
  evaluation: {
    summary: 'Optional list of points listened for',
    details: 'What an interviewer listens for, one point per item; shown as a checklist after the reveal. The `## Evaluation` section adds to it.',
    example: 'evaluation:\n  - Explains why low-rank updates need far fewer trainable parameters',
  },
  languages: {
    summary: `Exercises only: ${LANGUAGES.join(', ')}`,
    details: `Required in \`exercises/<id>/exercise.md\`: the languages that have a stub and tests, from ${LANGUAGES.map((language) => `\`${language}\``).join(', ')}.`,
    example: 'languages: [python, typescript]',
  },
};

export function keyMarkdown(key: string): string | undefined {
  const doc = KEY_DOCS[key];
  if (!doc) return undefined;
  const required = (REQUIRED_KEYS as readonly string[]).includes(key) ? 'required' : 'optional';
  return `**${key}** (${required}): ${doc.details}\n\n\`\`\`yaml\n${doc.example}\n\`\`\``;
}

export const SECTION_DOCS: Readonly<Record<SectionName, string>> = {
  Hints: 'One hint per bullet, revealed one at a time, gentlest first.',
  Answer: 'The model answer, shown on reveal: structured, with trade-offs and a concrete example. Required.',
  Evaluation: 'What an interviewer listens for, one point per bullet; shown as a checklist after the reveal.',
  'Follow-ups': 'Questions an interviewer might ask next, one per bullet.',
};
