import { afterEach, describe, expect, it, vi } from 'vitest'
import BackupsView from '../../../src/renderer/src/features/admin/BackupsView.vue'
import type { BackupInspection } from '../../../src/shared/backups/inspection'
import { mountWithApp, settle } from '../support/mountWithApp'
import { FOREIGN_BACKUP, OWN_BACKUP, RESTORED } from './backupInspections'

afterEach(() => {
  document.body.innerHTML = ''
})

function backupsApi(inspection: BackupInspection) {
  const inspect = vi.fn(async () => ({ ok: true as const, value: inspection }))
  const restore = vi.fn(async () => RESTORED)
  const api = {
    safety: {
      getSettings: vi.fn(async () => ({
        ok: true as const,
        value: {
          idleLockMinutes: 10,
          backupFolder: '/backups',
          backupRetention: 14,
          dailyBackups: true,
          idleLockOverrideSeconds: null,
        },
      })),
    },
    backups: {
      list: vi.fn(async () => ({
        ok: true as const,
        value: {
          folder: '/backups',
          folderProblem: null,
          backups: [
            { name: inspection.name, createdAt: '2026-11-26T10:00:07.000Z', sizeBytes: 4096 },
          ],
        },
      })),
      inspect,
      restore,
    },
  }
  return { api, inspect, restore }
}

async function openConfirmStep(inspection: BackupInspection) {
  const fake = backupsApi(inspection)
  const { wrapper } = await mountWithApp(BackupsView, { api: fake.api })
  await settle()
  await wrapper.get(`button[aria-label="Restore ${inspection.name}"]`).trigger('click')
  await settle()
  return { wrapper, ...fake }
}

describe('the Backups screen’s restore', () => {
  it('shows where a foreign backup came from and restores it only after an explicit confirmation', async () => {
    const { wrapper, inspect, restore } = await openConfirmStep(FOREIGN_BACKUP)
    expect(inspect).toHaveBeenCalledWith({ name: FOREIGN_BACKUP.name })
    const panel = wrapper.get('.restore-confirm')
    expect(panel.get('h2').text()).toBe('This backup was not made by this installation')
    expect(panel.get('[data-test="origin"]').text()).toContain('It has no signature')
    expect(panel.get('[data-test="installation"]').text()).toBe('unknown (no signature)')
    expect(panel.get('[data-test="made"]').text()).toMatch(/^not recorded; the file was written/)
    expect(panel.get('[data-test="schema"]').text()).toBe('11')
    expect(panel.get('[data-test="counts"]').text()).toBe('3 patients, 5 intakes')
    expect(panel.text()).toContain('b'.repeat(64))
    // Every account with its role; the administrators first, marked and counted.
    const rows = panel.findAll('[data-test="account"]')
    expect(rows.map((row) => row.text())).toEqual([
      'bossAdministratorActive',
      'intruderAdministratorActive',
      'receptionFront deskActive',
      'oldclinicianClinicianDisabled',
    ])
    expect(rows.map((row) => row.classes('restore-confirm__admin'))).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect(panel.get('[data-test="admin-count"]').text()).toBe(
      '2 administrator accounts (marked): make sure you know who each one is.',
    )
    expect(panel.get('[data-test="admin-count"]').classes()).toContain(
      'restore-confirm__admins--warn',
    )

    const confirm = panel.get('button.button--danger')
    expect(confirm.text()).toBe('Restore this backup')
    expect(confirm.attributes('disabled')).toBeDefined()
    await confirm.trigger('click')
    expect(restore).not.toHaveBeenCalled()
    await panel.get('#restore-accept-foreign').setValue(true)
    expect(confirm.attributes('disabled')).toBeUndefined()
    await confirm.trigger('click')
    await settle()
    expect(restore).toHaveBeenCalledWith({
      name: FOREIGN_BACKUP.name,
      confirm: true,
      confirmedSha256: FOREIGN_BACKUP.sha256,
    })
    expect(wrapper.get('[role="status"]').text()).toContain(
      'The previous database was kept as clinic-intake.sqlite3.replaced-2026',
    )
  })

  it('restores a signed backup of this installation after a simple confirm, without a fingerprint', async () => {
    const { wrapper, restore } = await openConfirmStep(OWN_BACKUP)
    const panel = wrapper.get('.restore-confirm')
    expect(panel.get('h2').text()).toMatch(
      /^Restore the backup made \d{4}-\d{2}-\d{2} \d{2}:\d{2}\?$/,
    )
    expect(panel.get('[data-test="origin"]').text()).toContain('Made by this installation')
    expect(panel.get('[data-test="installation"]').text()).toBe('inst-0f3c2a')
    expect(panel.find('#restore-accept-foreign').exists()).toBe(false)
    const confirm = panel.get('button.button--danger')
    expect(confirm.text()).toBe('Restore now')
    await confirm.trigger('click')
    await settle()
    expect(restore).toHaveBeenCalledWith({ name: OWN_BACKUP.name, confirm: true })
  })

  it('shows why a backup was refused at inspection and offers no restore', async () => {
    const fake = backupsApi(FOREIGN_BACKUP)
    fake.inspect.mockResolvedValueOnce({
      ok: false,
      error: {
        kind: 'conflict',
        message: 'server English',
        code: 'backup_not_ours',
      },
    } as never)
    const { wrapper } = await mountWithApp(BackupsView, { api: fake.api })
    await settle()
    await wrapper.get(`button[aria-label="Restore ${FOREIGN_BACKUP.name}"]`).trigger('click')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toMatch(
      /^This file is not a Clinic Intake backup: .* nothing was changed\.$/,
    )
    expect(wrapper.find('.restore-confirm').exists()).toBe(false)
    expect(fake.restore).not.toHaveBeenCalled()
  })
})
