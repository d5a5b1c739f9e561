import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

/**
 * Search across every regency on Pagefind's static index (built after the site, one index per
 * page language, Indonesian stemming from `<html lang="id">`). The same form works without
 * JavaScript: it is a plain GET form, and the page below it lists every service A–Z.
 */
interface Labels {
  searchLabel: string
  searchHint: string
  searchButton: string
  filterRegency: string
  filterCategory: string
  filterAll: string
  results: string
  noResults: string
  searching: string
}

interface Props {
  labels: Labels
  filters: { regencies: string[]; categories: string[] }
}

interface Result {
  url: string
  excerpt: string
  meta: { title?: string }
  filters: { regency?: string[]; category?: string[] }
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: { data: () => Promise<Result> }[] }>
}

const pageSize = 20
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

let pagefind: Promise<Pagefind> | undefined
const loadPagefind = () => {
  // The index is written after the Astro build, so it is fetched at run time, not bundled.
  const url = '/pagefind/pagefind.js'
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 })
    return module
  })
  return pagefind
}

export default function Search({ labels, filters }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [regency, setRegency] = useState('')
  const [category, setCategory] = useState('')
  const [status, setStatus] = useState('')
  const [results, setResults] = useState<Result[]>([])
  const [pending, setPending] = useState<{ data: () => Promise<Result> }[]>([])
  const run = useRef(0)

  const search = async (text: string, regencyFilter: string, categoryFilter: string) => {
    const ticket = ++run.current
    if (!text.trim()) {
      setResults([])
      setPending([])
      setStatus('')
      return
    }
    setStatus(labels.searching)
    const engine = await loadPagefind()
    const filter: Record<string, string> = {}
    if (regencyFilter) filter.regency = regencyFilter
    if (categoryFilter) filter.category = categoryFilter
    const found = await engine.search(text, { filters: filter })
    const first = await Promise.all(found.results.slice(0, pageSize).map((result) => result.data()))
    if (ticket !== run.current) return
    setResults(first)
    setPending(found.results.slice(pageSize))
    setStatus(found.results.length ? fill(labels.results, { n: found.results.length, q: text }) : fill(labels.noResults, { q: text }))
  }

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const initial = { q: params.get('q') ?? '', regency: params.get('kabupaten') ?? '', category: params.get('kategori') ?? '' }
    setQuery(initial.q)
    setRegency(initial.regency)
    setCategory(initial.category)
    if (initial.q) void search(initial.q, initial.regency, initial.category)
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const params = new URLSearchParams({ q: query })
    if (regency) params.set('kabupaten', regency)
    if (category) params.set('kategori', category)
    window.history.replaceState(null, '', `?${params}`)
    void search(query, regency, category)
  }

  const more = async () => {
    const next = await Promise.all(pending.slice(0, pageSize).map((result) => result.data()))
    setResults((shown) => [...shown, ...next])
    setPending((rest) => rest.slice(pageSize))
  }

  return (
    <div className="search">
      <form className="search-form" method="get" role="search" onSubmit={submit}>
        <label htmlFor={`${id}-q`}>{labels.searchLabel}</label>
        <div className="search-row">
          <input id={`${id}-q`} name="q" type="search" value={query} placeholder={labels.searchHint} autoComplete="off" enterKeyHint="search" onChange={(event) => setQuery(event.target.value)} />
          <button type="submit">{labels.searchButton}</button>
        </div>
        <div className="filters">
          <div>
            <label htmlFor={`${id}-regency`}>{labels.filterRegency}</label>
            <select id={`${id}-regency`} name="kabupaten" value={regency} onChange={(event) => { setRegency(event.target.value); void search(query, event.target.value, category) }}>
              <option value="">{labels.filterAll}</option>
              {filters.regencies.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-category`}>{labels.filterCategory}</label>
            <select id={`${id}-category`} name="kategori" value={category} onChange={(event) => { setCategory(event.target.value); void search(query, regency, event.target.value) }}>
              <option value="">{labels.filterAll}</option>
              {filters.categories.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </div>
        </div>
      </form>
      <p className="search-status" role="status">{status}</p>
      {results.length > 0 && (
        <ol className="results">
          {results.map((result) => (
            <li key={result.url}>
              <a href={result.url}>{result.meta.title ?? result.url}</a>
              {result.filters.regency?.[0] && <span className="muted"> · {result.filters.regency[0]}</span>}
              {/* Pagefind's excerpt is text from our own pages with <mark> around the matches. */}
              <p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {pending.length > 0 && <button type="button" className="secondary" onClick={() => void more()}>+ {Math.min(pageSize, pending.length)}</button>}
    </div>
  )
}
