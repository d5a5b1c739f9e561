import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Where an internal link to another CMS document points on the public site; null when it is not public. */
export type InternalHref = (relationTo: string, id: string) => string | null

/**
 * Lexical rich text as HTML the static site can print as is. Payload's own converters escape
 * text and pass every URL through `sanitizeUrl` (no `javascript:` links); internal links are
 * resolved to public pages, and uploads render nothing because the site has no CMS media URL.
 */
export function richTextToHtml(value: unknown, internalHref: InternalHref): string | undefined {
  if (!value || typeof value !== 'object' || !('root' in value)) return undefined
  const html = convertLexicalToHTML({
    data: value as SerializedEditorState,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
    converters: {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => {
          const doc = linkNode.fields.doc
          if (!doc) return '#'
          const id = typeof doc.value === 'object' ? String((doc.value as { id: unknown }).id) : String(doc.value)
          return internalHref(doc.relationTo, id) ?? '#'
        },
      }),
      upload: () => '',
      relationship: () => '',
      unknown: () => '',
    },
  })
  return html.trim() ? html : undefined
}
