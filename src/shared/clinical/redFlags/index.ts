// All red-flag definitions in SPEC order (the tie-break order within an urgency).
import type { RedFlagDefinition } from '../definitions'
import { bilateralSciatica } from './bilateralSciatica'
import { caudaEquina } from './caudaEquina'
import { fracture } from './fracture'
import { infectionFlag } from './infection'
import { malignancy } from './malignancy'
import { persistentOrSevere } from './persistentOrSevere'
import { progressiveNeurologicalDeficit } from './progressiveNeurologicalDeficit'

export const RED_FLAG_DEFINITIONS: readonly RedFlagDefinition[] = [
  caudaEquina,
  progressiveNeurologicalDeficit,
  infectionFlag,
  fracture,
  malignancy,
  bilateralSciatica,
  persistentOrSevere,
]
