import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** semver (a transitive dependency, no @types installed): only what this test uses. */
interface Semver {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
  coerce(version: string): { version: string } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver: Semver = require('semver');

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } }>;
};

/**
 * Declared engines the suite contradicts: @apollo/server 5 pulls @graphql-tools/utils 12, whose
 * @whatwg-node/promise-helpers 2.0.1 declares Node >= 22.15 while the whole suite (and CI) runs on
 * Node 20. Listed so that any new contradiction fails here.
 */
const KNOWN_OVERSTATED = new Set(['node_modules/@whatwg-node/promise-helpers@2.0.1']);

describe('package.json engines', () => {
  it('claims no Node version that a runtime dependency refuses (mongoose 9, mongodb 7, bson 7 need 20.19)', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path && !entry.dev && entry.engines?.node)
      .filter(([path, entry]) => !KNOWN_OVERSTATED.has(`${path}@${entry.version}`))
      .filter(([, entry]) => !semver.satisfies(oldest, entry.engines!.node!))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} needs ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('is met by the Node of the container image', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const images = [...dockerfile.matchAll(/^FROM node:(\d+\.\d+(?:\.\d+)?)/gm)].map((m) => semver.coerce(m[1])!.version);
    expect(images.length).toBeGreaterThan(0);
    for (const version of images) expect(semver.satisfies(version, pkg.engines.node)).toBe(true);
  });
});
