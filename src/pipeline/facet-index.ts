import countryNames from 'i18n-iso-countries/langs/en.json'
import type { Article } from '../lib/article.ts'
import { byCount, type FacetCounts, type FacetIndex, type Vocabulary } from '../lib/facets.ts'
import { searchFacets } from '../lib/facet-search.ts'
import { FILTER_KEYS, type FilterKey } from '../lib/filters.ts'
import { toSlug } from '../lib/slug.ts'
import { FEED_PAGE_SIZE } from './feed-index.ts'
import { getCountryName, listCountryCodes } from './places/gazetteer.ts'
import { listRegions } from './places/regions.ts'
import { listTopics } from './topics/taxonomy.ts'

/** Values per group in the precomputed counts: the collapsed panel shows 8, "Show all" loads the rest. */
export const PRECOMPUTED_VALUES = 30

const TOPICS = listTopics()
const TOPIC_SLUGS = new Map(TOPICS.map((topic) => [topic.id, topic.slug]))

/** A topic's parent slug (the last of its ancestors), so the app can show the topics as a tree. */
function toParent(ancestors: string[]): { parent?: string } {
  const parent = ancestors.length > 0 ? TOPIC_SLUGS.get(ancestors[ancestors.length - 1]!) : undefined
  return parent ? { parent } : {}
}

const OTHER_NAMES: Record<string, string | string[]> = countryNames.countries

/** A country's other English names ("UK", "Great Britain"), so "Find a country" finds it by any of them. */
function toAlternatives(code: string, name: string): { alt?: string[] } {
  const names = [OTHER_NAMES[code] ?? []].flat().filter((other) => other !== name)
  return names.length > 0 ? { alt: names } : {}
}

/**
 * Every value the feed's filters accept, with its name, a country's other names and a topic's parent: the
 * app tells "names nothing" (ignored with a notice) from "names something no story has yet" (an empty
 * result) with it, and labels the panel from it.
 */
export function toVocabulary(): Vocabulary {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  return {
    country: listCountryCodes()
      .map((code) => {
        const name = getCountryName(code) ?? code
        return { value: code.toLowerCase(), name, ...toAlternatives(code, name) }
      })
      .sort(byName),
    region: listRegions().map(({ id, name }) => ({ value: id, name })),
    topic: TOPICS.map(({ slug, name, ancestors }) => ({ value: slug, name, ...toParent(ancestors) })).sort(
      byName,
    ),
  }
}

/** An article's values per group, as the URL spells them. Countries mentioned in passing do not count. */
export function toFacetValues(article: Article): Record<FilterKey, string[]> {
  const countries = article.countries.filter((c) => c.role !== 'mentioned').map((c) => c.code)
  if (article.dateline?.country) countries.push(article.dateline.country)
  const topics = article.topics.flatMap((topic) => [
    TOPIC_SLUGS.get(topic.id) ?? toSlug(topic.name),
    ...topic.ancestors.flatMap((id) => TOPIC_SLUGS.get(id) ?? []),
  ])
  return {
    country: [...new Set(countries.map((code) => code.toLowerCase()))],
    region: [...new Set(article.regions.map((region) => region.id))],
    topic: [...new Set(topics)],
  }
}

/**
 * The compact facet index of a feed (articles in feed order): each article's values as small integers into
 * one table per group, so 10,000 stories filter in the browser without loading their pages. Also the panel's
 * counts with no filter chosen, for the first page to carry.
 */
export function toFacetIndex(
  feed: Article[],
  vocabulary: Vocabulary = toVocabulary(),
): { index: FacetIndex; counts: FacetCounts } {
  const values: Record<FilterKey, string[]> = { country: [], region: [], topic: [] }
  const positions = FILTER_KEYS.map(() => new Map<string, number>())
  const position = (g: number, value: string) => {
    const table = positions[g]!
    let at = table.get(value)
    if (at === undefined) {
      at = table.size
      table.set(value, at)
      values[FILTER_KEYS[g]!].push(value)
    }
    return at
  }
  const articles = feed.map((article) => {
    const facets = toFacetValues(article)
    return FILTER_KEYS.map((key, g) =>
      facets[key].map((value) => position(g, value)),
    ) as FacetIndex['articles'][number]
  })
  const index: FacetIndex = { total: feed.length, pageSize: FEED_PAGE_SIZE, values, articles }
  const { counts } = searchFacets(index, { country: null, region: null, topic: null }, null)
  const groups = {} as FacetCounts['groups']
  const distinct = {} as FacetCounts['distinct']
  for (const key of FILTER_KEYS) {
    distinct[key] = values[key].length
    const entries = new Map(vocabulary[key].map((entry) => [entry.value, entry]))
    // The first page carries names and topic parents only: other names come with the vocabulary.
    const toCount = (value: string, count: number) => {
      const { name = value, parent } = entries.get(value) ?? {}
      return parent ? { value, name, parent, count } : { value, name, count }
    }
    groups[key] = values[key]
      .map((value, i) => toCount(value, counts[key][i] ?? 0))
      .sort(byCount)
      .slice(0, PRECOMPUTED_VALUES)
  }
  return { index, counts: { total: feed.length, groups, distinct } }
}
