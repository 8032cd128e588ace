/**
 * One case per layer of lint/layering.js: a file placed (virtually) in the layer, imports it may
 * make and imports it must be refused. Paths are from the repository root and must exist, so the
 * resolver finds them; a package is named as imported; [package, name] is a named import.
 */
export type ImportTarget = string | readonly [source: string, name: string]

export interface LayerCase {
  readonly layer: string
  readonly file: string
  readonly allowed: readonly ImportTarget[]
  readonly refused: readonly ImportTarget[]
}

/** No main-process folder may reach the renderer or the preload bridge. */
const NEVER_FROM_MAIN = ['src/renderer/src/api/tabId.ts', 'src/preload/index.ts']
/** Only src/main/electron may touch Electron, its own adapters included. */
const ELECTRON = ['src/main/electron/ipc.ts', 'electron']

function mainCase(
  layer: string,
  file: string,
  allowed: readonly ImportTarget[],
  refused: readonly ImportTarget[],
): LayerCase {
  const electron = layer === 'main/electron' ? [] : ELECTRON
  return { layer, file, allowed, refused: [...refused, ...electron, ...NEVER_FROM_MAIN] }
}

export const LAYER_CASES: readonly LayerCase[] = [
  {
    layer: 'shared',
    file: 'src/shared/contract/layeringFixture.ts',
    allowed: ['src/shared/contract/roles.ts', 'src/shared/intake/questions.ts', 'zod'],
    refused: [
      'src/main/core.ts',
      'src/renderer/src/api/tabId.ts',
      'src/preload/index.ts',
      'node:fs',
      'fs',
      'electron',
      'vue',
    ],
  },
  {
    layer: 'renderer',
    file: 'src/renderer/src/api/layeringFixture.ts',
    allowed: ['src/shared/contract/roles.ts', 'src/renderer/src/api/tabId.ts', 'vue', 'pinia'],
    refused: [
      'src/main/core.ts',
      'src/main/electron/ipc.ts',
      'src/preload/index.ts',
      'node:path',
      'path',
      'electron',
      'better-sqlite3-multiple-ciphers',
    ],
  },
  {
    layer: 'preload',
    file: 'src/preload/layeringFixture.ts',
    allowed: [
      'src/shared/contract/client.ts',
      ['electron', 'contextBridge'],
      ['electron', 'ipcRenderer'],
    ],
    refused: [
      ['electron', 'shell'],
      'src/main/core.ts',
      'src/renderer/src/api/tabId.ts',
      'node:fs',
    ],
  },
  {
    layer: 'tests/component',
    file: 'tests/component/layeringFixture.test.ts',
    allowed: ['src/renderer/src/api/tabId.ts', 'src/shared/contract/roles.ts', 'vitest'],
    refused: ['src/main/core.ts', 'src/preload/index.ts', 'node:fs', 'electron'],
  },
  mainCase('main/args', 'src/main/args.ts', ['node:util'], ['src/main/dataDir.ts']),
  mainCase('main/dataDir', 'src/main/dataDir.ts', ['node:path'], ['src/main/log.ts']),
  mainCase('main/log', 'src/main/log.ts', ['src/main/log.ts'], ['node:fs', 'src/main/core.ts']),
  mainCase(
    'main/storageErrors',
    'src/main/storageErrors/layeringFixture.ts',
    ['src/shared/contract/errors.ts'],
    ['src/main/door/dispatcher.ts'],
  ),
  mainCase(
    'main/storage',
    'src/main/storage/layeringFixture.ts',
    ['src/main/db/openDatabase.ts', 'proper-lockfile'],
    ['src/main/server/index.ts', 'src/main/door/dispatcher.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/db',
    'src/main/db/layeringFixture.ts',
    ['src/main/storage/keyFile.ts', 'better-sqlite3-multiple-ciphers'],
    ['src/main/audit/auditTrail.ts', 'src/main/core.ts'],
  ),
  mainCase(
    'main/logging',
    'src/main/logging/layeringFixture.ts',
    ['src/main/log.ts', 'rotating-file-stream'],
    ['src/main/http/index.ts'],
  ),
  mainCase(
    'main/door',
    'src/main/door/layeringFixture.ts',
    ['src/main/audit/auditTrail.ts', 'src/shared/contract/channels.ts'],
    ['src/main/core.ts', 'src/main/host/coreHost.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/audit',
    'src/main/audit/layeringFixture.ts',
    ['src/main/door/errors.ts', 'src/main/storage/atomicFile.ts', 'node:crypto'],
    ['src/main/backups/backupDatabase.ts'],
  ),
  mainCase(
    'main/auth',
    'src/main/auth/layeringFixture.ts',
    ['src/main/settings/settingsHandlers.ts', '@zxcvbn-ts/core'],
    ['src/main/http/sessionCookies.ts'],
  ),
  mainCase(
    'main/settings',
    'src/main/settings/layeringFixture.ts',
    ['src/main/door/errors.ts'],
    ['src/main/auth/authHandlers.ts'],
  ),
  mainCase(
    'main/patients',
    'src/main/patients/layeringFixture.ts',
    ['src/main/door/errors.ts'],
    ['src/main/intakes/intakeRepository.ts'],
  ),
  mainCase(
    'main/alerts',
    'src/main/alerts/layeringFixture.ts',
    ['src/main/door/errors.ts'],
    ['src/main/intakes/intakeRepository.ts'],
  ),
  mainCase(
    'main/intakes',
    'src/main/intakes/layeringFixture.ts',
    ['src/main/patients/patientHandlers.ts', 'src/main/alerts/alertRepository.ts'],
    ['src/main/reviews/currentAssessment.ts'],
  ),
  mainCase(
    'main/reviews',
    'src/main/reviews/layeringFixture.ts',
    ['src/main/intakes/intakeRepository.ts'],
    ['src/main/summaries/answerText.ts'],
  ),
  mainCase(
    'main/events',
    'src/main/events/layeringFixture.ts',
    ['src/main/door/errors.ts', 'node:http'],
    ['src/main/http/index.ts'],
  ),
  mainCase(
    'main/agreement',
    'src/main/agreement/layeringFixture.ts',
    ['src/main/reviews/currentAssessment.ts'],
    ['src/main/fhir/bundleRecord.ts'],
  ),
  mainCase(
    'main/summaries',
    'src/main/summaries/layeringFixture.ts',
    ['src/main/reviews/currentAssessment.ts', 'pdfmake'],
    ['src/main/fhir/bundleRecord.ts'],
  ),
  mainCase(
    'main/fhir',
    'src/main/fhir/layeringFixture.ts',
    ['src/main/summaries/answerText.ts'],
    ['src/main/backups/backupDatabase.ts'],
  ),
  mainCase(
    'main/backups',
    'src/main/backups/layeringFixture.ts',
    ['src/main/audit/auditChain.ts', 'src/main/storage/keyFile.ts'],
    ['src/main/host/coreHost.ts'],
  ),
  mainCase(
    'main/demo',
    'src/main/demo/layeringFixture.ts',
    ['src/main/patients/patientRepository.ts', 'src/main/intakes/intakeRepository.ts'],
    ['src/main/host/coreHost.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/core',
    'src/main/core.ts',
    ['src/main/door/dispatcher.ts', 'src/main/server/pairing/pairingService.ts'],
    ['src/main/host/coreHost.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/host',
    'src/main/host/layeringFixture.ts',
    ['src/main/core.ts', 'src/main/backups/restoreDatabase.ts', 'src/main/storage/keyFile.ts'],
    ['src/main/http/index.ts', 'src/main/server/index.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/cli',
    'src/main/cli/layeringFixture.ts',
    ['src/main/host/coreHost.ts', 'src/main/demo/demoPeople.ts'],
    ['src/main/server/index.ts', 'src/main/core.ts'],
  ),
  mainCase(
    'main/http',
    'src/main/http/layeringFixture.ts',
    ['src/main/host/coreHost.ts', 'cookie'],
    ['src/main/server/index.ts', 'src/main/core.ts'],
  ),
  mainCase(
    'main/server',
    'src/main/server/layeringFixture.ts',
    ['src/main/http/requestPipeline.ts', '@peculiar/x509'],
    ['src/main/core.ts', 'src/main/cli/consoleDoor.ts'],
  ),
  mainCase(
    'main/electron',
    'src/main/electron/layeringFixture.ts',
    ['src/main/host/coreHost.ts', 'src/main/electron/ipc.ts', 'electron'],
    ['src/main/core.ts', 'src/main/cli/consoleDoor.ts'],
  ),
]
