// `npm run build:electron-native [-- --from-source]`: builds better-sqlite3 for the Electron
// version in node_modules into native/electron/better_sqlite3.node, which the desktop shell
// loads through better-sqlite3's `nativeBinding` option. node_modules/better-sqlite3 keeps its
// Node build for tests, the browser shell and the CLI: all work happens in a temporary copy.
//
// Like better-sqlite3's own install, it first tries a prebuilt binary for Electron (no compiler
// needed), then compiles with node-gyp against Electron's headers. Both need the internet.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { repoRoot } from './lib/run.mjs'

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers'
const fromSource = process.argv.includes('--from-source')

const require = createRequire(join(repoRoot, 'package.json'))
const electronVersion = readJson(require.resolve('electron/package.json')).version
const sqliteDir = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'))
const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version
const target = join(repoRoot, 'native', 'electron', 'better_sqlite3.node')

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

function run(command, args, cwd) {
  console.log(`> ${[basename(command), ...args].join(' ')}`)
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' })
  return result.status === 0
}

/** prebuild-install (a better-sqlite3 dependency) fetches a matching binary from its release. */
function tryPrebuilt(workDir) {
  let prebuildInstall
  try {
    prebuildInstall = createRequire(join(sqliteDir, 'package.json')).resolve(
      'prebuild-install/bin.js',
    )
  } catch {
    return false
  }
  const args = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]
  return run(process.execPath, [prebuildInstall, ...args, '--verbose'], workDir)
}

/** npm sets npm_config_node_gyp for scripts; otherwise use the node-gyp bundled with npm. */
function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(
      dirname(process.execPath),
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ]
  return candidates.find((candidate) => candidate && existsSync(candidate))
}

function compile(workDir) {
  const nodeGyp = findNodeGyp()
  if (!nodeGyp) {
    console.error('node-gyp was not found; run this through npm: npm run build:electron-native')
    return false
  }
  return run(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      '--runtime=electron',
      // Electron's headers are cached apart from Node's, as Electron's docs advise.
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    workDir,
  )
}

function main() {
  console.log(
    `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})`,
  )
  const workDir = mkdtempSync(join(tmpdir(), 'clinic-intake-sqlite-electron-'))
  try {
    // Sources only: leave the Node build (build/) and anything installed under the package behind.
    cpSync(sqliteDir, workDir, {
      recursive: true,
      filter: (source) =>
        !['build', 'node_modules'].includes(basename(source)) || dirname(source) !== sqliteDir,
    })
    const built = (!fromSource && tryPrebuilt(workDir)) || compile(workDir)
    const output = join(workDir, 'build', 'Release', 'better_sqlite3.node')
    if (!built || !existsSync(output)) return false
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(output, target)
    console.log(`Wrote ${target}`)
    return true
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

if (!main()) {
  console.error(
    [
      '',
      `Could not build better-sqlite3 for Electron ${electronVersion}.`,
      'This step needs the internet (a prebuilt binary from GitHub, or Electron headers from',
      `${ELECTRON_HEADERS_URL}) and, when no prebuilt binary fits this system, a C++ toolchain:`,
      'Python 3, make and a C++ compiler (on Windows: Visual Studio Build Tools with "Desktop',
      'development with C++"). node_modules/better-sqlite3 was not changed, so tests and the',
      'browser shell still work; only the desktop app needs this file.',
    ].join('\n'),
  )
  process.exit(1)
}
