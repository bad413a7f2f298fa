// Keeps package.json honest: the licence it names is the one shipped, and installs are repeatable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface PackageJson {
  license: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
}

const pkg = JSON.parse(read('package.json')) as PackageJson;

describe('package.json', () => {
  it('names the licence that LICENSE holds', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} IntercoTOUR contributors\n/);
  });

  it('pins every dependency to one exact version', () => {
    const versions = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.overrides };
    for (const [name, version] of Object.entries(versions)) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    }
  });
});
