// Issue 13, item 7: the pairing page sent people to "Administration › Workstations", a menu entry
// that does not exist. It names the menu entry and the button the administrator really uses.
import { describe, expect, it } from 'vitest'
import { en } from '../../../src/renderer/src/i18n/en/index'

describe('the pairing page’s directions', () => {
  it('match the real menu', () => {
    expect(en.pairing.intro).toContain(`${en.workstations.nav} › ${en.workstations.createCode}`)
    expect(en.pairing.intro).not.toContain('Administration')
  })
})
