import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from './helpers';

describe('README.md stays true to package.json', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  it('names every contributed command', () => {
    for (const command of manifest.contributes.commands as { title: string }[])
      assert.ok(readme.includes(command.title), `README does not mention "${command.title}"`);
  });
  it('lists every setting with its default', () => {
    for (const [key, schema] of Object.entries(manifest.contributes.configuration.properties as Record<string, { default: unknown }>)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\``));
      assert.ok(row, `README has no row for ${key}`);
      // A blank text default is written `""`.
      const shown = typeof schema.default === 'string' && schema.default !== '' ? schema.default : JSON.stringify(schema.default);
      assert.ok(row.includes(`\`${shown}\``), `README row for ${key} does not show its default ${shown}`);
    }
  });
  it('shows only pictures that exist (npm run readme-images makes them from the UI screenshots)', () => {
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    assert.ok(pictures.length > 0);
    for (const picture of pictures) assert.ok(existsSync(path.join(REPO, picture)), `${picture} is missing`);
  });
  it('gives the two commands', () => {
    assert.match(readme, /npm start/);
    assert.match(readme, /npm test/);
  });
});
