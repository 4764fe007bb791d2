/**
 * Dev-time generator: reads IPTC's Media Topics export (cptall-en-US.json) once and writes the subset the
 * pipeline needs to mediatopics.json beside this file. Run it only when IPTC releases a new vocabulary:
 *
 *   npx tsx src/pipeline/topics/data/build-taxonomy.ts PATH/TO/cptall-en-US.json
 *   npx prettier --write src/pipeline/topics/data/mediatopics.json
 *
 * Media Topics by IPTC, CC BY 4.0 (see NOTICE.md beside this file).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

type RawConcept = {
  qcode: string
  prefLabel?: Record<string, string>
  definition?: Record<string, string>
  broader?: string[]
  retired?: string
}

type OutConcept = { id: string; name: string; definition: string; broader: string | null }

// The 2023-03-31 export has no en-US label for this concept; IPTC's en-GB/current label is used instead.
const MISSING_LABELS: Record<string, string> = {
  'medtop:20000304': 'media and entertainment industry',
}

/** IPTC writes `broader` sometimes as a qcode and sometimes as a full URI. */
function toQcode(ref: string): string {
  const match = /mediatopic\/(\d+)$/.exec(ref)
  return match ? `medtop:${match[1]}` : ref
}

function build(inputPath: string): OutConcept[] {
  const raw = JSON.parse(readFileSync(inputPath, 'utf8')) as { conceptSet: RawConcept[] }
  const live = raw.conceptSet.filter((c) => !c.retired)
  const ids = new Set(live.map((c) => c.qcode))
  const out = live.map((c): OutConcept => {
    const name = c.prefLabel?.['en-US'] ?? MISSING_LABELS[c.qcode]
    if (!name) throw new Error(`${c.qcode} has no en-US label: add it to MISSING_LABELS`)
    const broader = c.broader?.map(toQcode).find((b) => ids.has(b)) ?? null
    if (c.broader?.length && !broader) throw new Error(`${c.qcode}: broader concept is retired or missing`)
    return {
      id: c.qcode,
      name: name.replace(/:$/, '').trim(),
      definition: c.definition?.['en-US'] ?? '',
      broader,
    }
  })
  return out.sort((a, b) => a.id.localeCompare(b.id))
}

const input = process.argv[2]
if (!input) {
  console.error('usage: npx tsx src/pipeline/topics/data/build-taxonomy.ts PATH/TO/cptall-en-US.json')
  process.exit(2)
}
const concepts = build(input)
const target = join(dirname(fileURLToPath(import.meta.url)), 'mediatopics.json')
writeFileSync(target, JSON.stringify(concepts, null, 2) + '\n')
console.log(`wrote ${concepts.length} concepts to ${target}`)
