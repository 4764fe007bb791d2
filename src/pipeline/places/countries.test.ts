import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const read = (paragraph: string, title = '') =>
  findCountries({ title, summary: [], paragraphs: [paragraph], datelineCountry: null })
const codes = (paragraph: string, title = '') => read(paragraph, title).map((country) => country.code)
const sorted = (paragraph: string) => codes(paragraph).sort()

test('short forms with and without dots name their countries', () => {
  expect(sorted('Officials from the U.S., the UK and the UAE met envoys from the DRC and the USA.')).toEqual([
    'AE',
    'CD',
    'GB',
    'US',
  ])
})

test('demonyms and plurals name their countries', () => {
  expect(sorted('Pakistani troops stopped Afghans at the border as Iranian guards watched.')).toEqual([
    'AF',
    'IR',
    'PK',
  ])
})

test('possessives are read as the country', () => {
  expect(sorted("Afghanistan's neighbours shared the Pakistanis' concerns, Iran’s envoy said.")).toEqual([
    'AF',
    'IR',
    'PK',
  ])
})

test('capitals name their countries', () => {
  expect(sorted('Envoys flew from Tehran and Beijing to Doha before talks in Kabul.')).toEqual([
    'AF',
    'CN',
    'IR',
    'QA',
  ])
})

test('a capitalised word that is only a small town somewhere is not a country', () => {
  expect(codes('Mr Hope told the Reading court that Police in Mobile had found the car.')).toEqual([])
})

test('hyphenated pairs name both sides', () => {
  expect(sorted("Pakistan-EU relations and last year's Washington-Taliban deal, and Sino-US ties")).toEqual([
    'CN',
    'PK',
    'US',
  ])
})

test('combining forms count only before a country', () => {
  expect(sorted('Indo-Pak tensions rose as the Indo-Pacific strategy was debated.')).toEqual(['IN', 'PK'])
})

test('Jordan as part of a person’s name is not the country, then or later', () => {
  expect(codes('Michael Jordan scored 30 points. Jordan later said he was tired.')).toEqual([])
  expect(codes('Canadian psychologist Jordan Peterson spoke on Monday.')).toEqual(['CA'])
})

test('Jordan and Chad as countries are kept', () => {
  expect(
    sorted("Jordan's King Abdullah flew home. In Jordan, prices rose. Chad's army moved north."),
  ).toEqual(['JO', 'TD'])
})

test('Chad as a forename is not the country', () => {
  expect(codes('Drummer Chad Smith said the tour would go on.')).toEqual([])
})

test('Georgia the US state is not the country', () => {
  // Atlanta, a US town named alone, makes it US local news
  expect(codes('The rally in Atlanta, Georgia drew thousands as Georgia Governor Brian Kemp spoke.')).toEqual(
    ['US'],
  )
  // the state, like any state, is a mention of its country
  expect(codes('Voters in the state of Georgia went to the polls.')).toEqual(['US'])
})

test('Georgia the country is kept next to its capital', () => {
  expect(read('TBILISI protesters in Tbilisi, Georgia, rallied as Georgian police watched.')).toMatchObject([
    { code: 'GE', mentions: 3 },
  ])
})

test('turkey the bird is not Turkey; Turkish Airlines is', () => {
  expect(codes('Families bought turkey for the holiday.')).toEqual([])
  expect(codes('Turkish Airlines resumed flights.')).toEqual(['TR'])
})

test('Guinea inside a longer country name is that country only', () => {
  expect(codes('Papua New Guinea held elections.')).toEqual(['PG'])
  expect(sorted('Equatorial Guinea and Guinea-Bissau signed; Guinea did not.')).toEqual(['GN', 'GQ', 'GW'])
})

test('Washington as a person’s name is not the US', () => {
  expect(codes('Actor Denzel Washington visited a school named after George Washington.')).toEqual([])
})

test('Niger, Dominica and Sudan are not read inside Nigeria, Dominican Republic or South Sudan', () => {
  expect(codes('Nigeria and the Dominican Republic sent aid to South Sudan.')).toEqual(['NG', 'DO', 'SS'])
  expect(sorted('Niger, Dominica and Sudan also pledged help.')).toEqual(['DM', 'NE', 'SD'])
})

test('Congo forms name the right Congo', () => {
  expect(codes('Fighting in the Democratic Republic of Congo spread.')).toEqual(['CD'])
  expect(codes('Congo said rebels had retreated.')).toEqual(['CD'])
  expect(codes('The Republic of Congo said Congo would vote.')).toEqual(['CG'])
})

test('a country named by its name and its demonym is one country with both mentions', () => {
  expect(read('Iranian officials said Iran would respond.')).toMatchObject([
    { code: 'IR', name: 'Iran', mentions: 2 },
  ])
})

test('places named after a country are not that country', () => {
  expect(codes('Storms in the Indian Ocean reached New Mexico and the Gulf of Mexico.')).toEqual(['US'])
  expect(codes('Aid reached American Samoa.')).toEqual(['AS'])
})

test('the European Union and European governments name no country', () => {
  expect(codes('European governments and the European Union’s foreign policy chief condemned it.')).toEqual(
    [],
  )
})

