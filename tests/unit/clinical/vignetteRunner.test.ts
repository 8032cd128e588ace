// The CLI runner end to end: `npx tsx scripts/vignettes.ts FILE...`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PUBLIC_VIGNETTES, REPO_ROOT } from '../../support/publicVignettes'

const tempDir = mkdtempSync(path.join(tmpdir(), 'vignettes-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

function writeTemp(name: string, content: unknown): string {
  const file = path.join(tempDir, name)
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

function run(...files: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/vignettes.ts', ...files], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
  const lines = result.stdout.trim().split('\n')
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines }
}

const strain = {
  id: 'C01',
  title: 'Strain',
  patient: { ageYears: 30 },
  answers: { onset: 'sudden', onsetEvent: ['lifting'], durationWeeks: 1, worseWith: ['lifting'] },
  expect: { likely: ['muscle_strain'] },
}

describe('npm run vignettes', () => {
  it('passes the public vignettes', () => {
    const { status, lines } = run(PUBLIC_VIGNETTES)
    expect(lines).toHaveLength(17)
    expect(lines[0]).toBe('ok   P01 Acute lumbar strain after lifting')
    expect(lines.at(-1)).toBe('16 passed, 0 failed')
    expect(status).toBe(0)
  })

  it('prints FAIL with each unmet expectation and the tiers, and exits 1', () => {
    const file = writeTemp('failing.json', {
      format: 'clinic-intake vignettes v1',
      vignettes: [
        strain,
        {
          ...strain,
          id: 'C02',
          title: 'Wrong',
          expect: { likely: ['sciatica'], redFlags: ['fracture'] },
        },
      ],
    })
    const { status, lines } = run(file)
    expect(lines[0]).toBe('ok   C01 Strain')
    expect(lines[1]).toMatch(
      /^FAIL C02 Wrong: expected sciatica likely, got unlikely \(0\/8\); expected red flag fracture, not raised; tiers: muscle_strain=likely\(5\/7\), /,
    )
    expect(lines.at(-1)).toBe('1 passed, 1 failed')
    expect(status).toBe(1)
  })

  it('rejects a malformed file naming the file, the vignette and the field, and exits 2', () => {
    const file = writeTemp('malformed.json', {
      format: 'clinic-intake vignettes v1',
      vignettes: [strain, { ...strain, id: 'C02', answers: { ...strain.answers, painNow: 11 } }],
    })
    const { status, stderr, stdout } = run(file)
    expect(stderr).toContain(
      `${file}: vignette C02 (#2): answers.painNow: Pain now must be a whole number from 0 to 10`,
    )
    expect(stdout).toBe('')
    expect(status).toBe(2)
  })

  it('rejects a file that is not JSON, and exits 2', () => {
    const file = writeTemp('broken.json', '{ "format": ')
    const { status, stderr } = run(file)
    expect(stderr).toContain(`${file}: cannot read as JSON`)
    expect(status).toBe(2)
  })

  it('prints usage without files, and exits 2', () => {
    const { status, stderr } = run()
    expect(stderr).toContain('usage: npm run vignettes -- FILE...')
    expect(status).toBe(2)
  })
})
