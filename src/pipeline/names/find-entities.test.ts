import { expect, test } from 'vitest'
import { findEntities } from './find-entities.ts'
import { extractQuotes } from '../quotes/extract-quotes.ts'

const read = (...paragraphs: string[]) => findEntities({ title: '', summary: [], paragraphs })
const people = (...paragraphs: string[]) => read(...paragraphs).people.map((p) => p.name)
const orgs = (...paragraphs: string[]) => read(...paragraphs).organizations.map((o) => o.name)

test('titles before a name are dropped, whatever their spelling', () => {
  expect(
    people(
      'ISLAMABAD: Prime Minister Shehbaz Sharif met army chief Gen. Asim Munir on Monday.',
      'Dr. Ayesha Siddiqa, a defence analyst, said Deputy Prime Minister Ishaq Dar had pushed for the meeting.',
    ),
  ).toEqual(['Shehbaz Sharif', 'Asim Munir', 'Ayesha Siddiqa', 'Ishaq Dar'])
})

test('an agency-style title and a place before it are both left out', () => {
  expect(
    people(
      'WASHINGTON (AP) — President Joe Biden spoke with Iranian President Masoud Pezeshkian, while U.S. Secretary of State Marco Rubio listened.',
    ),
  ).toEqual(['Joe Biden', 'Masoud Pezeshkian', 'Marco Rubio'])
})

test("an organisation's possessive before a title splits into the organisation and the person", () => {
  const found = read("A call between Dar and the European Union's Vice President Kaja Kallas went well.")
  expect(found.people.map((p) => p.name)).toContain('Kaja Kallas')
  expect(found.organizations.map((o) => o.name)).toEqual(['European Union'])
})

test('a later surname counts toward the full name and is not a second person', () => {
  const found = read(
    'The Foreign Secretary, David Lammy, met Kaja Kallas in London.',
    'Lammy and Kallas agreed to meet again. Mr Lammy said the talks were useful.',
  )
  expect(found.people).toEqual([
    { name: 'David Lammy', mentions: 3 },
    { name: 'Kaja Kallas', mentions: 2 },
  ])
})

test('a surname shared by two people goes to the one named last before it', () => {
  const found = read(
    'Nawaz Sharif returned to Lahore. Sharif was greeted by supporters.',
    'His brother, Prime Minister Shehbaz Sharif, later addressed the cabinet. Sharif said the economy was recovering.',
  )
  expect(found.people).toEqual([
    { name: 'Nawaz Sharif', mentions: 2 },
    { name: 'Shehbaz Sharif', mentions: 2 },
  ])
})

test('a title followed by a single name makes a one-name person', () => {
  expect(people('Mr Khan, who leads the opposition, rejected the offer on Tuesday.')).toEqual(['Khan'])
})

test('an acronym given in brackets counts toward the full name', () => {
  const found = read(
    'The Election Commission of Pakistan (ECP) rejected the plea. The ECP said the polls would go ahead.',
  )
  expect(found.organizations).toEqual([{ name: 'Election Commission of Pakistan', mentions: 2 }])
})

test('an acronym that spells the initials of a named body counts toward it', () => {
  const found = read(
    'The Afghan Centre for Strategic Studies warned of new threats.',
    'ACSS researchers said the groups were regrouping.',
  )
  expect(found.organizations).toEqual([{ name: 'Afghan Centre for Strategic Studies', mentions: 2 }])
})

test('a well-known acronym is shown as written unless the article spells it out', () => {
  expect(orgs('NATO troops left in April.')).toEqual(['NATO'])
  expect(read('The European Union said on Friday that EU ministers would meet.').organizations).toEqual([
    { name: 'European Union', mentions: 2 },
  ])
})

test('bodies are recognised by the shape of their names', () => {
  expect(
    orgs(
      'The Interior Ministry and the Ministry of Foreign Affairs denied the report in The Washington Post.',
      'The Bank of England and the Pakistan Peoples Party did not comment, Arab News reported.',
    ),
  ).toEqual([
    'Interior Ministry',
    'Ministry of Foreign Affairs',
    'Washington Post',
    'Bank of England',
    'Pakistan Peoples Party',
    'Arab News',
  ])
})

