import { expect, test } from 'vitest'
import { readQuotes as read } from './read-quotes.ts'

// South Asian press

test('"the spokesperson" refers back to the named Foreign Office spokesperson', () => {
  const [q] = read(
    `Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan wanted peace.`,
    `"We have always supported dialogue," the spokesperson said in a statement.`,
  )
  expect(q).toMatchObject({ name: 'Mumtaz Zahra Baloch', mention: 'the spokesperson', kind: 'person' })
})

test('"he" after "X told Dawn that …" resolves to X', () => {
  const [q] = read(
    `Interior Minister Mohsin Naqvi told Dawn that the operation would continue. "No one will be spared," he said.`,
  )
  expect(q).toMatchObject({ name: 'Mohsin Naqvi', mention: 'he' })
})

test('a partial quote after "X, the former prime minister, said" takes X', () => {
  const [q] = read(`Imran Khan, the former prime minister, said the elections were "rigged and stolen".`)
  expect(q).toMatchObject({ name: 'Imran Khan', partial: true })
})

test('"He said that “…”" is a partial quote of the earlier speaker', () => {
  const quotes = read(
    `Mr Dar spoke to reporters in Lahore.`,
    `He said that “the country needs a fresh start.”`,
  )
  expect(quotes[0]).toMatchObject({ name: 'Dar', mention: 'He', partial: true })
})

// Middle Eastern press

test('a ministry with "of" in its name is an organisation, not a person', () => {
  const [q] = read(`"The Kingdom stands with Palestine," the Saudi Ministry of Foreign Affairs said.`)
  expect(q).toMatchObject({ name: 'Saudi Ministry of Foreign Affairs', kind: 'organization' })
})

test('"according to a statement" resolves to the body that issued it', () => {
  const [q] = read(
    `Saudi Arabia’s Foreign Ministry condemned the attack.`,
    `"The Kingdom rejects all forms of terrorism," according to a statement.`,
  )
  expect(q).toMatchObject({ name: 'Foreign Ministry', mention: 'a statement', kind: 'organization' })
})

test('"X told Arab News" names X and the outlet is not the speaker', () => {
  const [q] = read(`"Our priority is the safety of pilgrims," Hajj Minister Tawfiq Al-Rabiah told Arab News.`)
  expect(q).toMatchObject({ name: 'Tawfiq Al-Rabiah', kind: 'person' })
})

test('"In a statement, X said:" introduces a full quote by X', () => {
  const [q] = read(`In a statement, the Afghan Taliban said: "We do not allow anyone to use our soil."`)
  expect(q).toMatchObject({
    name: 'Afghan Taliban',
    mention: 'the Afghan Taliban',
    kind: 'organization',
    partial: false,
  })
})

test('"the crown prince was quoted as saying" resolves to the prince named earlier', () => {
  const [q] = read(
    `Saudi Arabia’s Crown Prince Mohammed bin Salman received a call from French President Emmanuel Macron.`,
    `“The Kingdom affirms its firm position,” the crown prince was quoted as saying.`,
  )
  expect(q).toMatchObject({ name: 'Mohammed bin Salman', mention: 'the crown prince', kind: 'person' })
})

test('an official who spoke on condition of anonymity and "told Arab News:" is anonymous', () => {
  const [q] = read(
    `An official at the ministry, who spoke on condition of anonymity, told Arab News: “The talks went well.”`,
  )
  expect(q).toMatchObject({ mention: 'An official', kind: 'anonymous', partial: false })
})

test('"he" skips a body that spoke in between for the man who spoke before it', () => {
  const quotes = read(
    `Provincial minister Ali Raza said the dam would be finished by June.`,
    `The Water and Power Development Authority said funds had been released.`,
    `"We will not accept any delay," he told The Express Tribune.`,
  )
  expect(quotes[0]).toMatchObject({ name: 'Ali Raza', mention: 'he', kind: 'person' })
})

test('a press-release acronym defined in the text names the speaker in full', () => {
  const [q] = read(
    `The Inter-Services Public Relations (ISPR) said four terrorists were killed.`,
    `“Sanitisation operation is being conducted in the area,” the ISPR said.`,
  )
  expect(q).toMatchObject({
    name: 'Inter-Services Public Relations',
    mention: 'the ISPR',
    kind: 'organization',
  })
})
