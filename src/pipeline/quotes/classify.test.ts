import { expect, test } from 'vitest'
import { leadAttribution, trailingAttribution } from './attribution.ts'
import { classifySpan, isTitleLike } from './classify.ts'
import { extractQuotes } from './extract-quotes.ts'
import { findSpans } from './find-spans.ts'

/** Classifies the first quoted stretch of a one-sentence text. */
const classify = (text: string) => {
  const span = findSpans(text)[0]!
  const lead = leadAttribution(text, 0, span.open, true)
  const trailing = trailingAttribution(text, span.markEnd, text.length, false)
  return classifySpan({ text, span, leadFrom: 0, lead, trailing })
}

test('title-cased words are a name unless a question or an exclamation ends them; a full stop may be the writer’s', () => {
  expect(isTitleLike('Regional Conference on Campaign Against Terrorism,')).toBe(true)
  expect(isTitleLike('Capital Talk With Hamid Mir.')).toBe(true)
  expect(isTitleLike('We Will Win!')).toBe(false)
  expect(isTitleLike('Who Is Next?')).toBe(false)
  expect(isTitleLike('Wrong.')).toBe(false)
  expect(isTitleLike('good step and should have been made')).toBe(false)
})

test('a programme named at the end of the writer’s sentence is no quote; title case with a speech verb is', () => {
  expect(
    classify(`The minister told Geo News's "Capital Talk With Hamid Mir." He left soon after.`).quote,
  ).toBe(false)
  expect(classify(`"We Will Win." the crowd chanted as the rally ended.`).quote).toBe(true)
})

test('an event name inside the writer sentence is not a quote', () => {
  expect(
    classify(
      `They met for the two-day "Regional Conference on Campaign Against Terrorism," which had delegates.`,
    ),
  ).toEqual({
    quote: false,
    partial: true,
  })
})

test('a quote introduced by "X said:" is full; a phrase after "was a" is partial', () => {
  expect(classify(`Khan said: "We will win."`)).toEqual({ quote: true, partial: false })
  expect(classify(`Khan said the meeting was a "good step and should have been made long ago."`)).toEqual({
    quote: true,
    partial: true,
  })
})

test('a phrase continued by the writer sentence is partial', () => {
  expect(classify(`"Terror tourism" is a growing problem, the minister said in a long speech.`).partial).toBe(
    true,
  )
})

test('a short phrase with nobody saying it is a scare quote, with a speaker a partial quote', () => {
  expect(classify(`Critics call it "terror tourism" but the trend continues.`).quote).toBe(false)
  expect(
    classify(`The statement added that both sides welcomed the “positive momentum” in relations.`),
  ).toEqual({
    quote: true,
    partial: true,
  })
})

test('titles of works and so-called phrases are not quotes', () => {
  expect(classify(`The film "Life goes on in the valley" was banned, he said.`).quote).toBe(false)
  expect(classify(`He denounced the so-called "peace dividend" on Monday.`).quote).toBe(false)
})

test('a programme named after "on" or a possessive is no quote, though someone speaks after it', () => {
  const texts = (paragraph: string) => extractQuotes([paragraph]).map((q) => q.text)
  expect(texts(`Appearing on Geo News's "Capital Talk," the minister said the talks would resume.`)).toEqual(
    [],
  )
  // The same title case said by someone is a quote.
  expect(texts(`"Capital Talk," the minister said, was his favourite programme.`)).toEqual(['Capital Talk,'])
})

test('a short phrase in a sentence that reports speech is a partial quote, credited to the name before the verb', () => {
  const quotes = (paragraph: string) =>
    extractQuotes([paragraph]).map((q) => [q.text, q.partial, q.speaker?.name ?? null])
  expect(
    quotes(
      `In a hearing that Chief Justice Qazi Faez Isa described as “frivolous,” the bench adjourned until March.`,
    ),
  ).toEqual([['frivolous,', true, 'Qazi Faez Isa']])
  expect(
    quotes(
      `Sharif met traders in Lahore on Monday and said this week that the budget would be “very competitive” for exporters.`,
    ),
  ).toEqual([['very competitive', true, 'Sharif']])
  // With no speech in the sentence, the same short phrases are the writer's scare quotes.
  expect(
    quotes(`The so-called “experts” were wrong, and the “peace process” stalled in the spring.`),
  ).toEqual([])
})

test('a short phrase after a noun for something said is a partial quote, credited to whose words they were', () => {
  const quotes = (...paragraphs: string[]) =>
    extractQuotes(paragraphs).map((q) => [q.text, q.partial, q.speaker?.name ?? null])
  expect(
    quotes(
      `Opposition leader Omar Ayub spoke in Peshawar on Friday.`,
      `His promise to stay “neutral” in the dispute drew praise from traders.`,
    ),
  ).toEqual([['neutral', true, 'Omar Ayub']])
  expect(quotes(`But Aurangzeb’s claim that the budget was “pro-poor” drew criticism.`)).toEqual([
    ['pro-poor', true, 'Aurangzeb'],
  ])
  // A noun for speech far back in the sentence, across a comma, says nothing of the phrase.
  expect(
    quotes(`The ministry’s claims were discounted in Kabul, and the “strategic depth” idea lingers.`),
  ).toEqual([])
})

