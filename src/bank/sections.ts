// Splits a question body into its prompt and its `## ` sections, ignoring headings inside code fences.

export interface Section {
  heading: string;
  /** 1-based line of the heading within the whole file. */
  line: number;
  text: string;
}

export interface QuestionBody {
  prompt: string;
  /** 1-based line of the first prompt line within the whole file. */
  promptLine: number;
  sections: Section[];
}

/** `firstLine` is the file line on which `body` starts (1-based). */
export function splitSections(body: string, firstLine = 1): QuestionBody {
  const lines = body.split(/\r?\n/);
  const sections: Section[] = [];
  const prompt: string[] = [];
  let current: { heading: string; line: number; lines: string[] } | undefined;
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
    }
    const heading = fence ? undefined : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (current) sections.push(finish(current));
      current = { heading: heading[1], line: firstLine + index, lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      prompt.push(line);
    }
  });
  if (current) sections.push(finish(current));
  const leading = prompt.findIndex((line) => line.trim() !== '');
  return {
    prompt: prompt.join('\n').trim(),
    promptLine: firstLine + Math.max(leading, 0),
    sections,
  };
}

function finish(section: { heading: string; line: number; lines: string[] }): Section {
  return { heading: section.heading, line: section.line, text: section.lines.join('\n').trim() };
}

/** The section with this heading (case-insensitive), if any. */
export function findSection(body: QuestionBody, heading: string): Section | undefined {
  const wanted = normalizeHeading(heading);
  return body.sections.find((section) => normalizeHeading(section.heading) === wanted);
}

export function normalizeHeading(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z]/g, '');
}

/** The items of a markdown bullet or numbered list (one level), in order. */
export function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const item = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) items.push(item[1].trim());
    else if (items.length > 0 && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}
