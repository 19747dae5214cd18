/**
 * The layers of src/, lowest first (see README "Architecture"). A folder imports only from folders below it;
 * the files at src/ itself are the package's entry points and may import anything. The render page is
 * browser code and sits with render/.
 */
const LAYERS = ['core', 'scene', 'library', 'camera', 'grading', 'geometry', 'materials', 'lighting', 'validate', 'worlds', 'optimize', 'gltf', 'render', 'planner', 'pipeline', 'cli'];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer}/ may import only ${LAYERS.slice(0, i).join(', ') || 'packages'}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-unknown-folder',
      comment: 'every folder under src/ has a place in LAYERS',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${LAYERS.join('|')})/|^src/[^/]+\\.ts$` },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'modules do not import each other in a loop',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-entry-imports',
      comment: 'the package entry points (src/*.ts) are for users, not for the layers',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
