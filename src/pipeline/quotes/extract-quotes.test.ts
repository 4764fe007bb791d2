import { expect, test } from 'vitest'
import { readQuotes as read } from './read-quotes.ts'

// Agency style (AP, Reuters, AFP)

test('an agency quote broken by its attribution gives two quotes with one speaker', () => {
  expect(read(`"We are not going to back down," Smith said. "This fight is far from over."`)).toEqual([
    {
      p: 0,
      text: 'We are not going to back down,',
      name: 'Smith',
      mention: 'Smith',
      kind: 'person',
      partial: false,
    },
    {
      p: 0,
      text: 'This fight is far from over.',
      name: 'Smith',
      mention: 'Smith',
      kind: 'person',
      partial: false,
    },
  ])
})

test('a quote split mid-sentence by "he said," continues with the same speaker', () => {
  const quotes = read(`Ahmad Rahimi was defiant. "We need to talk," he said, "and we need to do it now."`)
  expect(quotes.map((q) => [q.text, q.mention, q.partial])).toEqual([
    ['We need to talk,', 'he', false],
    ['and we need to do it now.', 'he', false],
  ])
})

test('"said X" after the quote names the speaker and drops the title', () => {
  const [q] = read(`"It was a tough night," said Coach John Harbaugh, who spent 10 years in Baltimore.`)
  expect(q).toMatchObject({ name: 'John Harbaugh', mention: 'Coach John Harbaugh', kind: 'person' })
})

test('an unnamed official speaking to Reuters is anonymous', () => {
  const [q] = read(
    `"The talks were constructive," a senior State Department official told Reuters on Monday.`,
  )
  expect(q).toMatchObject({ name: 'a senior State Department official', kind: 'anonymous' })
})

test('a diplomat speaking on condition of anonymity is anonymous', () => {
  const [q] = read(`"We have seen no evidence of that," a diplomat speaking on condition of anonymity said.`)
  expect(q).toMatchObject({ mention: 'a diplomat', kind: 'anonymous' })
})

test('"according to" after a quote names the speaker', () => {
  const [q] = read(`"The deal is done," according to one person familiar with the matter.`)
  expect(q).toMatchObject({ mention: 'one person familiar with the matter', kind: 'anonymous' })
})

test('an appositive name after a role names the speaker', () => {
  const [q] = read(`"The border will remain closed," said a spokesman, Ali Khan.`)
  expect(q).toMatchObject({ name: 'Ali Khan', kind: 'person' })
})

test('a person with an age and a relative clause is still the subject of the verb', () => {
  const [q] = read(`"I'm not going anywhere," Trump, 78, told reporters at the White House.`)
  expect(q).toMatchObject({ name: 'Trump', mention: 'Trump' })
})

test('a short surname resolves to the fullest form of the name used earlier', () => {
  const quotes = read(
    `Prime Minister Shehbaz Sharif met President Xi Jinping in Beijing.`,
    `Sharif said the visit was "historic".`,
  )
  expect(quotes).toEqual([
    { p: 1, text: 'historic', name: 'Shehbaz Sharif', mention: 'Sharif', kind: 'person', partial: true },
  ])
})

test('"she" resolves to the earlier woman named with a title', () => {
  const [q] = read(
    `Senator Elizabeth Warren criticized the plan on Tuesday.`,
    `"This is a giveaway to Wall Street," she said in a statement.`,
  )
  expect(q).toMatchObject({ name: 'Elizabeth Warren', mention: 'she', kind: 'person' })
})

// British style

test('British single marks are quotes and apostrophes inside them are not marks', () => {
  const quotes = read(
    `'I don't think it's fair,' said Mr Johnson. 'The ’90s were different and rock ’n’ roll was king.'`,
  )
  expect(quotes.map((q) => [q.text, q.name, q.mention])).toEqual([
    ["I don't think it's fair,", 'Johnson', 'Mr Johnson'],
    ['The ’90s were different and rock ’n’ roll was king.', 'Johnson', 'Mr Johnson'],
  ])
})

test('a plural possessive inside a single-mark quote does not close it', () => {
  const [q] = read(`Prime Minister Keir Starmer said: 'The students' union has every right to protest.'`)
  expect(q).toMatchObject({
    text: "The students' union has every right to protest.",
    name: 'Keir Starmer',
    partial: false,
  })
})

