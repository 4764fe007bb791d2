import { expect, test } from 'vitest'
import { findCountries } from './countries.ts'

const codes = (...paragraphs: string[]) =>
  findCountries({ title: 'Local news', summary: [], paragraphs, datelineCountry: null }).map((c) => c.code)

test('a county or parish makes a story US local news', () => {
  expect(codes('Deputies of the Tensas Parish Sheriff’s Office made two arrests.')).toEqual(['US'])
  expect(codes('The Hall County school board met on Monday.')).toEqual(['US'])
})

test('a county of another named country stays there', () => {
  expect(codes('Kenya said floods hit Nairobi County and the coast.')).toEqual(['KE'])
})

test('a US town named mid-sentence makes a story US local news', () => {
  expect(codes('The fair opens in Shreveport on Friday.')).toEqual(['US'])
})

test('a town that is also a word or a surname is not evidence', () => {
  expect(codes('The Chamber of Commerce met with the Union leaders.')).toEqual([])
  expect(codes('Mayor Tom Akron said the budget was tight.', 'Later Akron added more.')).toEqual([])
})

test('in US local news a world city with a US namesake is the US town', () => {
  expect(codes('The Clarke County police said a man of Athens was arrested.')).toEqual(['US'])
  expect(codes('The Hall County choir will sing in Athens, the capital of Greece.')).toContain('GR')
})

test('without local evidence a world city keeps its country', () => {
  expect(codes('The summit in Athens ended on Sunday.')).toEqual(['GR'])
})

test('Georgia in US local news is the state', () => {
  expect(codes('Two Northeast Georgia counties, Hall County among them, grew fastest.')).toEqual(['US'])
})

test('a US town’s office makes a story US local news', () => {
  expect(codes('The Athens City Council met on Wednesday to review the budget.')).toEqual(['US'])
  expect(codes('Charleston police said the car had been parked for days.')).toEqual(['US'])
  expect(codes('The Rocky Hill Town Council will vote on the plan.')).toEqual(['US'])
})

test('a sheriff’s office or a selectman makes a story US local news', () => {
  expect(codes('Deputies with the Pointe Coupee Sheriff’s Office arrested a teen.')).toEqual(['US'])
  expect(codes('The first selectman opened his campaign office.')).toEqual(['US'])
})

test('a town’s office in British or Irish copy is no US evidence', () => {
  expect(codes('Oxford City Council said it did not realise the sign was gone.')).toEqual([])
  expect(codes('Dublin City Council said the road would reopen at 11.30pm.')).toEqual(['IE'])
  expect(codes('Mr Byrne told the Dublin City Council meeting the plan was sound.')).toEqual(['IE'])
})

test('a town’s office of a city abroad, with its country named, stays abroad', () => {
  expect(codes('Athens police fired tear gas as Greek unions marched.')).toEqual(['GR'])
})

test('a town whose namesake abroad is about as large is no evidence', () => {
  expect(codes('Detectives in Lancaster want to trace a man seen near the park.')).toEqual([])
})

test('counties and towns in British or Irish copy are no US evidence', () => {
  expect(codes('The Kent County Council fee rises to £40, Mr Hale said.')).toEqual([])
  expect(codes('Mr Hale said the Hall County bus was late again.')).toEqual([])
  expect(codes('Mr Hale, R-Elbow Lake, said the bill was dead.')).toEqual(['US'])
})

test('a township, a fire department, a county road or a US title makes a story US local news', () => {
  expect(codes('Three Readington Township scouts earned their badges.')).toEqual(['US'])
  expect(codes('The Cookville Volunteer Fire Department will hold its fundraiser.')).toEqual(['US'])
  expect(codes('They were riding along County Road 225 when a shot rang out.')).toEqual(['US'])
  expect(codes('Rep. Tom Hawk said the budget would pass.')).toEqual(['US'])
})

test('a US office in a story that names another country adds no US', () => {
  expect(codes('The Nairobi Fire Department said Kenya lacked engines.')).toEqual(['KE'])
})

test('in US local news a dateline city a US town shares is the US town, and the dateline says so', async () => {
  const { readArticles } = await import('../read-articles.ts')
  const read = (text: string) => {
    const [article] = readArticles('local.txt', Buffer.from(text)).articles
    return { dateline: article?.dateline, codes: article?.countries.map((c) => `${c.code}:${c.role}`) }
  }
  expect(
    read(
      'County audit finds unpaid taxes\n\nHAMILTON — The Butler County auditor said the county is drafting new policies on staff benefits.\n',
    ),
  ).toEqual({ dateline: { city: 'Hamilton', country: 'US' }, codes: ['US:dateline'] })
  // Without local news around it, the city alone decides.
  expect(
    read('Island budget passes\n\nHAMILTON — The island’s parliament approved the budget on Friday.\n')
      .dateline,
  ).toEqual({ city: 'Hamilton', country: 'BM' })
})