test('"implied" reports speech and "blamed" frames a phrase; an adverb alone names no one', () => {
  const quotes = (paragraph: string) =>
    extractQuotes([paragraph]).map((q) => [q.text, q.speaker?.name ?? null])
  expect(quotes(`Gandapur implied the inquiry was “rigged” from the start.`)).toEqual([
    ['rigged', 'Gandapur'],
  ])
  expect(quotes(`The mayor blamed the “monsoon mafia” for the flooding.`)).toEqual([
    ['monsoon mafia', 'mayor'],
  ])
  expect(
    quotes(`According to the recently published report, officials were told to “stay silent.”`)[0]?.[1],
  ).not.toBe('recently')
})

test('a framing verb after the relative "that" reports speech: the phrase it frames is a quote', () => {
  const quotes = (paragraph: string) => extractQuotes([paragraph]).map((q) => [q.text, q.partial])
  expect(
    quotes(`Traders in Karachi circulated a petition that called the new levy “daylight robbery” on Monday.`),
  ).toEqual([['daylight robbery', true]])
  // "that" before a base form is still a determiner: "that report" is a noun.
  expect(quotes(`Few in Dubai believed that report of “record growth” this year.`)).toEqual([])
})

test('a work marker with a verb after it, or a surname that is one, does not make the quote a title', () => {
  const quotes = (paragraph: string) => extractQuotes([paragraph]).map((q) => q.text)
  expect(
    quotes(`The Emirati minister said the housing programme was “a model for the whole region.”`),
  ).toEqual(['a model for the whole region.'])
  expect(quotes(`Bahrain said the remark by Ambassador Min-jun Song “was unhelpful and premature.”`)).toEqual(
    ['was unhelpful and premature.'],
  )
  // Right before the quote, or one word before it, a marker still names a work.
  expect(quotes(`She praised the documentary “Voices from the Gulf” at the festival.`)).toEqual([])
  expect(quotes(`He mocked the so-called “reform package” in parliament.`)).toEqual([])
})

test('short phrases listed before a longer quote, or in a sentence its attribution closes, are quotes too', () => {
  const quotes = (paragraph: string) =>
    extractQuotes([paragraph]).map((q) => [q.text, q.speaker?.name ?? null])
  expect(
    quotes(
      `Back in Doha, the envoy confided to colleagues that the round would be “tense,” “a real test” and “the hardest talks since 2017.”`,
    ).map(([text]) => text),
  ).toEqual(['tense,', 'a real test', 'the hardest talks since 2017.'])
  expect(
    quotes(
      `The scheme was a “bold step” that brought “real relief to thousands of families,” Dubai official Hessa Al Marri said.`,
    ),
  ).toEqual([
    ['bold step', 'Hessa Al Marri'],
    ['real relief to thousands of families,', 'Hessa Al Marri'],
  ])
  // Alone in its sentence, the same phrase is still the writer's scare quote.
  expect(quotes(`The scheme was a “bold step” for the emirate.`)).toEqual([])
})

test('a programme told something or interviewed with is no quote, though the speaker goes on to speak', () => {
  const texts = (paragraph: string) => extractQuotes([paragraph]).map((q) => q.text)
  expect(
    texts(
      `"We will not be pressured," Climate Minister Sherry Rehman told "Capital Talk," adding that talks would go on.`,
    ),
  ).toEqual(['We will not be pressured,'])
  expect(
    texts(`In an interview with "Frankly Speaking," the Saudi minister said the kingdom wanted calm.`),
  ).toEqual([])
})

test('a headline credited "by" its writer in a roundup is a title, not a quote', () => {
  const texts = (paragraph: string) => extractQuotes([paragraph]).map((q) => q.text)
  expect(
    texts(
      `ARTS — "Sharjah museum to reopen after two-year refit," by Gulf News's Sara Ahmed: http://gn.example/1.`,
    ),
  ).toEqual([])
  // A passive sentence opened by quoted words is still someone speaking.
  expect(
    texts(
      `"Deeply shocked and saddened" by the floods in Swat, the chief minister said relief would reach all.`,
    ),
  ).toEqual(['Deeply shocked and saddened'])
})

test('title case a speaker gives a person is an epithet the speaker used, not a name', () => {
  const quotes = (paragraph: string) =>
    extractQuotes([paragraph]).map((q) => [q.text, q.speaker?.name ?? null])
  expect(quotes(`At the Peshawar rally, Omar Ayub called Sharif “Mr. Ten Percent” to loud cheers.`)).toEqual([
    ['Mr. Ten Percent', 'Omar Ayub'],
  ])
  expect(
    quotes(`Bilawal Bhutto referred to the minister, his rival of many years, as “The Godfather.”`),
  ).toEqual([['The Godfather.', 'Bilawal Bhutto']])
  // Title case given to a thing, not a person, stays a name.
  expect(quotes(`The minister praised the campaign “Clean Green Pakistan” in Lahore.`)).toEqual([])
})
