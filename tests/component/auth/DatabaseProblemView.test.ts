import { afterEach, describe, expect, it, vi } from 'vitest'
import DatabaseProblemView from '../../../src/renderer/src/features/auth/DatabaseProblemView.vue'
import type { BackupInspection } from '../../../src/shared/backups/inspection'
import { FOREIGN_BACKUP, OWN_BACKUP, RESTORED } from '../admin/backupInspections'
import { mountWithApp, settle } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

async function openConfirmStep(inspection: BackupInspection) {
  const inspect = vi.fn(async () => ({ ok: true as const, value: inspection }))
  const restore = vi.fn(async () => RESTORED)
  const api = {
    recovery: {
      listBackups: vi.fn(async () => ({
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
  const { wrapper } = await mountWithApp(DatabaseProblemView, {
    api,
    props: { reason: 'damaged' },
  })
  await settle()
  await wrapper.get('button.button--primary').trigger('click')
  await settle()
  return { wrapper, inspect, restore }
}

describe('the damaged-database screen’s restore', () => {
  it('shows where a foreign backup came from and its accounts, and needs an explicit confirmation', async () => {
    const { wrapper, inspect, restore } = await openConfirmStep(FOREIGN_BACKUP)
    expect(inspect).toHaveBeenCalledWith({ name: FOREIGN_BACKUP.name })
    const panel = wrapper.get('.restore-confirm')
    expect(panel.get('h2').text()).toBe('This backup was not made by this installation')
    expect(panel.get('[data-test="origin"]').text()).toContain('It has no signature')
    expect(panel.get('[data-test="counts"]').text()).toBe('3 patients, 5 intakes')
    expect(panel.findAll('.restore-confirm__admin').map((row) => row.text())).toEqual([
      'bossAdministratorActive',
      'intruderAdministratorActive',
    ])
    expect(panel.text()).toContain('The damaged file is kept aside, not deleted.')
    // The choice is fixed while its confirm step is open: what was inspected is what is restored.
    expect(wrapper.get('input[type="radio"]').attributes('disabled')).toBeDefined()

    const confirm = panel.get('button.button--danger')
    await confirm.trigger('click')
    expect(restore).not.toHaveBeenCalled()
    await panel.get('#restore-accept-foreign').setValue(true)
    await confirm.trigger('click')
    await settle()
    expect(restore).toHaveBeenCalledWith({
      name: FOREIGN_BACKUP.name,
      confirm: true,
      confirmedSha256: FOREIGN_BACKUP.sha256,
    })
    expect(wrapper.get('[role="status"]').text()).toContain(
      'The damaged file was kept as clinic-intake.sqlite3.replaced-2026',
    )
  })

  it('restores the clinic’s own signed backup after a simple confirm', async () => {
    const { wrapper, restore } = await openConfirmStep(OWN_BACKUP)
    const panel = wrapper.get('.restore-confirm')
    expect(panel.get('[data-test="origin"]').text()).toContain('Made by this installation')
    expect(panel.find('#restore-accept-foreign').exists()).toBe(false)
    await panel.get('button.button--danger').trigger('click')
    await settle()
    expect(restore).toHaveBeenCalledWith({ name: OWN_BACKUP.name, confirm: true })
  })

  it('goes back to the list when the confirm step is cancelled, restoring nothing', async () => {
    const { wrapper, restore } = await openConfirmStep(FOREIGN_BACKUP)
    const cancel = wrapper
      .get('.restore-confirm')
      .findAll('button')
      .find((button) => button.text() === 'Cancel')
    await cancel!.trigger('click')
    expect(wrapper.find('.restore-confirm').exists()).toBe(false)
    expect(wrapper.get('input[type="radio"]').attributes('disabled')).toBeUndefined()
    expect(restore).not.toHaveBeenCalled()
  })
})
