// The layering whitelist (the VS Code code-layering idea): every folder of src/ is a layer, and each
// layer lists the layers and packages it MAY import. Anything not listed is refused, so a new
// arrow between layers is a decision made here, in review, not an accident in some file.
// docs/DEVELOPING.md ("Layers") explains the table; tests/unit/layering/ proves each row.
import boundaries from 'eslint-plugin-boundaries'

/** Node built-ins (`node:fs`, `fs`, ...) exist only in the main process. */
const NODE = 'node built-ins'
/** Any npm package except Electron: the main process's own dependencies. */
const NPM = 'npm packages'

/** 'shared door log' as layer names: shared as it is, the others as folders of src/main. */
const layerNames = (imports) =>
  imports
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => (name === 'shared' ? name : `main/${name}`))

/** A folder of src/main: node built-ins and npm packages (Electron excepted) by default. */
function mainFolder(folder, imports, packages = [NODE, NPM]) {
  return {
    name: `main/${folder}`,
    path: `src/main/${folder}`,
    imports: layerNames(imports),
    packages,
  }
}

/** A file directly in src/main: core.ts and the leaves beside it. */
function mainFile(file, imports, packages) {
  return {
    name: `main/${file}`,
    path: `src/main/${file}.ts`,
    imports: layerNames(imports),
    packages,
  }
}

/**
 * name: the layer, as named in lint messages; path: its files; imports: the layers it may import
 * besides itself; packages: npm packages by name (or [name, { specifiers }] for named imports
 * only), NODE and NPM; assets: import sources of Vite asset imports (`?raw`), which no resolver
 * follows, as micromatch patterns.
 */
export const LAYERS = [
  // Runs everywhere (renderer, preload, main, workers): pure TypeScript and zod.
  { name: 'shared', path: 'src/shared', imports: [], packages: ['zod'] },
  // The Vue app, sandboxed: it reaches the core only through window.clinic or HTTP.
  {
    name: 'renderer',
    path: 'src/renderer',
    imports: ['shared'],
    packages: ['vue', 'vue-router', 'pinia', 'vue-i18n', 'zod'],
    // The body-map SVG, inlined by Vite; the PDF reads the same file.
    assets: ['+(../)resources/*.svg\\?raw'],
  },
  // The bridge: a typed client over IPC, nothing else.
  {
    name: 'preload',
    path: 'src/preload',
    imports: ['shared'],
    packages: [['electron', { specifiers: ['contextBridge', 'ipcRenderer'] }]],
  },

  // Component tests run the renderer in jsdom: they see what the renderer sees, and no more.
  {
    name: 'tests/component',
    path: 'tests/component',
    imports: ['renderer', 'shared'],
    packages: ['vitest', '@vue/test-utils', 'vue', 'vue-router', 'pinia', 'vue-i18n', 'zod'],
  },

  // src/main: one layer per folder (and per file beside them), each with the src/main layers it
  // may import, named without main/. Lower layers first; the shells come last.
  mainFile('args', '', [NODE]),
  mainFile('dataDir', '', [NODE]),
  mainFile('log', '', []),
  mainFolder('storageErrors', 'shared'),
  // storage -> backups is the backup file names and signatures that the one-time plaintext
  // conversion re-encrypts.
  mainFolder('storage', 'backups dataDir db log'),
  mainFolder('db', 'log storage'),
  mainFolder('logging', 'log storage'),
  // The one door and the trail it writes: no shell, no transport, no Electron.
  mainFolder('door', 'shared audit auth log storageErrors'),
  // audit -> storage is the atomic file writer the checkpoint file uses.
  mainFolder('audit', 'shared door storage'),
  mainFolder('auth', 'shared door settings storage'),
  // Features: each talks to the door's types and to the features below it.
  mainFolder('settings', 'shared door'),
  mainFolder('patients', 'shared door'),
  mainFolder('alerts', 'shared door'),
  mainFolder('intakes', 'shared alerts door patients'),
  mainFolder('reviews', 'shared door intakes patients'),
  mainFolder('events', 'shared door log'),
  mainFolder('agreement', 'shared audit door reviews'),
  mainFolder('summaries', 'shared auth db door intakes patients reviews settings'),
  mainFolder('fhir', 'shared door intakes patients reviews summaries'),
  mainFolder('backups', 'shared audit dataDir db door storage'),
  mainFolder('demo', 'shared audit door intakes patients reviews'),
  // The core wires every feature to the door. Workstation pairing lives in server/pairing and the
  // device-session key prefix in http/, so both are imported here; no shell is.
  mainFile(
    'core',
    'agreement alerts audit auth backups dataDir db demo door events fhir http intakes log ' +
      'patients reviews server settings storage storageErrors summaries',
    [NPM],
  ),
  mainFolder('host', 'shared backups core db door log storage storageErrors'),
  // The shells. None of them may import main/electron; only main/electron may import Electron.
  mainFolder('cli', 'shared dataDir demo door host log logging patients storage'),
  mainFolder('http', 'shared args auth dataDir door events host log logging storage'),
  mainFolder('server', 'shared audit dataDir door events host http log logging storage'),
  mainFolder(
    'electron',
    'shared dataDir db door events host http log logging server storage summaries',
    [NODE, NPM, 'electron'],
  ),
]

