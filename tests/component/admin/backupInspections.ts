import type { BackupInspection } from '../../../src/shared/backups/inspection'

/** A backup this installation made and signed: restored after a plain confirm. */
export const OWN_BACKUP: BackupInspection = {
  name: 'clinic-intake-2026-11-26T10-00-05.sqlite3',
  sha256: 'a'.repeat(64),
  origin: 'this_installation',
  installationId: 'inst-0f3c2a',
  createdAt: '2026-11-26T10:00:05.000Z',
  schemaVersion: 12,
  patients: 40,
  intakes: 52,
  accounts: [
    { username: 'frontdesk', role: 'front_desk', disabled: false },
    { username: 'boss', role: 'admin', disabled: false },
  ],
  auditTrail: 'intact',
  needsConfirmation: false,
}

/** A file copied in from elsewhere, carrying an extra administrator. */
export const FOREIGN_BACKUP: BackupInspection = {
  name: 'from-elsewhere.sqlite3',
  sha256: 'b'.repeat(64),
  origin: 'unsigned',
  installationId: null,
  createdAt: null,
  schemaVersion: 11,
  patients: 3,
  intakes: 5,
  accounts: [
    { username: 'reception', role: 'front_desk', disabled: false },
    { username: 'boss', role: 'admin', disabled: false },
    { username: 'intruder', role: 'admin', disabled: false },
    { username: 'oldclinician', role: 'clinician', disabled: true },
  ],
  auditTrail: 'not_verified',
  needsConfirmation: true,
}

export const RESTORED = {
  ok: true as const,
  value: {
    restoredFrom: 'x.sqlite3',
    keptAsideAs: 'clinic-intake.sqlite3.replaced-2026',
    keptAsidePath: '/data/clinic-intake.sqlite3.replaced-2026',
  },
}
