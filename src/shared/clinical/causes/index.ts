// All cause definitions in SPEC order (the tie-break order of the results).
import type { CauseDefinition } from '../definitions'
import { ankylosingSpondylitis } from './ankylosingSpondylitis'
import { bursitis } from './bursitis'
import { discHerniation } from './discHerniation'
import { infection } from './infection'
import { injury } from './injury'
import { labralTear } from './labralTear'
import { muscleStrain } from './muscleStrain'
import { osteoarthritis } from './osteoarthritis'
import { piriformisSyndrome } from './piriformisSyndrome'
import { rheumatoidArthritis } from './rheumatoidArthritis'
import { sciatica } from './sciatica'
import { scoliosis } from './scoliosis'
import { spinalStenosis } from './spinalStenosis'

export const CAUSE_DEFINITIONS: readonly CauseDefinition[] = [
  muscleStrain,
  discHerniation,
  sciatica,
  osteoarthritis,
  rheumatoidArthritis,
  spinalStenosis,
  scoliosis,
  bursitis,
  labralTear,
  ankylosingSpondylitis,
  injury,
  piriformisSyndrome,
  infection,
]
