// Issue 13, item 7: the Backups screen showed the server's English when the backup folder could
// not be listed. The server now says why as a code, and the screen words it.
import { describe, expect, it, vi } from 'vitest'
import BackupsView from '../../../src/renderer/src/features/admin/BackupsView.vue'
import { en } from '../../../src/renderer/src/i18n/en/index'
import type { BackupFolderProblem } from '../../../src/shared/backups/backups'
import { mountWithApp, settle } from '../support/mountWithApp'

async function backupsScreen(folderProblem: BackupFolderProblem) {
  const api = {
    safety: {
      getSettings: vi.fn(async () => ({
        ok: true as const,
        value: {
          idleLockMinutes: 10,
          backupFolder: '/media/backup-disk',
          backupRetention: 14,
          dailyBackups: true,
          idleLockOverrideSeconds: null,
        },
      })),
    },
    backups: {
      list: vi.fn(async () => ({
        ok: true as const,
        value: { folder: '/media/backup-disk', folderProblem, backups: [] },
      })),
    },
  }
  const { wrapper } = await mountWithApp(BackupsView, { api })
  await settle()
  return wrapper
}

describe('the backup folder’s problem, in the locale’s words', () => {
  it.each(['missing', 'unreadable'] as const)('words a folder that is %s', async (problem) => {
    const wrapper = await backupsScreen(problem)
    expect(wrapper.get('.notice--error').text()).toBe(en.admin.backups.folderProblem[problem])
    wrapper.unmount()
  })
})