test('countries, cities, regions, demonyms, weekdays and months are neither people nor organisations', () => {
  const found = read(
    'Afghan and Pakistani officials met in Doha, Qatar, on Thursday. Central Asian states and South Asia were absent.',
    'In March, Iranian diplomats flew to New Delhi and Kabul. On Friday, European governments spoke.',
  )
  expect(found).toEqual({ people: [], organizations: [] })
})

test('sentence-opening words and events are not names', () => {
  const found = read(
    'Authorities said the two-day "Regional Conference on Campaign Against Terrorism" ended. Officials were pleased.',
    'Under the accord, Muslims marked Eid al-Adha peacefully. Government officials say more talks are planned.',
  )
  expect(found).toEqual({ people: [], organizations: [] })
})

test('everyday acronyms, titles and countries in capitals are not organisations', () => {
  expect(
    orgs('“DPM/FM reaffirmed ties,” the US and UK said, as GDP and the CEO of the firm were discussed.'),
  ).toEqual([])
})

test('names joined by a hyphen are read separately', () => {
  const found = read(
    'The Washington-Taliban deal and Pakistan-EU relations were discussed.',
    'The Hamas-run Health Ministry said 40 people were killed.',
  )
  expect(found.organizations.map((o) => o.name)).toEqual(['Taliban', 'EU', 'Hamas', 'Health Ministry'])
})

test('names with particles keep them, and a surname with a particle counts back', () => {
  const found = read(
    'European Commission President Ursula von der Leyen met Crown Prince Mohammed bin Salman and Ahmed al-Sharaa.',
    'Von der Leyen praised the talks.',
  )
  expect(found.people).toEqual([
    { name: 'Ursula von der Leyen', mentions: 2 },
    { name: 'Mohammed bin Salman', mentions: 1 },
    { name: 'Ahmed al-Sharaa', mentions: 1 },
  ])
})

test('plural acronyms and buildings are not people', () => {
  const found = read('Labour MPs rebelled, and the Nasser Medical Complex said it received 20 bodies.')
  expect(found.people).toEqual([])
  expect(found.organizations.map((o) => o.name)).toEqual(['Nasser Medical Complex'])
})

test('a Headline Case title only counts names the rest of the article confirms', () => {
  const found = findEntities({
    title: 'Pakistan Urges Dialogue With EU As Kallas Visits Islamabad',
    summary: [],
    paragraphs: [
      'Deputy Prime Minister Ishaq Dar met European Union foreign policy chief Kaja Kallas on Friday.',
    ],
  })
  expect(found.people).toEqual([
    { name: 'Kaja Kallas', mentions: 2 },
    { name: 'Ishaq Dar', mentions: 1 },
  ])
  expect(found.organizations).toEqual([{ name: 'European Union', mentions: 2 }])
})

test('entities are sorted by mentions, then by first appearance', () => {
  const found = read(
    'Reuters and AFP reported that Hamas and Hezbollah met. Hezbollah denied it, Reuters said.',
  )
  expect(found.organizations.map((o) => [o.name, o.mentions])).toEqual([
    ['Reuters', 2],
    ['Hezbollah', 2],
    ['AFP', 1],
    ['Hamas', 1],
  ])
})

test('the People and Organisations lists and the speakers read one list of organisation words', () => {
  const text = [
    'The Sindh Traders Coalition and the Karachi Chamber met Ayesha Capital Partners on Monday.',
    'Mehreen Bloomberg, who runs the Lahore Grammar School, joined them with the Pakistan Broadcasting Corporation.',
  ]
  expect(orgs(...text)).toEqual(
    expect.arrayContaining([
      'Sindh Traders Coalition',
      'Karachi Chamber',
      'Ayesha Capital Partners',
      'Lahore Grammar School',
    ]),
  )
  // An outlet's name inside a person's name is no organisation word: only words that head a body are.
  expect(people(...text)).toContain('Mehreen Bloomberg')
})