test('a region names no country', () => {
  expect(codes('Officials from five Central Asian countries met in South Asia and the Middle East.')).toEqual(
    [],
  )
})

test('a newspaper’s name is not a country', () => {
  expect(codes('A security source told Arab News and the Times of India.')).toEqual([])
})

test('a city followed by its country is one mention of that country', () => {
  expect(read('The accord was signed in Doha, Qatar, in February.')).toMatchObject([
    { code: 'QA', mentions: 1 },
  ])
})

test('a city followed by another country or a state is that other place', () => {
  expect(codes('Clashes broke out in Tripoli, Lebanon, as a fair opened in Paris, Texas.')).toEqual([
    'LB',
    'US',
  ])
})

test('a treaty named after a city is not a mention of its country', () => {
  expect(codes('Both sides cited the Paris Agreement and the Geneva Conventions.')).toEqual([])
})

test('peoples listed as ethnic groups are not their namesake countries', () => {
  expect(
    codes('Ethnic Tajik and Uzbek commanders joined Hazaras, Tajiks and Uzbeks in Afghanistan.'),
  ).toEqual(['AF'])
})

test('dollar amounts in US$ are not mentions of the US', () => {
  expect(codes('Pakistan received a US$1.2 billion loan.')).toEqual(['PK'])
})

test('metonyms and nations of the UK name their country', () => {
  expect(sorted('The Kremlin said Scottish and Welsh leaders would visit England.')).toEqual(['GB', 'RU'])
})

test('capitals in an all-capitals headline still count', () => {
  expect(codes('', 'IRAN WARNS PAKISTAN OVER BORDER')).toEqual(['IR', 'PK'])
})

test('a title-case headline keeps Jordan the country', () => {
  expect(codes('', 'Jordan Rejects Plan For Refugees')).toEqual(['JO'])
})

test('a compass word before a place is part of the place, not a forename', () => {
  expect(codes('Floods hit North Wales and West London while Jimmy Wales spoke.')).toEqual(['GB'])
})

test('an acronym after a country is a title, not a surname', () => {
  expect(codes('Pak PM Imran Khan and Pak Army officials met.')).toEqual(['PK'])
})

test('a city before a possessive country is still a mention of its own country', () => {
  expect(codes("Talks in Kabul, Pakistan's envoy said, went well.")).toEqual(['AF', 'PK'])
})

test('a state or province names its country', () => {
  expect(codes('Floods hit Khyber Pakhtunkhwa and Balochistan again.')).toEqual(['PK'])
  expect(codes('Fighting spread across Helmand and Nangarhar.')).toEqual(['AF'])
  expect(codes('Wildfires forced evacuations in Alberta.')).toEqual(['CA'])
})

test('a province two countries share goes with the one the article names, or with neither', () => {
  expect(codes('Farmers in Punjab burned stubble, and smog reached Pakistan.')).toEqual(['PK'])
  expect(codes('Farmers in Punjab burned stubble, and smog reached New Delhi.')).toEqual(['IN'])
  expect(codes('Farmers in Punjab burned stubble.')).toEqual([])
})

test('provinces make their country a subject by the usual rule, without pushing the others down', () => {
  const text =
    'Talks between Uzbekistan and Turkmenistan resumed. Turkmenistan and Uzbekistan disagreed. ' +
    'Turkmenistan said Uzbekistan must wait. Farmers in Balkh, Jawzjan, Faryab, Kunduz and Takhar ' +
    'in Afghanistan watched.'
  expect(
    read(text)
      .filter((c) => c.role === 'subject')
      .map((c) => c.code),
  ).toEqual(['AF', 'UZ', 'TM'])
})

test("US local news shows itself by a lawmaker's party and home, or a US town opening a sentence", () => {
  expect(codes('The bill passed after Westrom, R-Elbow Lake, spoke for it in committee.')).toEqual(['US'])
  expect(codes('Joliet’s building inspector says the sprinklers were off.')).toEqual(['US'])
  // a town that is also an English word does not count where a sentence opens with it
  expect(codes('Mobile phones were banned in the hall.')).toEqual([])
})

test('a state abbreviation counts after a city and a comma, with its dot', () => {
  expect(codes('A study at a clinic in Orlando, Fla., found the device safe.')).toEqual(['US'])
  expect(codes('Call Crime Stoppers at 555-CRIME-SC for a reward.')).toEqual([])
})

test('a demonym after a given name is a surname, and before a road or lake part of a local name', () => {
  expect(codes('Officer Monica French said the road would reopen.')).toEqual([])
  expect(codes('The fire damaged a home on Indian Lake Road.')).toEqual([])
  expect(codes('Decatur Boulevard was closed after the crash.')).toEqual([])
})

test('a city that one place above all bears the name of is a mention of its country', () => {
  expect(codes('The forum held in Pune last month forecast a wet season.')).toEqual(['IN'])
  expect(codes('Officials in Zahedan said the border post had reopened.')).toEqual(['IR'])
  // Kochi is the Indian city in this region's news, not the Japanese one
  expect(codes('She worked at a hospital in Kochi before moving to the Gulf.')).toEqual(['IN'])
})
