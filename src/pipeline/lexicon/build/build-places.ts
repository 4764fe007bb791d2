/**
 * Dev-time generator: writes ../places.json, the place names and demonyms that must never
 * come out as a person or an organisation. Sources (both MIT, see NOTICE.md):
 * - the Newsmap English dictionary (koheiw/newsmap dict/english.yml): countries, demonyms, capitals;
 * - the lexicon of the compromise NLP library: its City, Country, Region, Place and Demonym words.
 *
 *   npx tsx src/pipeline/lexicon/build/build-places.ts PATH/TO/newsmap/english.yml
 *   npx prettier --write src/pipeline/lexicon/places.json
 */
import nlp from 'compromise'
import { load } from 'js-yaml'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

type Newsmap = Record<string, Record<string, Record<string, string[]>>>

const clean = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()
const sorted = (set: Set<string>) => [...set].filter((s) => s.length > 1).sort()

function fromNewsmap(path: string) {
  const dict = load(readFileSync(path, 'utf8')) as Newsmap
  const countries = new Set<string>()
  const places = new Set<string>()
  const demonymPrefixes = new Set<string>()
  for (const continent of Object.values(dict)) {
    for (const region of Object.values(continent)) {
      for (const names of Object.values(region)) {
        names.forEach((name, i) => {
          // Newsmap lists the country name first, then demonyms (`Afghan*` is a prefix), then cities.
          if (name.endsWith('*')) demonymPrefixes.add(clean(name.slice(0, -1)))
          else if (i === 0) countries.add(clean(name))
          else places.add(clean(name))
        })
      }
    }
  }
  return { countries, places, demonymPrefixes }
}

function fromCompromise() {
  // compromise types its model loosely; the lexicon is a plain word → tag(s) map.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } }
  const lexicon = model.one.lexicon
  const countries = new Set<string>()
  const places = new Set<string>()
  const demonyms = new Set<string>()
  for (const [word, tags] of Object.entries(lexicon)) {
    const tag = Array.isArray(tags) ? tags.join(',') : tags
    // Short Place entries are airport codes ("lhr", "dxb"), not names.
    if (tag === 'Country') countries.add(clean(word))
    else if (tag.startsWith('Demonym')) demonyms.add(clean(word))
    else if (tag === 'City' || tag.startsWith('Region') || (tag.startsWith('Place') && word.length > 3)) {
      places.add(clean(word))
    }
  }
  return { countries, places, demonyms }
}

const input = process.argv[2]
if (!input) {
  console.error('usage: npx tsx src/pipeline/lexicon/build/build-places.ts PATH/TO/newsmap/english.yml')
  process.exit(2)
}
const newsmap = fromNewsmap(input)
const lexicon = fromCompromise()
const countries = new Set([...newsmap.countries, ...lexicon.countries])
const out = {
  countries: sorted(countries),
  places: sorted(new Set([...newsmap.places, ...lexicon.places].filter((p) => !countries.has(p)))),
  demonyms: sorted(lexicon.demonyms),
  demonymPrefixes: sorted(newsmap.demonymPrefixes),
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'places.json')
writeFileSync(target, JSON.stringify(out, null, 2) + '\n')
console.log(
  `wrote ${target}: ${Object.entries(out)
    .map(([k, v]) => `${v.length} ${k}`)
    .join(', ')}`,
)