test('the People list and the speakers split off one list of titles', () => {
  const paragraphs = [
    'Former Sindh Gov. Imran Ismail met Lawmaker Sita Kumari Yadav and Barrister Kamran Qureshi on Monday.',
    '“The bill will pass,” Barrister Kamran Qureshi told reporters.',
  ]
  const names = people(...paragraphs)
  expect(names).toEqual(expect.arrayContaining(['Imran Ismail', 'Sita Kumari Yadav', 'Kamran Qureshi']))
  expect(names).toHaveLength(3)
  const [quote] = extractQuotes(paragraphs)
  expect(names).toContain(quote?.speaker?.name)
})

test('a second title further on is where the name starts, and an initial keeps its dot', () => {
  expect(
    people('Republican Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur met Sen. Mushahid H. Sayed.'),
  ).toEqual(['Ali Amin Gandapur', 'Mushahid H. Sayed'])
})

test("a thing's name is no person: an everyday word closing it, or a known body's name opening it", () => {
  expect(
    people(
      'Passengers at the terminal watched the Falcon Heavy launch on Google Maps and Apple CarPlay screens.',
      'Residents of Palm Beach told Farida Anwar and Khin Zaw Win that the Blue Origin rocket was louder.',
    ),
  ).toEqual(['Farida Anwar', 'Khin Zaw Win'])
})

test('a given name makes the word of a law or a demonym after it a name: "Bill Clinton", "Mark Cuban"', () => {
  expect(people('Former president Bill Clinton spoke, and the investor Mark Cuban listened.')).toEqual([
    'Bill Clinton',
    'Mark Cuban',
  ])
})

test('a given name that is also a country’s opens a person’s name before a surname', () => {
  expect(people('Officials met Chad Whitfield in Amman on Monday, then flew to Chad.')).toEqual([
    'Chad Whitfield',
  ])
})

test('a city named in several words is the city, and a plural title before names is a title', () => {
  expect(
    people(
      'Justices Rakesh Venugopal and Meenakshi Iyengar heard appeals from Dera Ghazi Khan and Bandar Abbas.',
      'Traders from Rahim Yar Khan met Imran Khan.',
    ),
  ).toEqual(['Rakesh Venugopal', 'Meenakshi Iyengar', 'Imran Khan'])
})

test('the office a title is of or for is the title’s, though its words name a body; the name after it is the person', () => {
  const paragraphs = [
    'Minister for Information and Broadcasting Attaullah Tarar said the ban would stay.',
    'Chief Minister of Khyber Pakhtunkhwa Ali Amin Gandapur and Director of Public Works Eric Hood disagreed.',
  ]
  expect(people(...paragraphs)).toEqual(['Attaullah Tarar', 'Ali Amin Gandapur', 'Eric Hood'])
  const speakers = extractQuotes([
    'Minister for Information and Broadcasting Attaullah Tarar said: “The ban stays.”',
    '“We will not allow chaos,” he said.',
  ]).map((q) => [q.speaker?.name, q.speaker?.kind])
  expect(speakers).toEqual([
    ['Attaullah Tarar', 'person'],
    ['Attaullah Tarar', 'person'],
  ])
})

test('a word for a person before a given name describes the person, in People and in who said it', () => {
  const paragraphs = [
    'Councilman Bill Banning and Restaurateur Amy Salay spoke at the Prince William County Circuit Court.',
  ]
  expect(people(...paragraphs)).toEqual(['Bill Banning', 'Amy Salay'])
  expect(orgs(...paragraphs)).toEqual(['Prince William County Circuit Court'])
  const [quote] = extractQuotes(['“We will fix it,” said Councilman Bill Banning.'])
  expect(quote?.speaker).toMatchObject({ name: 'Bill Banning', kind: 'person' })
})