test('a British partial quote with the full stop outside the marks is partial', () => {
  const [q] = read(`Dr Sarah Jones, a lecturer at Oxford, said the policy was 'deeply flawed'.`)
  expect(q).toMatchObject({ text: 'deeply flawed', name: 'Sarah Jones', partial: true })
})

test('"the minister told the Guardian" in curly single marks attributes both halves', () => {
  const quotes = read(
    `‘It is a matter of national pride,’ the minister told the Guardian. ‘We will not give up.’`,
  )
  expect(quotes.map((q) => [q.text, q.mention])).toEqual([
    ['It is a matter of national pride,', 'the minister'],
    ['We will not give up.', 'the minister'],
  ])
})

// Continuation and inheritance

test('a quote running over paragraphs gives one quote per paragraph, all with the speaker', () => {
  const quotes = read(
    `The minister said:`,
    `"We are committed to the peace process.`,
    `"There is no alternative to dialogue."`,
  )
  expect(quotes.map((q) => [q.p, q.text, q.name, q.mention])).toEqual([
    [1, 'We are committed to the peace process.', 'minister', null],
    [2, 'There is no alternative to dialogue.', 'minister', null],
  ])
})

test('an unclosed quote runs to the end of its paragraph and the next paragraph continues it', () => {
  const quotes = read(
    `"We will rebuild the schools," the governor said. "We will rebuild the roads.`,
    `"And we will rebuild trust."`,
  )
  expect(quotes.map((q) => [q.p, q.text, q.mention])).toEqual([
    [0, 'We will rebuild the schools,', 'the governor'],
    [0, 'We will rebuild the roads.', 'the governor'],
    [1, 'And we will rebuild trust.', null],
  ])
  expect(quotes[2]?.name).toBe('governor')
})

test('"they" and "it" resolve to bodies named earlier', () => {
  expect(read(`The Taliban denied the report.`, `"These claims are baseless," they said.`)[0]).toMatchObject({
    name: 'Taliban',
    kind: 'organization',
  })
  expect(
    read(`The Pakistan Army issued a statement. "Terrorists will be hunted down," it said.`)[0],
  ).toMatchObject({
    name: 'Pakistan Army',
    kind: 'organization',
  })
})

test('an acronym speaker takes the name defined for it earlier', () => {
  const quotes = read(
    `The Federal Investigation Agency (FIA) arrested two men.`,
    `"The suspects ran a smuggling ring," the FIA said.`,
  )
  expect(quotes[0]).toMatchObject({
    name: 'Federal Investigation Agency',
    mention: 'the FIA',
    kind: 'organization',
  })
})

// Not quotes

test('titles of works, so-called phrases and event names are not quotes', () => {
  expect(read(`The film "The Kite Runner" was banned. The so-called "peace dividend" never came.`)).toEqual(
    [],
  )
  expect(read(`He attended the "Asia Security Summit" in Singapore, the ministry said.`)).toEqual([])
  expect(read(`Protesters carried banners reading "Justice for Zainab".`)).toEqual([])
})

test('a short scare-quoted phrase with no speaker is not a quote', () => {
  expect(read(`Critics call it "terror tourism" but the trend continues.`)).toEqual([])
})

test('a title-cased chant is a quote when a speech verb stands beside it', () => {
  const [q] = read(`"Death to the Dictator," the crowd chanted outside the embassy.`)
  expect(q).toMatchObject({ text: 'Death to the Dictator,', mention: 'the crowd' })
})

test('a quote with no speaker anywhere has speaker null', () => {
  expect(read(`"Unclosed and it runs on to the paragraph's end, as news does`)).toEqual([
    {
      p: 0,
      text: "Unclosed and it runs on to the paragraph's end, as news does",
      name: null,
      mention: null,
      kind: null,
      partial: false,
    },
  ])
})

test('a sentence after a complete quote is not its attribution; the colon lead is', () => {
  const quotes = read(
    `A senior official said: "We are ready." The official added that more troops would arrive.`,
    `"This is just the beginning," the official said.`,
  )
  expect(quotes.map((q) => [q.name, q.mention, q.kind])).toEqual([
    ['A senior official', 'A senior official', 'anonymous'],
    ['A senior official', 'the official', 'anonymous'],
  ])
})

test('"the official" is one person and does not refer back to "US officials"', () => {
  const [q] = read(
    `US officials said the talks had stalled.`,
    `"There is no deal yet," the official told AFP, declining to be named.`,
  )
  expect(q).toMatchObject({ name: 'official', mention: 'the official', kind: 'anonymous' })
})
