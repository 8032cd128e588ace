/** The clinic settings screen. */
export const settings = {
  settings: {
    title: 'Settings',
    intro: 'These details head every PDF summary.',
    clinicName: 'Clinic name',
    clinicNameHint: 'As it should print, for example “Harbor Spine Clinic”.',
    clinicAddress: 'Clinic address',
    clinicAddressHint: 'Up to 4 lines; it prints on one line in the header of every page.',
    paperSize: 'Paper size for summaries',
    paperSizes: { A4: 'A4 (210 × 297 mm)', LETTER: 'US Letter (8.5 × 11 in)' },
    save: 'Save settings',
    saved: 'Settings saved. New summaries use them.',
    adminOnly: 'Only an administrator can change these settings.',
    lastChanged: 'Last changed {when}.',
    neverChanged: 'Not set yet.',
  },
} as const
