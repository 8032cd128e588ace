// Stable identifiers of the clinical knowledge base. They are stored in the database, sent over
// IPC and written in vignette files, so never rename one; the order here is SPEC order and is the
// tie-break order wherever results are listed.

export const CAUSE_IDS = [
  'muscle_strain',
  'disc_herniation',
  'sciatica',
  'osteoarthritis',
  'rheumatoid_arthritis',
  'spinal_stenosis',
  'scoliosis',
  'bursitis',
  'labral_tear',
  'ankylosing_spondylitis',
  'injury',
  'piriformis_syndrome',
  'infection',
] as const
export type CauseId = (typeof CAUSE_IDS)[number]

export const RED_FLAG_IDS = [
  'cauda_equina',
  'progressive_neurological_deficit',
  'infection',
  'fracture',
  'malignancy',
  'bilateral_sciatica',
  'persistent_or_severe',
] as const
export type RedFlagId = (typeof RED_FLAG_IDS)[number]

/** Highest first. */
export const TIERS = ['likely', 'possible', 'unlikely'] as const
export type Tier = (typeof TIERS)[number]

/** Most pressing first. */
export const URGENCIES = ['emergency', 'urgent', 'soon'] as const
export type Urgency = (typeof URGENCIES)[number]

/** An assessment with no red flag has highest urgency 'none'. */
export const HIGHEST_URGENCIES = [...URGENCIES, 'none'] as const
export type HighestUrgency = (typeof HIGHEST_URGENCIES)[number]

/** 0 for the highest tier; lower rank sorts first. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier)
}

/** 0 for the most pressing urgency; lower rank sorts first. */
export function urgencyRank(urgency: Urgency): number {
  return URGENCIES.indexOf(urgency)
}
