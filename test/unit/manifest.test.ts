import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Commands, Panels, Settings, Views } from '../../src/ids';
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
    const expected = Object.entries(Settings).filter(([key]) => key !== 'section').map(([, value]) => `${Settings.section}.${value}`).sort();
    assert.deepEqual(properties, expected);
  });
  it('prefixes every id and hides tree-only commands from the palette', () => {
    for (const id of [...Object.values(Commands), ...Object.values(Views), ...Object.values(Panels)]) assert.match(id, /^interviewPrep(\.|$)/);
    const hidden = manifest.contributes.menus.commandPalette.filter((entry: { when: string }) => entry.when === 'false').map((entry: { command: string }) => entry.command);
    assert.ok(hidden.includes(Commands.openProblem));
  });
  it('is named interview-prep, with an engine that code-server 1.139 satisfies', () => {
    assert.equal(manifest.name, 'interview-prep');
    assert.equal(manifest.displayName, 'Interview Prep');
    assert.equal(manifest.engines.vscode, '^1.93.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.93.0');
  });
});
