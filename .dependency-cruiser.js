/**
 * Dependency rules (run by .ci/run through `npm run deps`). ARCHITECTURE.md §6b and §7: modules meet
 * only through each other's index.ts; the kernel depends on nothing but itself; modules never reach
 * a storage adapter.
 */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index-only',
      comment: 'A module imports another module only through that module\'s index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$', '^src/modules/shared/'],
      },
    },
    {
      name: 'kernel-depends-on-nothing',
      comment: 'The kernel imports nothing from infrastructure or modules.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(infrastructure|modules|config|cli)/' },
    },
    {
      name: 'modules-use-ports-not-adapters',
      comment: 'Modules use the storage ports; adapters are chosen by configuration in infrastructure.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/infrastructure/(event-store/(sqlite|kurrentdb)|document-store/(embedded|mongo)|attachments/(embedded|gridfs)[^/]*)/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make initialisation order fragile.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
