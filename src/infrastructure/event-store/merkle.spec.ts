import { CompactRange, EMPTY_ROOT, eventLeafHash, fromHex, inclusionPath, leafHashOf, rootOf, toHex, verifyInclusion } from './merkle';

const hex = toHex;
const unhex = (s: string) => Buffer.from(s, 'hex');

// RFC 6962 / RFC 9162 reference vectors (certificate-transparency test data).
const CT_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_LEAVES = CT_INPUTS.map(leafHashOf);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_INCLUSION = [
  { index: 0, size: 8, path: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5, size: 8, path: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
  { index: 2, size: 3, path: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
];

describe('Merkle log (RFC 9162 hashing)', () => {
  it('reproduces the reference roots for every size 0..8, recursively and through the frontier', () => {
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    const range = CompactRange.empty();
    expect(hex(range.root())).toBe(CT_ROOTS[0]);
    CT_LEAVES.forEach((leaf, i) => {
      range.append(leaf);
      expect(hex(rootOf(CT_LEAVES.slice(0, i + 1)))).toBe(CT_ROOTS[i + 1]);
      expect(hex(range.root())).toBe(CT_ROOTS[i + 1]);
    });
  });

  it('produces the reference audit paths, and they verify', () => {
    for (const { index, size, path } of CT_INCLUSION) {
      const proof = inclusionPath(CT_LEAVES.slice(0, size), index);
      expect(proof.map(hex)).toEqual(path);
      expect(verifyInclusion(CT_LEAVES[index], index, size, proof, fromHex(CT_ROOTS[size]))).toBe(true);
    }
  });

  const many = Array.from({ length: 40 }, (_, i) => leafHashOf(Buffer.from([i, i * 7])));

  it('proves every leaf of every tree size up to 40, and refuses wrong leaves, indexes, roots and paths', () => {
    for (let size = 1; size <= many.length; size++) {
      const root = rootOf(many.slice(0, size));
      for (let index = 0; index < size; index++) {
        const path = inclusionPath(many.slice(0, size), index);
        expect(verifyInclusion(many[index], index, size, path, root)).toBe(true);
        expect(verifyInclusion(many[(index + 1) % 40], index, size, path, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(many[index], (index + 1) % size, size, path, root)).toBe(false);
        // The size is bound by the signed tree head, not by the path: check against the bigger tree's root.
        if (size < 40) expect(verifyInclusion(many[index], index, size + 1, path, rootOf(many.slice(0, size + 1)))).toBe(false);
        if (path.length) expect(verifyInclusion(many[index], index, size, path.slice(1), root)).toBe(false);
      }
    }
  });

  it('builds the same tree from ranges built apart and merged, from any split, and resumes from a frontier', () => {
    for (const split of [1, 3, 8, 13, 32, 39]) {
      const left = CompactRange.empty();
      many.slice(0, split).forEach((l) => left.append(l));
      const right = CompactRange.empty(split);
      many.slice(split).forEach((l) => right.append(l));
      left.merge(right);
      expect(left.end).toBe(40);
      expect(left.root()).toEqual(rootOf(many));
    }
    const prefix = CompactRange.empty();
    many.slice(0, 27).forEach((l) => prefix.append(l));
    const resumed = CompactRange.fromFrontier(27, prefix.frontier());
    many.slice(27).forEach((l) => resumed.append(l));
    expect(resumed.root()).toEqual(rootOf(many));
    expect(() => CompactRange.fromFrontier(27, prefix.frontier().slice(1))).toThrow(/frontier/);
  });

  it('leaf hashes of events cover the chain hash and recordedAt', () => {
    const h = 'ab'.repeat(32);
    const leaf = eventLeafHash(h, '2026-01-05T03:00:00.000Z');
    expect(leaf).toEqual(leafHashOf(Buffer.from(`${h}2026-01-05T03:00:00.000Z`, 'utf8')));
    expect(eventLeafHash(h, '2026-01-05T03:00:00.001Z')).not.toEqual(leaf);
    expect(eventLeafHash('ac' + h.slice(2), '2026-01-05T03:00:00.000Z')).not.toEqual(leaf);
  });
});
