import type { PatientFields } from '../../shared/patients/patient'
import { SEX } from '../../shared/intake/answerOptions'

// Demo data must never be mistaken for a real person: every family name says "Demo" and every
// record number starts with DEMO-. Some names carry accents so the demo shows they work.
const GIVEN_NAMES = [
  'Testy',
  'Sample',
  'Placeholder',
  'Example',
  'Mock',
  'Dummy',
  'Trial',
  'Pilot',
  'Zoë',
  'José',
  'Łukasz',
  'Renée',
  'Søren',
  'Ana',
  'Jürgen',
  'Mei',
  'Olu',
  'Priya',
]
const FAMILY_STEMS = [
  'Maple',
  'Cedar',
  'Willow',
  'Aspen',
  'Birch',
  'Hazel',
  'Rowan',
  'Alder',
  'Linden',
  'Juniper',
  'Núñez',
  'Ærøskøbing',
  'Żółć',
  'Öztürk',
  'Brontë',
  'Quill',
  'Harbor',
  'Meadow',
]

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

export function demoPatient(index: number, random: () => number): PatientFields {
  const year = 1935 + Math.floor(random() * 70)
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    givenName: pick(random, GIVEN_NAMES),
    familyName: `Demo-${pick(random, FAMILY_STEMS)}`,
    dateOfBirth: `${year}-${pad(month)}-${pad(day)}`,
    sex: pick(
      random,
      SEX.filter((sex) => sex !== 'unknown'),
    ),
    recordNumber: `DEMO-${String(index + 1).padStart(6, '0')}`,
    phone: `555-01${String(index % 100).padStart(2, '0')}`,
  }
}
