import type { PatientFields } from '../../src/shared/patients/patient'
import { pick } from '../../src/main/demo/demoPeople'

// Synthetic, plainly invented names built from syllables: varied enough that a name prefix
// narrows 100,000 patients the way real names do, and never a real person's record.
const ONSETS = [
  'ba',
  'ke',
  'lo',
  'mi',
  'nu',
  'pa',
  're',
  'si',
  'to',
  'va',
  'zo',
  'da',
  'fe',
  'gu',
  'ha',
  'jo',
  'ki',
  'lu',
  'mo',
  'ne',
  'ri',
  'sa',
  'te',
  'wu',
]
const MIDDLES = [
  'ran',
  'vel',
  'dor',
  'mis',
  'tak',
  'lin',
  'bor',
  'sen',
  'ful',
  'gan',
  'pel',
  'rok',
  'zin',
  'hal',
  'mur',
  'tes',
]
const ENDINGS = ['a', 'o', 'i', 'en', 'ar', 'is', 'ez', 'ski', 'son', 'ova', 'ini', 'ard']

function syntheticName(random: () => number, syllables: number): string {
  let name = pick(random, ONSETS)
  for (let i = 1; i < syllables; i++) name += pick(random, MIDDLES)
  name += pick(random, ENDINGS)
  return name.charAt(0).toUpperCase() + name.slice(1)
}

export function syntheticPatient(index: number, random: () => number): PatientFields {
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    givenName: syntheticName(random, 1 + Math.floor(random() * 2)),
    familyName: syntheticName(random, 2 + Math.floor(random() * 2)),
    dateOfBirth: `${1930 + Math.floor(random() * 75)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    sex: random() < 0.52 ? 'female' : 'male',
    recordNumber: `SYN-${String(index + 1).padStart(7, '0')}`,
    phone: null,
  }
}
