import { describe, expect, it } from 'vitest'
import { csvField } from '../../../src/main/audit/auditCsv'

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and leaves plain values alone', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField(42)).toBe('42')
    expect(csvField(null)).toBe('')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-1)).toBe('-1')
  })
})
