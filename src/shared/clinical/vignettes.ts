// Vignette files (SPEC section 7): classic presentations with what the assessment must show.
// Shared by the unit tests and the CLI runner (scripts/vignettes.ts) so both judge alike, and
// pure so it also runs in the browser.
import { z } from 'zod'
import { AnswersSchema } from '../intake/answers'
import { PatientContextSchema } from '../intake/patientContext'
import { assess } from './assess'
import { CAUSE_IDS, type CauseId, RED_FLAG_IDS, type Tier, TIERS } from './ids'

export const VIGNETTE_FORMAT = 'clinic-intake vignettes v1'

const causeList = z.array(z.enum(CAUSE_IDS, { error: 'not a cause id' }))
const redFlagList = z.array(z.enum(RED_FLAG_IDS, { error: 'not a red-flag id' }))

const objectError = (what: string) => (issue: { code: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `unknown ${what} field: ${(issue.keys ?? []).join(', ')}`
    : issue.code === 'invalid_type'
      ? `${what} must be an object`
      : undefined

export const VignetteExpectSchema = z.strictObject(
  {
    likely: causeList.optional(),
    possibleOrLikely: causeList.optional(),
    notLikely: causeList.optional(),
    tiers: z
      .partialRecord(
        z.enum(CAUSE_IDS, { error: 'not a cause id' }),
        z.enum(TIERS, { error: `tier must be one of: ${TIERS.join(', ')}` }),
      )
      .optional(),
    redFlags: redFlagList.optional(),
    absentRedFlags: redFlagList.optional(),
    noLikelyCauses: z.boolean({ error: 'noLikelyCauses must be true or false' }).optional(),
  },
  { error: objectError('expect') },
)

export const VignetteSchema = z.strictObject(
  {
    id: z.string({ error: 'id must be text' }).min(1, { error: 'id must not be empty' }),
    title: z.string({ error: 'title must be text' }),
    patient: PatientContextSchema,
    answers: AnswersSchema,
    expect: VignetteExpectSchema,
  },
  { error: objectError('vignette') },
)
export type Vignette = z.infer<typeof VignetteSchema>

export const VignetteFileSchema = z.strictObject(
  {
    format: z.literal(VIGNETTE_FORMAT, { error: `format must be "${VIGNETTE_FORMAT}"` }),
    about: z.string({ error: 'about must be text' }).optional(),
    vignettes: z.array(VignetteSchema, { error: 'vignettes must be a list' }),
  },
  { error: objectError('file') },
)
export type VignetteFile = z.infer<typeof VignetteFileSchema>

export interface VignetteTier {
  id: CauseId
  tier: Tier
  points: number
  maxPoints: number
}

export interface VignetteResult {
  id: string
  title: string
  ok: boolean
  /** One plain sentence per unmet expectation. */
  failures: string[]
  /** Every cause as the engine rated it, in assessment order. */
  tiers: VignetteTier[]
}

export function formatTier(tier: VignetteTier): string {
  return `${tier.id}=${tier.tier}(${tier.points}/${tier.maxPoints})`
}

export function checkVignette(vignette: Vignette): VignetteResult {
  const assessment = assess(vignette.patient, vignette.answers)
  const tiers: VignetteTier[] = assessment.causes.map(({ id, tier, points, maxPoints }) => ({
    id,
    tier,
    points,
    maxPoints,
  }))
  const byId = new Map(tiers.map((tier) => [tier.id, tier]))
  const raised = new Set(assessment.redFlags.map((flag) => flag.id))
  const expect = vignette.expect
  const failures: string[] = []

  const got = (id: CauseId): string => {
    const tier = byId.get(id)
    return tier === undefined ? 'missing' : `${tier.tier} (${tier.points}/${tier.maxPoints})`
  }
  const tierOf = (id: CauseId): Tier | undefined => byId.get(id)?.tier

  for (const id of expect.likely ?? []) {
    if (tierOf(id) !== 'likely') failures.push(`expected ${id} likely, got ${got(id)}`)
  }
  for (const id of expect.possibleOrLikely ?? []) {
    if (tierOf(id) === 'unlikely' || tierOf(id) === undefined) {
      failures.push(`expected ${id} possible or likely, got ${got(id)}`)
    }
  }
  for (const id of expect.notLikely ?? []) {
    if (tierOf(id) === 'likely') failures.push(`expected ${id} not likely, got ${got(id)}`)
  }
  for (const id of CAUSE_IDS) {
    const wanted = expect.tiers?.[id]
    if (wanted !== undefined && tierOf(id) !== wanted) {
      failures.push(`expected ${id} ${wanted}, got ${got(id)}`)
    }
  }
  for (const id of expect.redFlags ?? []) {
    if (!raised.has(id)) failures.push(`expected red flag ${id}, not raised`)
  }
  for (const id of expect.absentRedFlags ?? []) {
    if (raised.has(id)) failures.push(`expected no red flag ${id}, but it was raised`)
  }
  if (expect.noLikelyCauses === true) {
    const likely = tiers.filter((tier) => tier.tier === 'likely').map((tier) => tier.id)
    if (likely.length > 0) failures.push(`expected no likely cause, got ${likely.join(', ')}`)
  }

  return { id: vignette.id, title: vignette.title, ok: failures.length === 0, failures, tiers }
}

/**
 * Plain messages for a file that failed VignetteFileSchema: each names the vignette (by id when
 * it has one, else by its position) and the field path inside it, e.g.
 * `vignette P03 (#3): answers.painNow: Pain now must be a whole number from 0 to 10`.
 */
export function describeVignetteFileIssues(raw: unknown, error: z.ZodError): string[] {
  const rawVignettes =
    typeof raw === 'object' && raw !== null && 'vignettes' in raw && Array.isArray(raw.vignettes)
      ? (raw.vignettes as unknown[])
      : []
  return error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path
    if (first === 'vignettes' && typeof index === 'number') {
      const item = rawVignettes[index]
      const id =
        typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
          ? item.id
          : undefined
      const where = id === undefined ? `vignette #${index + 1}` : `vignette ${id} (#${index + 1})`
      const field = rest.length > 0 ? rest.map(String).join('.') : '(the vignette itself)'
      return `${where}: ${field}: ${issue.message}`
    }
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
    return `${field}: ${issue.message}`
  })
}
