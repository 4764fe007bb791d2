import { expect, test } from 'vitest'
import { explainTopics } from './explain-topics.ts'
import { findTopics } from './find-topics.ts'

const article = (title: string, ...paragraphs: string[]) => ({ title, summary: [], paragraphs })
const ids = (input: ReturnType<typeof article>) => findTopics(input).map((t) => t.id)

test('a cricket match report is cricket, under sport', () => {
  const topics = findTopics(
    article(
      'Babar Azam century powers Pakistan to series win over New Zealand',
      'RAWALPINDI: Babar Azam struck an unbeaten 107 as Pakistan beat New Zealand by six wickets in the third one-day international on Sunday.',
      'Chasing 281, Pakistan lost two early wickets before Azam and Mohammad Rizwan added 150 for the third wicket.',
    ),
  )
  expect(topics[0]).toEqual({
    id: 'medtop:20000888',
    name: 'cricket',
    ancestors: ['medtop:15000000', 'medtop:20000822'],
  })
})

test('a measles warning is a health story about disease and vaccines', () => {
  const found = ids(
    article(
      'WHO warns of measles surge as vaccination rates fall',
      'GENEVA (Reuters) - Measles cases rose sharply last year as the pandemic disrupted routine immunisation, the World Health Organization said.',
    ),
  )
  expect(found).toContain('medtop:20000451')
  expect(found).toContain('medtop:20000477')
})

test('a central bank decision is about interest rates and inflation', () => {
  const found = ids(
    article(
      'Bank of England holds interest rates as inflation eases',
      'The Bank of England kept interest rates at 5.25 per cent on Thursday after figures showed inflation fell faster than expected.',
    ),
  )
  expect(found).toEqual(expect.arrayContaining(['medtop:20000371', 'medtop:20000370']))
})

test('a runoff vote is an election', () => {
  const found = ids(
    article(
      'Georgia voters head to the polls in tight Senate runoff',
      'ATLANTA (AP) — Voters in Georgia cast ballots on Tuesday in a runoff election that will decide control of the Senate.',
    ),
  )
  expect(found[0]).toBe('medtop:20000574')
})

