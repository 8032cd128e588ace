// Patient search reads a short prefix's first page in name order when it matches very many
// names, and sorts the matches otherwise. Both must find the same patients in the same order.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { createPatientRepository } from '../../../src/main/patients/patientRepository'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()
const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()?.close()
})

const QUERIES = [
  'd',
  'de',
  'demo',
  'demo-ma',
  'sa',
  'zo',
  'łu',
  'lu',
  'jo demo',
  'DEMO-000017',
  'x',
]

describe('patient search finds the same patients whichever way it reads them', () => {
  it('in name order, for every page size', () => {
    const core = openCore({ dataDir: join(tempDir(), 'data'), log: silentLogger })
    cores.push(core)
    seedDemo(core.db, 150)
    const sorting = createPatientRepository(core.db)
    const inNameOrder = createPatientRepository(core.db, { manyNameMatches: 0 })
    let found = 0
    for (const query of QUERIES) {
      for (const limit of [1, 7, 25, 100]) {
        const expected = sorting.search(query, limit).map((patient) => patient.id)
        const actual = inNameOrder.search(query, limit).map((patient) => patient.id)
        expect(actual, `${query} (${limit})`).toEqual(expected)
        found += expected.length
      }
    }
    expect(found).toBeGreaterThan(QUERIES.length * 10)
  })
})
