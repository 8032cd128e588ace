/** The administrator's list of computers paired with the clinic server. */
export const workstations = {
  workstations: {
    nav: 'Workstations',
    title: 'Workstations',
    intro:
      'Computers paired with the clinic server. To pair another one, create a pairing code and type it on that computer, with a name for it.',
    createCode: 'Create pairing code',
    codeTitle: 'Pairing code',
    codeExpires: 'Works once, until {time} (10 minutes). Type it on the computer to pair.',
    codeUsed: 'Paired: {name}. The code is used up; create a new one for the next computer.',
    codeExpired: 'This code has expired. Create a new one to pair a computer.',
    columns: { name: 'Name', pairedAt: 'Paired', lastSeen: 'Last seen', status: 'Status' },
    never: 'Not yet',
    active: 'Paired',
    revokedAt: 'Revoked {time}',
    revoke: 'Revoke',
    revokeNamed: 'Revoke {name}',
    revokeTitle: 'Revoke {name}?',
    revokeBody:
      '{name} will be refused at its next call, and whoever is signed in there is signed out. To use it again, pair it with a new code.',
    revokeConfirm: 'Revoke this workstation',
    revoked: '{name} was revoked.',
    none: 'No computer is paired yet.',
  },
} as const
