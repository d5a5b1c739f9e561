import { describe, expect, it } from 'vitest'

import { csvCell, toCsv } from '../../cms/snapshot/csv'
import { richTextToHtml } from '../../cms/snapshot/richText'
import { text } from '../../cms/snapshot/toSnapshot'

const textNode = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const doc = (...children: object[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children }] },
})
const link = (fields: object, label: string) => ({ type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields, children: [textNode(label)] })
const noLinks = () => null

describe('rich text for the public site', () => {
  it('escapes text and neutralises script URLs', () => {
    const html = richTextToHtml(doc(textNode('<img src=x onerror=alert(1)>'), link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'klik')), noLinks)!
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/<img|href="javascript:/i)
    expect(html).toContain('>klik</a>')
  })

  it('points internal links at public pages, and nowhere when the target is not public', () => {
    const internal = (value: number) => link({ linkType: 'internal', doc: { relationTo: 'services', value } }, 'lihat')
    const href = (relationTo: string, id: string) => (id === '7' ? `/kota-bandung/layanan/ktp/` : null)
    expect(richTextToHtml(doc(internal(7)), href)).toContain('href="/kota-bandung/layanan/ktp/"')
    expect(richTextToHtml(doc(internal(8)), href)).toContain('href="#"')
  })

  it('leaves out uploads and unknown nodes instead of printing placeholders', () => {
    const html = richTextToHtml(doc(textNode('a'), { type: 'upload', value: 3, fields: {}, version: 3 }, { type: 'mystery', version: 1 }), noLinks)
    expect(html).toBe('<p>a</p>')
  })

  it('gives nothing for empty or missing rich text', () => {
    expect(richTextToHtml(undefined, noLinks)).toBeUndefined()
    expect(richTextToHtml({ root: { type: 'root', children: [], version: 1, direction: null, format: '', indent: 0 } }, noLinks)).toBeUndefined()
  })
})

describe('localized texts in the snapshot', () => {
  it('keeps both languages, and drops an empty translation so the site falls back', () => {
    expect(text({ id: 'Paspor', en: 'Passport' })).toEqual({ id: 'Paspor', en: 'Passport' })
    expect(text({ id: 'Paspor', en: '' })).toEqual({ id: 'Paspor' })
    expect(text({ id: 'Paspor' })).toEqual({ id: 'Paspor' })
    expect(text('Paspor')).toEqual({ id: 'Paspor' })
    expect(text({ id: ' ', en: ' ' })).toBeUndefined()
    expect(text(null)).toBeUndefined()
  })
})

describe('CSV for open data', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('kata "kutip"')).toBe('"kata ""kutip"""')
    expect(csvCell('baris\nbaru')).toBe('"baris\nbaru"')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(950000)).toBe('950000')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+62 812')).toBe("'+62 812")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-5)).toBe('-5')
  })

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n')
  })
})
