import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ChatParticipants, Commands, InterviewerCommands, Panels, Settings, Views, Walkthroughs } from '../../src/ids';
import { SETTING_DEFAULTS } from '../../src/config/defaults';
import { REPO } from './helpers';

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

describe('package.json and src/ids.ts agree', () => {
  it('contributes exactly the commands in ids.ts', () => {
    const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    assert.deepEqual(contributed, Object.values(Commands).sort());
  });
  it('contributes the view container and view', () => {
    assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, Views.container);
    assert.equal(manifest.contributes.views[Views.container][0].id, Views.questions);
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${Panels.drill}`));
  });
  it('contributes every setting in ids.ts and no others', () => {
    const properties = Object.keys(manifest.contributes.configuration.properties).sort();
    const expected = Object.entries(Settings)
      .filter(([key]) => key !== 'section')
      .map(([, value]) => `${Settings.section}.${value}`)
      .sort();
    assert.deepEqual(properties, expected);
  });
  it('contributes the @interviewer chat participant with its commands', () => {
    const participants = manifest.contributes.chatParticipants as { id: string; name: string; commands: { name: string }[] }[];
    assert.deepEqual(
      participants.map((participant) => participant.id),
      Object.values(ChatParticipants),
    );
    assert.equal(participants[0].name, 'interviewer');
    assert.deepEqual(
      participants[0].commands.map((command) => command.name),
      Object.values(InterviewerCommands),
    );
  });
  it('prefixes every id and hides tree-only commands from the palette', () => {
    for (const id of [...Object.values(Commands), ...Object.values(Views), ...Object.values(Panels)]) assert.match(id, /^interviewPrep(\.|$)/);
    const hidden = manifest.contributes.menus.commandPalette
      .filter((entry: { when: string }) => entry.when === 'false')
      .map((entry: { command: string }) => entry.command);
    assert.ok(hidden.includes(Commands.openProblem));
  });
  it('is named interview-prep, with an engine that code-server 1.139 satisfies', () => {
    assert.equal(manifest.name, 'interview-prep');
    assert.equal(manifest.displayName, 'Interview Prep');
    assert.equal(manifest.engines.vscode, '^1.93.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.93.0');
  });
});

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents: string[];
}

describe('the Get Started walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs as { id: string; steps: Step[] }[];
  const known = new Set<string>([...Object.values(Commands), `${Views.questions}.focus`]);
  const shipped = readFileSync(path.join(REPO, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1));

  it('has the id the Get Started command opens', () => {
    assert.equal(walkthrough.id, Walkthroughs.getStarted);
  });
  it('links and completes its steps only through commands the extension contributes', () => {
    for (const step of walkthrough.steps) {
      const links = [...step.description.matchAll(/\(command:([^)?]+)/g)].map((match) => match[1]);
      assert.ok(links.length > 0, `${step.id} has a button`);
      for (const link of links) assert.ok(known.has(link), `${step.id} links to ${link}`);
      assert.ok(step.completionEvents.length > 0, `${step.id} can be completed`);
      for (const event of step.completionEvents) {
        const [kind, target] = event.split(':');
        if (kind === 'onCommand') assert.ok(known.has(target), `${step.id} completes on ${target}`);
        else assert.deepEqual([kind, target], ['onView', Views.questions]);
      }
    }
  });
  it('shows media that exists and that the VSIX ships, with alt text on images', () => {
    for (const step of walkthrough.steps) {
      const file = step.media.image ?? step.media.markdown!;
      assert.ok(existsSync(path.join(REPO, file)), `${step.id}: ${file} exists`);
      assert.ok(
        shipped.some((pattern) => pattern === file || (pattern.endsWith('/**') && file.startsWith(pattern.slice(0, -2)))),
        `${step.id}: ${file} is packaged`,
      );
      if (step.media.image) assert.ok(step.media.altText && step.media.altText.length > 20, `${step.id} describes its image`);
    }
  });
});

describe('the VSIX', () => {
  it('never ships the test-only language model or anything else under test/', () => {
    const shipped = readFileSync(path.join(REPO, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).trim());
    const ships = (file: string) => shipped.some((pattern) => pattern === file || (pattern.endsWith('/**') && file.startsWith(pattern.slice(0, -2))));
    for (const file of ['test/fixtures/fake-lm/package.json', 'test/fixtures/fake-lm/extension.js']) {
      assert.ok(existsSync(path.join(REPO, file)), `${file} exists`);
      assert.equal(ships(file), false, `${file} is packaged`);
    }
    assert.ok(
      shipped.every((pattern) => !pattern.startsWith('test')),
      'no allow-list entry reaches into test/',
    );
    assert.equal(
      readFileSync(path.join(REPO, '.vscodeignore'), 'utf8')
        .split('\n')
        .find((line) => line.trim() !== '' && !line.startsWith('#')),
      '**',
      'the allow-list starts by leaving everything out',
    );
  });
});

describe('setting defaults', () => {
  it('match the defaults package.json declares, for every setting the extension reads', () => {
    const declared = (manifest.contributes.configuration as { properties: Record<string, { default: unknown }> }).properties;
    for (const [name, value] of Object.entries(SETTING_DEFAULTS)) {
      const key = `${Settings.section}.${name}`;
      assert.ok(key in declared, `${key} is not declared in package.json`);
      assert.deepEqual(declared[key].default, value, `${key}'s default`);
    }
  });
});

describe('the marketplace listing', () => {
  it('the extension icon is a PNG that ships (the marketplace shows no SVG)', () => {
    const icon = (manifest as { icon?: string }).icon;
    assert.ok(icon, 'package.json has no top-level "icon"');
    const bytes = readFileSync(path.join(REPO, icon));
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${icon} is not a PNG`);
    // Width and height from the IHDR chunk: the marketplace asks for at least 128×128.
    assert.ok(bytes.readUInt32BE(16) >= 128 && bytes.readUInt32BE(20) >= 128, `${icon} is smaller than 128×128`);
  });
});