function packageSelectors(packages) {
  return packages.map((entry) => {
    if (entry === NODE) return { to: { module: { origin: 'core' } } }
    if (entry === NPM) return { to: { module: { origin: 'external', source: '!electron' } } }
    const [source, options] = Array.isArray(entry) ? entry : [entry, undefined]
    const to = { module: { origin: 'external', source } }
    return options?.specifiers ? { to, dependency: { specifiers: options.specifiers } } : { to }
  })
}

const isFile = (layer) => /\.[a-z]+$/.test(layer.path)

/** Each layer is a file category; a folder's pattern covers every file below it. */
function filesOf(layer) {
  return isFile(layer) ? layer.path : `${layer.path}/**`
}

/** The whitelist of one layer: itself, the layers it names, its packages and assets. */
function allowedFor(layer) {
  // A layer always imports itself: files in one folder are not separate layers.
  const layers = [layer.name, ...layer.imports].map((name) => ({
    to: { file: { categories: name } },
  }))
  return [
    ...layers,
    ...packageSelectors(layer.packages),
    ...(layer.assets ?? []).map((source) => ({ dependency: { source } })),
  ]
}

const MESSAGE =
  "Layering: {{from.file.categories}} may not import '{{dependency.source}}'" +
  '{{#if to.file.categories}} (layer {{to.file.categories}}){{/if}}. ' +
  "Each layer's allowed imports are listed in lint/layering.js; see docs/DEVELOPING.md, Layers."

/**
 * The flat-config blocks that enforce LAYERS (rootPath: the folder holding src/). Each layer gets
 * its own block with a one-policy rule, so a file is checked against its own whitelist only
 * (one rule listing every layer's policy made ESLint three times slower).
 */
export function layeringConfig(rootPath) {
  const known = new Set(LAYERS.map((layer) => layer.name))
  for (const layer of LAYERS) {
    const unknown = layer.imports.filter((name) => !known.has(name))
    if (unknown.length)
      throw new Error(`lint/layering.js: ${layer.name} names ${unknown} (no such layer)`)
  }
  return [
    {
      files: ['src/**/*.{ts,vue}', 'tests/component/**/*.ts'],
      plugins: { boundaries },
      settings: {
        'boundaries/root-path': rootPath,
        // No elements: each layer is a file category, so a file outside every layer is unknown.
        'boundaries/files': LAYERS.map((layer) => ({
          category: layer.name,
          pattern: filesOf(layer),
        })),
        'import/resolver': { node: { extensions: ['.ts', '.vue', '.js', '.mjs', '.json'] } },
      },
      rules: {
        // A file in a folder the table does not name has no whitelist: add the folder first.
        'boundaries/no-unknown-files': 'error',
      },
    },
    ...LAYERS.map((layer) => ({
      files: isFile(layer) ? [layer.path] : [`${layer.path}/**/*.{ts,vue}`],
      rules: {
        'boundaries/dependencies': [
          'error',
          {
            default: 'disallow',
            checkAllOrigins: true,
            checkUnknownLocals: true,
            checkInternals: true,
            message: MESSAGE,
            policies: [{ from: { file: { categories: layer.name } }, allow: allowedFor(layer) }],
          },
        ],
      },
    })),
  ]
}
