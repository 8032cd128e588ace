import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedDemo } from '../../../src/main/demo/seedDemo'
import { openCore } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import { useTempDir } from '../support/tempDataDir'

const tempDir = useTempDir()

describe('seed-demo', () => {
  it('gives the fake patients drafts, submitted and signed-off intakes', () => {
    const core = openCore({ dataDir: join(tempDir(), 'data'), log: silentLogger })
    try {
      const result = seedDemo(core.db, 40, new Date('2026-11-26T10:00:00Z'))
      const byStatus = Object.fromEntries(
        (
          core.db.prepare('SELECT status, count(*) AS n FROM intakes GROUP BY status').all() as {
            status: string
            n: number
          }[]
        ).map((row) => [row.status, row.n]),
      )
      expect(result.patientsCreated).toBe(40)
      expect(byStatus.draft).toBe(result.drafts)
      expect((byStatus.submitted ?? 0) + (byStatus.reviewed ?? 0)).toBe(result.submitted)
      expect(byStatus.reviewed).toBe(result.reviewed)
      for (const count of [result.drafts, result.submitted, result.reviewed]) {
        expect(count).toBeGreaterThan(0)
      }
      // Every reviewed intake has a signed review; every submitted one an assessment.
      const unsigned = core.db
        .prepare(
          "SELECT count(*) AS n FROM intakes i LEFT JOIN reviews r ON r.intake_id = i.id AND r.status = 'signed' WHERE i.status = 'reviewed' AND r.id IS NULL",
        )
        .get() as { n: number }
      expect(unsigned.n).toBe(0)
      const names = core.db.prepare('SELECT family_name AS name FROM patients').all() as {
        name: string
      }[]
      for (const { name } of names) expect(name).toMatch(/^Demo-/)
    } finally {
      core.close()
    }
  })

  it('uses answer sets that pass the answer schema', () => {
    for (const set of DEMO_ANSWER_SETS)
      expect(AnswersSchema.parse(set.answers)).toEqual(set.answers)
  })
})