test('an earthquake is a natural disaster, not politics because officials are quoted', () => {
  const topics = findTopics(
    article(
      'Earthquake kills dozens in western Afghanistan',
      'HERAT: A magnitude 6.3 earthquake struck western Afghanistan on Saturday, killing at least 120 people, officials said.',
      'Rescuers dug through rubble for survivors as aftershocks rattled the region.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20000153')
  expect(topics[0]?.ancestors).toEqual(['medtop:03000000', 'medtop:20000148', 'medtop:20000151'])
})

test('monsoon flooding is a flood, with the weather as a second topic', () => {
  const found = ids(
    article(
      'Floods wash away villages in Sindh as monsoon rains continue',
      'KARACHI: Flash floods triggered by heavy monsoon rains swept away hundreds of homes in Sindh, the disaster management authority said.',
    ),
  )
  expect(found).toEqual(expect.arrayContaining(['medtop:20000154', 'medtop:20001129']))
})

test('a stabbing charge is a homicide under crime', () => {
  const topics = findTopics(
    article(
      'Man charged with murder after fatal stabbing in Leeds',
      'A 24-year-old man has been charged with murder after a teenager was stabbed to death in Leeds city centre, West Yorkshire Police said.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20000099')
  expect(topics[0]?.ancestors[0]).toBe('medtop:02000000')
})

test('a walkout over pay is a labour strike', () => {
  const found = ids(
    article(
      'Rail workers walk out in pay dispute',
      'Thousands of rail workers went on strike on Wednesday in a long-running pay dispute, halting trains across much of England.',
    ),
  )
  expect(found[0]).toBe('medtop:20000530')
})

test('smog in a city is air pollution under environment', () => {
  const topics = findTopics(
    article(
      'Smog chokes Lahore as air quality hits hazardous levels',
      'LAHORE: Thick smog blanketed Lahore on Monday, prompting authorities to close schools for a week.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20000425')
  expect(topics[0]?.ancestors[0]).toBe('medtop:06000000')
})

test('students rallying against fees is education first, with the protest second', () => {
  const found = ids(
    article(
      'Students protest fee hike at Punjab University',
      'LAHORE: Hundreds of students rallied outside Punjab University on Thursday against a rise in tuition fees.',
    ),
  )
  expect(found[0]).toBe('medtop:20000405')
  expect(found).toContain('medtop:20000066')
})

test('the Hajj is a religious ritual', () => {
  const found = ids(
    article(
      'Nearly two million pilgrims begin Hajj in Mecca',
      'MECCA: Nearly two million Muslims began the annual Hajj pilgrimage on Sunday at the Grand Mosque.',
    ),
  )
  expect(found[0]).toBe('medtop:20000696')
})

test('a chatbot launch is artificial intelligence under science and technology', () => {
  const topics = findTopics(
    article(
      'OpenAI unveils new chatbot model as AI race heats up',
      'SAN FRANCISCO (AFP) - OpenAI on Monday unveiled a new version of the artificial intelligence model behind ChatGPT.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20001298')
  expect(topics[0]?.ancestors[0]).toBe('medtop:13000000')
})

test('a film festival opening is arts and culture', () => {
  const topics = findTopics(
    article(
      'Cannes film festival opens with French comedy',
      'CANNES, France (AFP) — The 77th Cannes film festival opened on Tuesday as stars walked the red carpet.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20000006')
  expect(topics[0]?.ancestors[0]).toBe('medtop:01000000')
})

test('deporting refugees is about refugees and migration policy', () => {
  const found = ids(
    article(
      'Pakistan begins deporting undocumented Afghan refugees',
      'PESHAWAR: Pakistan on Wednesday began deporting Afghans living in the country without documents.',
      'The UN refugee agency urged Islamabad to halt the deportations.',
    ),
  )
  expect(found).toEqual(expect.arrayContaining(['medtop:20000645', 'medtop:20000634']))
})

test('airstrikes and ceasefire talks are armed conflict and a peace process', () => {
  const found = ids(
    article(
      'Israeli airstrikes kill dozens in Gaza as ceasefire talks stall',
      'GAZA CITY, Gaza Strip — Israeli airstrikes killed at least 40 people overnight, health officials said, as talks on a ceasefire stalled.',
    ),
  )
  expect(found).toEqual(expect.arrayContaining(['medtop:20000056', 'medtop:20000073']))
})

test('tourists escaping the heat is travel and tourism under lifestyle', () => {
  const topics = findTopics(
    article(
      'Tourists flock to northern valleys as summer heat grips plains',
      'GILGIT: Thousands of tourists have arrived in the northern valleys this month, hotel owners said.',
    ),
  )
  expect(topics[0]?.id).toBe('medtop:20000563')
  expect(topics[0]?.ancestors[0]).toBe('medtop:10000000')
})

test('a landslide victory is not a landslide', () => {
  const found = ids(
    article('Ruling party wins landslide victory in general election', 'The party won 300 seats.'),
  )
  expect(found).not.toContain('medtop:20000155')
  expect(found).toContain('medtop:20000579')
})

test('a text with no cue at all gets no topic rather than a guess', () => {
  expect(findTopics(article('Hello there', 'Nothing to see.'))).toEqual([])
  expect(findTopics({ title: '', summary: [], paragraphs: [] })).toEqual([])
})

test('explainTopics shows which cue matched in which part of the article', () => {
  const explanation = explainTopics(
    article('Diplomacy first, says envoy', 'The envoy spoke about diplomacy.'),
  )
  const diplomacy = explanation.candidates.find((c) => c.id === 'medtop:20000639')
  expect(diplomacy?.matches).toEqual(
    expect.arrayContaining([
      { cue: 'diplomacy', zone: 'headline', count: 1, weight: 1 },
      { cue: 'envoy', zone: 'lede', count: 1, weight: 1 },
    ]),
  )
  expect(explanation.topics[0]?.id).toBe('medtop:20000639')
})

test('a headline mention outweighs the same word deep in the body', () => {
  const inHeadline = explainTopics(article('Inflation rises', 'Officials met.', 'Nothing more.'))
  const inBody = explainTopics(article('Officials meet', 'Officials met.', 'Inflation rises.'))
  const score = (e: typeof inBody) => e.candidates.find((c) => c.id === 'medtop:20000370')?.own ?? 0
  expect(score(inHeadline)).toBeGreaterThan(score(inBody))
  expect(inBody.topics).toEqual([])
})
