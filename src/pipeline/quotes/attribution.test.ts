import { expect, test } from 'vitest'
import { labelAttribution, leadAttribution, trailingAttribution } from './attribution.ts'
import { phraseText } from './noun-phrase.ts'

/** The speaker phrase after the first closing mark of `text`. */
const after = (text: string): string | null => {
  const close = text.indexOf('," ') + 2
  const found = trailingAttribution(text, close, text.length, false)
  return found ? phraseText(text, found.np) : null
}
const before = (text: string, framing = false): string | null => {
  const found = leadAttribution(text, 0, text.length, framing)
  return found ? phraseText(text, found.np) : null
}

test('trailing attribution reads "X said", "said X" and "according to X"', () => {
  expect(after(`"Yes," the NDS said.`)).toBe('the NDS')
  expect(after(`"Yes," said Mr Smith, a teacher.`)).toBe('Mr Smith')
  expect(after(`"Yes," according to a statement from the ministry.`)).toBe('the ministry')
  expect(after(`"Yes," a security source told Arab News on condition of anonymity.`)).toBe(
    'a security source',
  )
})

test('trailing attribution passes over an appositive or relative clause', () => {
  expect(after(`"Yes," Ali Khan, who heads the agency, said.`)).toBe('Ali Khan')
  expect(after(`"Yes," Fatima Bibi, 52, told AFP.`)).toBe('Fatima Bibi')
})

test('a speech verb deep in another clause does not attribute the quote', () => {
  expect(after(`"Regional Conference," which had delegates from Azerbaijan, the NDS said.`)).toBeNull()
})

test('after a quote that ends its sentence only a short tail counts', () => {
  const text = `"Why?" he asked.`
  expect(trailingAttribution(text, 6, text.length, true)).not.toBeNull()
  const long = `"We won." Smith said the campaign would continue through the spring and into the summer months.`
  expect(trailingAttribution(long, 9, long.length, true)).toBeNull()
})

test('lead attribution finds the subject of the first speech verb', () => {
  expect(before('Wahidullah Ghazikhail of the Afghan Centre (ACSSR) said the meeting was a ')).toBe(
    'Wahidullah Ghazikhail',
  )
  expect(before('In a statement, the ministry said: ')).toBe('the ministry')
  expect(before('Asked about the talks, Khan said: ')).toBe('Khan')
  expect(
    before(
      'Counterterrorism officials have drawn a roadmap, the Afghan national security agency said on Thursday.',
    ),
  ).toBe('the Afghan national security agency')
})

test('a role appositive gives way to the name it describes', () => {
  expect(before('Ali Khan, the party leader, said ')).toBe('Ali Khan')
})

test('framing verbs count only for a quoted phrase', () => {
  expect(before('The minister called the budget ')).toBeNull()
  expect(before('The minister called the budget ', true)).toBe('The minister')
})

test('anonymity cues mark the attribution anonymous', () => {
  const text = `"Yes," an official said, speaking on condition of anonymity.`
  expect(trailingAttribution(text, 6, text.length, false)?.anonymous).toBe(true)
})

test('after a quote that ends its own sentence, "said X" may carry an appositive, but a new sentence is not a tail', () => {
  const tail = (text: string) => {
    const close = text.indexOf('?" ') + 2
    const found = trailingAttribution(text, close, text.length, true)
    return found ? phraseText(text, found.np) : null
  }
  expect(tail(`"Where was the state then?" said Sana Mir, an opposition member from Sukkur.`)).toBe(
    'Sana Mir',
  )
  expect(tail(`"Why?" The official then told reporters that the talks had collapsed on Monday.`)).toBeNull()
})

test('a name set before a quote with a colon credits it; a common noun does not', () => {
  const label = (text: string) => {
    const open = text.indexOf('“')
    const found = labelAttribution(text, 0, open)
    return found ? phraseText(text, found.np) : null
  }
  expect(label('What it means for the vote - More from Sana Mir: “Turnout decides it.”')).toBe('Sana Mir')
  expect(label('The headline: “Floods hit Sindh.”')).toBeNull()
  expect(label('Sana Mir said “turnout decides it.”')).toBeNull()
})
