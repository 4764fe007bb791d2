import { expect, test } from 'vitest'
import { readQuotes as read } from './read-quotes.ts'
import { extractQuotes } from './extract-quotes.ts'

// One fixture per rule of who said it, in the shapes news copy takes. The texts are written for these tests.

const speakers = (text: string) => read(text).map((q) => [q.text, q.name, q.kind])

test('a speaker with an appositive that opens with an article still owns the quote', () => {
  expect(
    speakers(`"We are ready," Senator Amina Qureshi, a close ally of the premier, told reporters.`),
  ).toEqual([['We are ready,', 'Amina Qureshi', 'person']])
})

test('after an exclamation the attribution may go on with "as", "of" or "who"', () => {
  expect(
    speakers(
      `"This is a great day!" Governor Tariq Mehmood said as he opened the bridge.\n\n"We did it!" beamed Sana Riaz of Multan, who had waited since dawn.`,
    ),
  ).toEqual([
    ['This is a great day!', 'Tariq Mehmood', 'person'],
    ['We did it!', 'Sana Riaz', 'person'],
  ])
})

test('after a question a new sentence with its own reported speech does not take the quote', () => {
  const [quote] = read(`"Why now?" The minister added that the talks had been planned for months.`)
  expect(quote?.name).toBeNull()
})

test('a subject that reaches its speech verb through "but now" is still the subject', () => {
  expect(
    speakers(
      `Farid Ahmadi backed the old council for years, but now said it had "lost the trust of the people."`,
    ),
  ).toEqual([['lost the trust of the people.', 'Farid Ahmadi', 'person']])
})

test('a clause that runs from a name into its verb leaves the pronoun before the speech verb as speaker', () => {
  const [quote] = read(
    `At the rally, Imran Khan was talking about the economy when he told a crowd in Lahore, "We will not beg again."`,
  )
  expect(quote?.mention).toBe('he')
  expect(quote?.name).toBe('Imran Khan')
})

test('a description of a person is the subject whole when its verb follows, and someone unnamed', () => {
  expect(speakers(`Later that night, the old Lyari fisherman retorted: "Nobody asked us."`)).toEqual([
    ['Nobody asked us.', 'old Lyari fisherman', 'anonymous'],
  ])
})

test('a party or role before a name is a title, not part of the name', () => {
  expect(
    speakers(`"The vote is close," said Republican Dana Whitfield.\n\n"We will win," host Omar Baig said.`),
  ).toEqual([
    ['The vote is close,', 'Dana Whitfield', 'person'],
    ['We will win,', 'Omar Baig', 'person'],
  ])
})

test('a day or a time after a speaker is no part of the name', () => {
  expect(speakers(`The Interior Ministry on Monday called the report "baseless and misleading".`)).toEqual([
    ['baseless and misleading', 'Interior Ministry', 'organization'],
  ])
  expect(
    speakers(`At a meeting in Peshawar Monday, the governor's aide said: "We are listening."`)[0]?.[1],
  ).not.toMatch(/Monday/)
})

test('"said that he" is the pronoun, not a phrase "that he"', () => {
  const [quote] = read(
    `Imran Saeed arrived late. Asked about the delay, he said that he "had no choice at all."`,
  )
  expect(quote?.mention).toBe('he')
  expect(quote?.name).toBe('Imran Saeed')
})

test('a lower-case clause word never opens a speaker name', () => {
  const names = read(
    `The panel asked why Nadia Karim "walked away from the deal," a question she did not answer.`,
  ).map((q) => q.name ?? '')
  expect(names.every((name) => !/^(why|until|whether)\b/.test(name))).toBe(true)
})

test('a quoted fragment inside a sentence belongs to the sentence subject', () => {
  expect(
    speakers(
      `Mayor Rukhsana Baloch thanked the volunteers for "stepping up when nobody else would."\n\nZahid Hussain, founder of a relief group in Swat and a former teacher, endorsed the plan last week, saying it "puts the families of the valley first."`,
    ),
  ).toEqual([
    ['stepping up when nobody else would.', 'Rukhsana Baloch', 'person'],
    ['puts the families of the valley first.', 'Zahid Hussain', 'person'],
  ])
})

test('a fragment in a sentence whose subject is not a speaker keeps no one', () => {
  const [quote] = read(`In the end it seemed "too good to be true," and the deal fell through.`)
  expect(quote?.name).toBeNull()
})

test('a title alone resolves to the holder named before, by an appositive on either side', () => {
  const quotes = read(
    'Gen. Adil Rana, chairman of the joint staff committee, arrived in Quetta on Tuesday.',
    '"We are ready for anything," the chairman said.',
    "Oman's deputy energy minister, Salim al-Harthy, met the delegation.",
    '"Output will rise," the minister said.',
    'Sen. Mira Patel spoke first.',
    '"We will hold the line," the senator said.',
  )
  expect(quotes.map((q) => [q.mention, q.name, q.kind])).toEqual([
    ['the chairman', 'Adil Rana', 'person'],
    ['the minister', 'Salim al-Harthy', 'person'],
    ['the senator', 'Mira Patel', 'person'],
  ])
})

test('a title with no holder named stays anonymous, never a name', () => {
  const quotes = read(
    '"We will not comment," the chairman said.',
    '"It is under review," a spokesperson said.',
  )
  expect(quotes.map((q) => [q.name, q.kind])).toEqual([
    ['chairman', 'anonymous'],
    ['a spokesperson', 'anonymous'],
  ])
})

test('a word that opens a sentence is no person when the article names no one by it', () => {
  const [quote] = read('Instead, the crowd waited. "Nothing will change here," Instead said.')
  expect(quote?.kind).not.toBe('person')
})

test('a surname that is also a place is the person the article named', () => {
  const quotes = read(
    'Denise Washington runs a farm near Fresno.',
    '"We are doing everything we can," Washington said.',
  )
  expect(quotes.map((q) => [q.name, q.kind])).toEqual([['Denise Washington', 'person']])
})

test('a place that speaks is an organisation, not a person', () => {
  const [quote] = read('"We reject the claims," Pakistan said in a statement.')
  expect(quote?.kind).toBe('organization')
})

test('a participle after a comma speaks for the sentence subject, not the noun before the comma', () => {
  expect(
    speakers(
      `Governor Amina Qureshi toured the flood camps in Sukkur on Monday, calling the relief effort "far too slow."\n\nThe Karachi Chamber of Commerce has criticised the new levy, saying it "punishes honest traders."`,
    ),
  ).toEqual([
    ['far too slow.', 'Amina Qureshi', 'person'],
    ['punishes honest traders.', 'Karachi Chamber of Commerce', 'organization'],
  ])
})

test('speech that carries on after a quote with a participle keeps its speaker', () => {
  expect(
    speakers(
      `Farooq Ahmed said the talks were "moving in the right direction," adding that the treaty "could be signed by spring."`,
    ),
  ).toEqual([
    ['moving in the right direction,', 'Farooq Ahmed', 'person'],
    ['could be signed by spring.', 'Farooq Ahmed', 'person'],
  ])
})

test('a verb in a subordinate clause that closes before the speaker is not the attribution', () => {
  expect(
    speakers(
      `After the hearing concluded, Judge Salma Rizvi told reporters the ruling was "final and binding."`,
    ),
  ).toEqual([['final and binding.', 'Salma Rizvi', 'person']])
})

test('a name with its own "of" phrase keeps the quote from the appositive after it', () => {
  expect(
    speakers(
      `Senator Imran Shah of Punjab, an ally of the prime minister, said the budget was "unfair to farmers."`,
    ),
  ).toEqual([['unfair to farmers.', 'Imran Shah', 'person']])
})

test('a sentence opening with a participle clause has its subject after the comma', () => {
  expect(
    speakers(`Reprising a line from her campaign, Nadia Karim promised "a school in every village."`),
  ).toEqual([['a school in every village.', 'Nadia Karim', 'person']])
})

test('an infinitive speech verb is not the attribution; the one who asks in a passive question is', () => {
  expect(
    speakers(
      `Asked by the host to respond to the criticism, Bilal Chaudhry said, "We have nothing to hide."`,
    ),
  ).toEqual([['We have nothing to hide.', 'Bilal Chaudhry', 'person']])
  expect(
    speakers(
      `The minister was asked by anchor Sadia Jamil whether the plan would mean "more taxes for the salaried class."`,
    ),
  ).toEqual([['more taxes for the salaried class.', 'Sadia Jamil', 'person']])
})

test('"as X put it" credits X', () => {
  expect(speakers(`As Hamid Mir put it, "The border is open only on paper."`)).toEqual([
    ['The border is open only on paper.', 'Hamid Mir', 'person'],
  ])
})

test('quotes earlier in a sentence share the attribution that closes it', () => {
  expect(
    speakers(
      `Floods are "the gravest threat we face" and "set the valley back years," Shazia Marri, the provincial planning minister, told the assembly.`,
    ),
  ).toEqual([
    ['the gravest threat we face', 'Shazia Marri', 'person'],
    ['set the valley back years,', 'Shazia Marri', 'person'],
  ])
})

test('a subject that reaches its verb through an auxiliary or a coordinator still speaks', () => {
  expect(
    speakers(
      `Minister Ayesha Noor has offered a spirited defence of "the new curriculum," saying it gives pupils "a fair start."`,
    ),
  ).toEqual([
    ['the new curriculum,', 'Ayesha Noor', 'person'],
    ['a fair start.', 'Ayesha Noor', 'person'],
  ])
  expect(
    speakers(`Karim Baig toured the market, he met the traders, and he warned of "a hard winter ahead."`),
  ).toEqual([['a hard winter ahead.', 'Karim Baig', 'person']])
})

test('an attribution set off by commas later in the sentence, or inverted before the quote, credits its name', () => {
  expect(
    speakers(
      `The pledge to "bring the boys home" appeals to families in the tribal districts, said Ayaz Wazir, a former ambassador.`,
    ),
  ).toEqual([['bring the boys home', 'Ayaz Wazir', 'person']])
  expect(
    speakers(
      `The puzzle of the budget, says Sakib Sherani, an economist in Islamabad, is that it was "written for the lenders, not the voters."`,
    ),
  ).toEqual([['written for the lenders, not the voters.', 'Sakib Sherani', 'person']])
  // "said X was …" reports what X was, not who spoke.
  expect(
    speakers(
      `Deputy Minister Omar Ayub, speaking at the summit, said Kabul was "comfortable" with the plan.`,
    ),
  ).toEqual([['comfortable', 'Omar Ayub', 'person']])
})

test('a quoted fragment whose sentence subject is no one keeps no speaker', () => {
  for (const text of [
    `The rejection of the plan was "a slap in the face of the farmers."`,
    `Guns are "the oldest problem in the valley" for the police.`,
  ]) {
    expect(speakers(text).map(([, name]) => name)).toEqual([null])
  }
})

test('"I said" in the writer\'s own sentence is the byline\'s writer, or someone unnamed without one', () => {
  const paragraphs = [`When we met in Quetta, I said: "The road is open again."`]
  const credit = (byline?: string) =>
    extractQuotes(paragraphs, { title: 'Roads', summary: [], byline }).map((q) => [
      q.speaker?.name,
      q.speaker?.kind,
    ])
  expect(credit('By Saima Baloch, Quetta')).toEqual([['Saima Baloch', 'person']])
  expect(credit(undefined)).toEqual([['The writer', 'anonymous']])
})

test('quoted words listed after a credited quote share its speaker', () => {
  expect(
    speakers(`The senator called his rival a "coward," a "liar" and a "fraud."`).map(([text, name]) => [
      text,
      name,
    ]),
  ).toEqual([
    ['coward,', 'senator'],
    ['liar', 'senator'],
    ['fraud.', 'senator'],
  ])
})

test('a common noun for a person heads the speaker phrase, someone unnamed', () => {
  expect(speakers(`"It was very nice," the shipping tycoon told reporters in Karachi.`)).toEqual([
    ['It was very nice,', 'shipping tycoon', 'anonymous'],
  ])
  // …and a past form after it is the verb, not more of the phrase.
  expect(speakers(`The senator's right-hand woman rallied supporters: "We have to be ready."`)).toEqual([
    ['We have to be ready.', "senator's right-hand woman", 'anonymous'],
  ])
})

test("a quote that opens its sentence runs on through a phrase before its tail; another's sentence does not", () => {
  expect(speakers(`"I thank the volunteers who worked so hard" for the victory, Imran Farooq said.`)).toEqual(
    [['I thank the volunteers who worked so hard', 'Imran Farooq', 'person']],
  )
  expect(speakers(`He attended the "Asia Security Summit" in Singapore, the ministry said.`)).toEqual([])
})

test('a role in lower case may stand between "said" and the name', () => {
  expect(speakers(`"Welcome, all of you," said master of ceremonies Asad Tabish.`)).toEqual([
    ['Welcome, all of you,', 'Asad Tabish', 'person'],
  ])
})

test('adverbs, particles and the one spoken to carry a tail on after a question', () => {
  expect(
    speakers(
      `Mina Hotak chaired the panel.\n\n"Are you ready?" Hotak asked pleasantly into the microphone.\n\n"Who knows?" Hotak shot back at the crowd.\n\n"Will it hold?" Hotak told Pakistan's Geo television channel in an interview.`,
    ).map(([, name]) => name),
  ).toEqual(['Mina Hotak', 'Mina Hotak', 'Mina Hotak'])
})

test('a sentence opened by "Said", or a label presenting its speaker, credits the quote', () => {
  expect(
    speakers(
      `Said Dorothy Rahim, who grew up in the lane, "We were all so proud of him."\n\nHere's Rahim in 1992: "Our road must be rebuilt."`,
    ).map(([, name, kind]) => [name, kind]),
  ).toEqual([
    ['Dorothy Rahim', 'person'],
    ['Dorothy Rahim', 'person'],
  ])
  expect(
    speakers(
      `The Pakistan Bureau of Statistics published a survey on Monday.\n\nFrom the report: "Samples were better balanced."`,
    ),
  ).toEqual([['Samples were better balanced.', 'Pakistan Bureau of Statistics', 'organization']])
})

test('a sentence-opening preposition or adverb is never the speaker', () => {
  for (const text of [
    `Of Carson, he said: "His lack of knowledge is disturbing."`,
    `Likewise, "the plan would help the richest households most."`,
  ]) {
    const names = speakers(text).map(([, name]) => name)
    expect(names).toHaveLength(1)
    expect(names[0] ?? '').not.toMatch(/^(Of|Likewise)/)
  }
})

test('a quote between two names never joins them into one', () => {
  const names = speakers(
    `Pataki says Kasich "has a record of bringing people together." He warns that rivals would "drive the party off the cliff."`,
  ).map(([, name]) => name)
  expect(names).toHaveLength(2)
  for (const name of names) expect(name ?? '').not.toMatch(/["“”]/)
})

test('an unnamed speaker keeps the words that say who is meant, and no more', () => {
  expect(
    speakers(
      [
        `"The talks will resume," a source familiar with the negotiations told Dawn.`,
        `"We have no comment," said a spokeswoman for the Sindh Home Department, speaking by phone.`,
        `"The road is closed," an official in the Interior Ministry said on Monday.`,
        `"We are looking into it," a spokesman said in a statement.`,
        `"Prices will rise," a trader from Peshawar who asked not to be named said.`,
      ].join('\n\n'),
    ),
  ).toEqual([
    ['The talks will resume,', 'a source familiar with the negotiations', 'anonymous'],
    ['We have no comment,', 'a spokeswoman for the Sindh Home Department', 'anonymous'],
    ['The road is closed,', 'an official in the Interior Ministry', 'anonymous'],
    ['We are looking into it,', 'a spokesman', 'anonymous'],
    ['Prices will rise,', 'a trader from Peshawar', 'anonymous'],
  ])
})

test('a pronoun that fits no one named before credits no one', () => {
  const [quote] = read(`"We will march again on Friday," they said.`)
  expect(quote?.text).toBe('We will march again on Friday,')
  expect(quote?.name).toBeNull()
})

test('in "which he called" the relative clause has a subject of its own', () => {
  expect(
    speakers(
      `Prime Minister Shehbaz Sharif visited the flooded district, which he called "a wound on the nation," and the camps, which included families who had "nothing left to lose."`,
    ),
  ).toEqual([
    ['a wound on the nation,', 'Shehbaz Sharif', 'person'],
    ['nothing left to lose.', 'Shehbaz Sharif', 'person'],
  ])
})

test('the state after a city is where the speaker was, not who spoke', () => {
  expect(
    speakers(
      `Senator Sherry Rehman, at a meeting in Hyderabad, Sindh, said the province was "still under water."\n\nFarhan Ali, speaking in Lahore, Punjab, said the crop was "lost."`,
    ),
  ).toEqual([
    ['still under water.', 'Sherry Rehman', 'person'],
    ['lost.', 'Farhan Ali', 'person'],
  ])
})

test('a role in lower case before a name describes the person, whatever comes before it', () => {
  expect(
    speakers(
      [
        `"The port will be ready by June," Gwadar Port Authority chairman Naseer Khan Kashani said.`,
        `"We are not leaving," party co-founder Raza Rabbani told Geo News.`,
        `"It is our land," 76-year-old Gul Zaman said.`,
        `"Rates will hold," State Bank of Pakistan governor Jameel Ahmad said.`,
      ].join('\n\n'),
    ),
  ).toEqual([
    ['The port will be ready by June,', 'Naseer Khan Kashani', 'person'],
    ['We are not leaving,', 'Raza Rabbani', 'person'],
    ['It is our land,', 'Gul Zaman', 'person'],
    ['Rates will hold,', 'Jameel Ahmad', 'person'],
  ])
})

test('a phrasal speech verb may take an adverb before the colon', () => {
  expect(
    speakers(`When the envoy raised the border, Ishaq Dar shot back sharply: "We will not be lectured."`),
  ).toEqual([['We will not be lectured.', 'Ishaq Dar', 'person']])
})

test('a chunk opening with a past form is the verb, not an aside of the subject', () => {
  expect(
    speakers(
      `Aimal Wali Khan, a senator from Peshawar, endorsed the bill on Monday, saying it "puts the provinces first."`,
    ),
  ).toEqual([['puts the provinces first.', 'Aimal Wali Khan', 'person']])
})

test('in "X said …, while Y said that the “…”" the clause nearest the quote names its speaker', () => {
  expect(
    speakers(
      `Bilawal Bhutto said the budget had failed the poor, while Ahsan Iqbal said that the "numbers speak for themselves."`,
    ),
  ).toEqual([['numbers speak for themselves.', 'Ahsan Iqbal', 'person']])
})

test('"as X told Y," names the speaker, and a body after "of" is where the person works', () => {
  expect(
    speakers(
      `However, as Bishop Azad Marshall of the Church of Pakistan in Lahore told reporters, "We have buried too many."`,
    ),
  ).toEqual([['We have buried too many.', 'Azad Marshall', 'person']])
})

test('a scene that ends on a city and its province leaves the subject after it', () => {
  expect(
    speakers(
      `Speaking at a rally in Mardan, Khyber Pakhtunkhwa, Aimal Wali Khan went after the chief minister, calling him "a spectator."`,
    ),
  ).toEqual([['a spectator.', 'Aimal Wali Khan', 'person']])
})

test('after a quote that ends its sentence, "He added," leads into the next quote, not back', () => {
  expect(
    speakers(
      `As Justice Athar Minallah told the court, "The law is clear." He added, "We will not look away."`,
    ),
  ).toEqual([
    ['The law is clear.', 'Athar Minallah', 'person'],
    ['We will not look away.', 'Athar Minallah', 'person'],
  ])
})

test('a role set beside a name lets "the DG", "the witness" or "the UNO" find its holder later', () => {
  const names = (...paragraphs: string[]) => read(...paragraphs).map((q) => q.name)
  expect(
    names(
      `Maj Gen Farooq Aslam, Director General Inter-Services Public Relations (ISPR), briefed reporters on Monday.`,
      `"The operation will go on," the DG ISPR said.`,
    ),
  ).toEqual(['Farooq Aslam'])
  expect(
    names(
      `The second witness, Arif Hussain Shah, a driver from Larkana, told the court he had seen the van.`,
      `"I saw three men with rifles," the witness said.`,
    ),
  ).toEqual(['Arif Hussain Shah'])
  expect(
    names(
      `Companiganj Upazila Nirbahi Officer (UNO) Rezaul Karim said boats had been sent.`,
      `"No one will be left behind," the UNO said.`,
    ),
  ).toEqual(['Rezaul Karim'])
  expect(
    names(
      `Saeed Al Mansoori, Director-General of the Roads Authority, opened the bridge.`,
      `"Traffic will move in both directions," the Director-General added.`,
    ),
  ).toEqual(['Saeed Al Mansoori'])
  expect(
    names(
      `During the hearing, defence counsel Barrister Nadia Jafri questioned the inspector.`,
      `"Where is the seizure memo?" the counsel asked.`,
    ),
  ).toEqual(['Nadia Jafri'])
})

test('an acronym of a body, not an office, stays the body', () => {
  expect(
    read(
      `"The port is open," Rear Admiral Shahid Karim, chairman of the Karachi Port Trust (KPT), said.`,
      `The KPT said in a statement that it had "cleared every berth."`,
    ).map((q) => [q.name, q.kind]),
  ).toEqual([
    ['Shahid Karim', 'person'],
    ['Karachi Port Trust', 'organization'],
  ])
})

test('"the 58-year-old" is the person the story is following', () => {
  expect(
    read(
      `Outside Kandahar, Mohammad Gul Agha walks between rows of wheat.`,
      `"We planted what we were told to plant," the 58-year-old told reporters.`,
    ).map((q) => q.name),
  ).toEqual(['Mohammad Gul Agha'])
})

test('a given name tells "he" from "she"; a father\'s name later in it does not', () => {
  expect(
    read(
      `Justice Ayesha Malik and Advocate Khalid Javed Khan met in chambers. Sobia Tariq Awan, the registrar, was also present.`,
      `"The file is complete," she said.`,
      `"We will argue on Monday," he said.`,
    ).map((q) => q.name),
  ).toEqual(['Sobia Tariq Awan', 'Khalid Javed Khan'])
  expect(
    read(
      `Harbhajan Kaur Sandhu, 71, crossed with her grandson, Manjit Bains.`,
      `"I waited my whole life for this," she said.`,
    ).map((q) => q.name),
  ).toEqual(['Harbhajan Kaur Sandhu'])
})

test('a person named again by a surname alone is who a later "he" means', () => {
  expect(
    read(
      `Haji Abdul Wali Noorzai grows cotton now. Farida Sadat, an adviser, says prices are low.`,
      `Back in his field, Noorzai inspects a boll. "Maybe next year will be better," he said.`,
    ).map((q) => q.name),
  ).toEqual(['Abdul Wali Noorzai'])
})

test('"and X, sitting beside her, said he …" is a clause of its own, not an inset credit', () => {
  expect(
    speakers(
      `Dr Naila Baloch said the target was "ambitious but achievable", and Sanaullah Zehri, sitting beside her, said he was "confident."`,
    ),
  ).toEqual([
    ['ambitious but achievable', 'Naila Baloch', 'person'],
    ['confident.', 'Sanaullah Zehri', 'person'],
  ])
})

test('a role owned by a country before the name gives way to the name: "Nigeria\'s junior petroleum minister, X,"', () => {
  expect(
    speakers(
      [
        `"Water is a shared resource," Uzbekistan's deputy water resources minister, Sherzod Rakhimov, told the meeting.`,
        `"We were losing business to Colombo," Karachi Port Trust (KPT) Chairman Saad Warraich told reporters.`,
      ].join('\n\n'),
    ),
  ).toEqual([
    ['Water is a shared resource,', 'Sherzod Rakhimov', 'person'],
    ['We were losing business to Colombo,', 'Saad Warraich', 'person'],
  ])
})

test("in an interview, a question standing alone is the interviewer's, the answer the interviewee's", () => {
  expect(
    read(
      `Farah Naz, a midwife from Swat, sat down with The Express Tribune to talk about her work.`,
      `"What made you stay in the valley?" The Express Tribune asked.`,
      `"My mother was a midwife too," Ms Naz says.`,
      `"Did you ever think of leaving?"`,
      `"Every winter," she says, laughing.`,
    ).map((q) => q.name),
  ).toEqual(['Express Tribune', 'Farah Naz', 'Express Tribune', 'Farah Naz'])
})

test('a news outlet that speaks is a body, not a woman named Dawn', () => {
  expect(
    read(`Dawn reported that the talks had "collapsed in the night."`, `"It is over," she said.`).map((q) => [
      q.name,
      q.kind,
    ]),
  ).toEqual([
    ['Dawn', 'organization'],
    [null, null],
  ])
})

test('a scene that opens with its measure of time ("Hours later,") is no speaker: the subject after it is', () => {
  const quotes = extractQuotes([
    'Hours later, Imran Khan returned the compliment to the envoy, telling reporters, “He is an amazing man.”',
    'Two days earlier, Sadia Rana had welcomed the grant, calling it “a lifeline for the valley’s schools.”',
  ])
  expect(quotes.map((q) => q.speaker?.name)).toEqual(['Imran Khan', 'Sadia Rana'])
})

test('a named event, building or street is no person: the event speaks as a body, and "he" skips the place', () => {
  const quotes = extractQuotes([
    'The Pakistan Democratic Convention released a statement on Monday, calling the ban “an attack on every voter.”',
    'Imran Ahmed met donors at Centaurus Tower and later walked down Jinnah Avenue. “We will rebuild,” he said.',
  ])
  expect(quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
    ['Pakistan Democratic Convention', 'organization'],
    ['Imran Ahmed', 'person'],
  ])
})

test('a title "of" its office before a name is a title, and the name keeps its middle initial', () => {
  expect(
    speakers(
      `Minister of State for Interior Talal A. Chaudhry said on Monday that the talks were "a step forward."\n\n"We are ready," said Secretary of Defence Mark J. Rowe.`,
    ),
  ).toEqual([
    ['a step forward.', 'Talal A. Chaudhry', 'person'],
    ['We are ready,', 'Mark J. Rowe', 'person'],
  ])
})

test('initials after a given name do not end the sentence, and a title "of" an office alone is a role', () => {
  expect(
    speakers(
      `"Nothing has changed," said Rashid H.K. Barakzai.\n\n"The file is closed," said the Minister of Interior.`,
    ),
  ).toEqual([
    ['Nothing has changed,', 'Rashid H.K. Barakzai', 'person'],
    ['The file is closed,', 'Minister of Interior', 'anonymous'],
  ])
})

test('a dotted abbreviation before lower-case words stays inside the role, never the name', () => {
  expect(
    speakers(`"It was handled lightly," said a former U.A.E. police official who asked not to be named.`),
  ).toEqual([['It was handled lightly,', 'a former U.A.E. police official', 'anonymous']])
})

test('words framing a quoted phrase ("accused X of", "referred to X as") credit the subject', () => {
  expect(
    speakers(
      `Opposition leader Nadia Karim accused the minister of a "shameful retreat" on the budget.\n\nThe spokesman, Imran Aziz, referred to the protesters as "paid agitators" on Sunday.`,
    ),
  ).toEqual([
    ['shameful retreat', 'Nadia Karim', 'person'],
    ['paid agitators', 'Imran Aziz', 'person'],
  ])
})

test('a lone everyday word opening a sentence is no person, and a plural word for people is someone unnamed', () => {
  const found = speakers(
    `Sources said the cabinet would meet again, calling the offer "a good start."\n\nAides said: "The prime minister is not leaving."\n\nOperations resumed at dawn. "We are back," he said.`,
  )
  expect(found.map(([, , kind]) => kind)).not.toContain('person')
  expect(found[1]).toEqual(['The prime minister is not leaving.', 'Aides', 'anonymous'])
})

test('a platform or a well-known company that "posted" is a body, not a person', () => {
  expect(speakers(`Hours later, Twitter said: "The account has been suspended."`)).toEqual([
    ['The account has been suspended.', 'Twitter', 'organization'],
  ])
})

test('a place and a title with no given name is a role, and "an Iowa Democrat" is someone new', () => {
  const found = speakers(
    `Sindh Governor Kamran Tessori opened the session on Monday.\n\n"The province is ready," said a Punjab Democrat who asked not to be named.\n\n"We will see," said the Sindh Governor.`,
  )
  expect(found).toEqual([
    ['The province is ready,', 'Punjab Democrat', 'anonymous'],
    ['We will see,', 'Kamran Tessori', 'person'],
  ])
})

test('a name ending in the word of an event or a building speaks as the body behind it, its people unnamed', () => {
  expect(
    speakers(
      `"The doors open at nine," National Convention organisers said.\n\n"We are sold out," Expo Centre said in a statement.`,
    ).map(([text, , kind]) => [text, kind]),
  ).toEqual([
    ['The doors open at nine,', 'anonymous'],
    ['We are sold out,', 'organization'],
  ])
})

test('the region’s given names tell "he" from "she"', () => {
  expect(
    speakers(
      `Shazia Marri met Kamran Tessori in Karachi on Monday. "We agreed on the water plan," he said.\n\n"The details come next week," she added.`,
    ),
  ).toEqual([
    ['We agreed on the water plan,', 'Kamran Tessori', 'person'],
    ['The details come next week,', 'Shazia Marri', 'person'],
  ])
})

test('a contraction read where a speaker was looked for credits no one; "the family" and "the injured" speak', () => {
  const found = read(
    `"We're done here," I'm told.\n\n"We reject it," the family said.\n\n"Help us," the injured said.`,
  )
  expect(found.map((q) => [q.name, q.kind])).toEqual([
    [null, null],
    ['family', 'unknown'],
    ['injured', 'unknown'],
  ])
})

test('an adverb between a modal and its speech verb ("could only quip:") still attributes, and the unnamed speaker stops before the verb', () => {
  expect(speakers(`A spokesman for the ministry could only quip: "The file is with the cabinet."`)).toEqual([
    ['The file is with the cabinet.', 'A spokesman for the ministry', 'anonymous'],
  ])
})

test('a title\'s lower-case modifier that is also a speech verb ("state Sen. X said") opens the speaker', () => {
  expect(speakers(`"We are tying their hands," state Sen. Nadia Karim said during the debate.`)).toEqual([
    ['We are tying their hands,', 'Nadia Karim', 'person'],
  ])
})

test('"X, an aide, said Y “…”": the name after the verb is who was spoken of; the speaker is the subject', () => {
  expect(
    speakers(
      `In an interview, Farid Ahmadi, a former aide to the governor, said Karim "was personally involved in every decision."\n\nThe governor signed the order, while Sana Riaz, the opposition leader, proposed the council "start again from scratch."`,
    ),
  ).toEqual([
    ['was personally involved in every decision.', 'Farid Ahmadi', 'person'],
    ['start again from scratch.', 'Sana Riaz', 'person'],
  ])
})

test('a building or an event named like a person ("Emaar Tower Karachi") is no one for "he" to be', () => {
  const found = read(
    `Guests gathered at the launch of Emaar Tower Karachi on Monday.\n\n"We are proud of it," he said.`,
  )
  expect(found.map((q) => [q.text, q.name])).toEqual([['We are proud of it,', null]])
})

test('a speaker’s name never runs over a line break inside a paragraph', () => {
  expect(speakers(`Budget Watch\nQureshi said: "We will proceed with the session."`)).toEqual([
    ['We will proceed with the session.', 'Qureshi', 'person'],
  ])
})

test('a body’s noun right before a name makes it a body: "State energy company OQ said"', () => {
  expect(speakers(`State energy company OQ said production could start "within four years."`)).toEqual([
    ['within four years.', 'OQ', 'organization'],
  ])
})

test('an office a title is of or for, with "and" in it or its own words, stays with the title', () => {
  expect(
    speakers(
      [
        `"We are ready," Secretary of State John F. Kerry said.`,
        `"We agree," Minister for Law and Justice Azam Nazeer Tarar said.`,
        `Minister of State for Foreign Affairs Hina Rabbani Khar said: "The talks resume on Monday."`,
        `Federal Minister for Planning Ahsan Iqbal said: "The plan is funded."`,
        // The office alone later is its holder named before.
        `"The file is closed," the Minister for Law and Justice said.`,
      ].join('\n\n'),
    ),
  ).toEqual([
    ['We are ready,', 'John F. Kerry', 'person'],
    ['We agree,', 'Azam Nazeer Tarar', 'person'],
    ['The talks resume on Monday.', 'Hina Rabbani Khar', 'person'],
    ['The plan is funded.', 'Ahsan Iqbal', 'person'],
    ['The file is closed,', 'Azam Nazeer Tarar', 'person'],
  ])
  // With no holder named, the office is someone unnamed, and the quote is kept.
  expect(speakers(`"The file is closed," the Minister of State for Law and Justice said.`)).toEqual([
    ['The file is closed,', 'Minister of State for Law and Justice', 'anonymous'],
  ])
})

test('a surname that is also a title ("Begum", "Mufti") is a name when no place or office stands before it', () => {
  expect(
    speakers(
      `"We will not accept it," Shamima Begum said.\n\nMehbooba Mufti spoke in Srinagar on Monday. "We will fight on," Mufti said.`,
    ),
  ).toEqual([
    ['We will not accept it,', 'Shamima Begum', 'person'],
    ['We will fight on,', 'Mehbooba Mufti', 'person'],
  ])
})

test('a park named after a person is no one for "he" to be, and a title-cased scare quote after "of" is kept', () => {
  expect(
    speakers(
      `Crowds gathered at Iqbal Park on Monday. "We are proud of it," he said.\n\nThe party accused the government of "Treason," Khan said on Monday.`,
    ),
  ).toEqual([
    ['We are proud of it,', null, null],
    ['Treason,', 'Khan', 'person'],
  ])
})

test('a woman’s given name after an honorific men bear too is still hers: "she" finds Sheikh Hasina', () => {
  expect(speakers(`"We are ready," said Sheikh Hasina in Dhaka.\n\n"We will win," she added.`)).toEqual([
    ['We are ready,', 'Hasina', 'person'],
    ['We will win,', 'Hasina', 'person'],
  ])
})

test('"…, as X said" after a quote credits X; a past verb after a name ends the name', () => {
  expect(
    speakers(
      `The party is national, not just a “regional” force, as the provincial governor said after the vote.`,
    ),
  ).toEqual([['regional', 'provincial governor', 'anonymous']])
  expect(
    speakers(`Sharif met traders in Lahore on Monday and said the budget was “fair to every province.”`),
  ).toEqual([['fair to every province.', 'Sharif', 'person']])
})

test('a share of those polled speaks as someone unnamed', () => {
  expect(
    speakers(
      `Asked whether prices would fall, 21 percent said “very likely” and about four in 10 said “not at all.”`,
    ),
  ).toEqual([
    ['very likely', '21 percent', 'anonymous'],
    ['not at all.', 'about four in 10', 'anonymous'],
  ])
})

test('later quotes in the sentence of a kept quote are the same speaker’s, but not past a quoted sentence’s end', () => {
  expect(
    speakers(
      `Bilawal said in Larkana that the premier was “a puppet” while his ministers were “a circus” and “a disgrace.”`,
    ),
  ).toEqual([
    ['a puppet', 'Bilawal', 'person'],
    ['a circus', 'Bilawal', 'person'],
    ['a disgrace.', 'Bilawal', 'person'],
  ])
  // After a quote that ends its sentence, a short phrase with no one saying it is the writer's.
  expect(
    speakers(`Bilawal said the premier had “failed the country.” The “reset” with Kabul has stalled since.`),
  ).toEqual([['failed the country.', 'Bilawal', 'person']])
})

test('a speech verb in a clause opened by "after", "when", "because" has that clause’s subject', () => {
  expect(
    speakers(
      `The talks on a trade agreement were suspended in 2023 after then prime minister Nawaz Sharif told parliament there was “credible evidence” of meddling.`,
    ),
  ).toEqual([['credible evidence', 'Nawaz Sharif', 'person']])
})

test('"the agency", "the group" after a body that spoke is that body', () => {
  expect(
    speakers(
      `According to the United Nations Office on Drugs and Crime (UNODC), cultivation fell by 90 percent. In a report, the agency said farmers had “very limited support.”`,
    ),
  ).toEqual([['very limited support.', 'United Nations Office on Drugs and Crime', 'organization']])
})

test('a title of two lower-case words is read whole and finds its holder ("the chief justice asked")', () => {
  expect(
    speakers(
      `Chief Justice Yahya Afridi heard the petitions on Monday.\n\n"Forty-six out of how many?" the chief justice asked.`,
    ),
  ).toEqual([['Forty-six out of how many?', 'Yahya Afridi', 'person']])
})

test('an unnamed source "privy to" or "aware of" something is credited with what says who is meant', () => {
  expect(speakers(`“That is the sticking point,” an official privy to the talks said.`)).toEqual([
    ['That is the sticking point,', 'an official privy to the talks', 'anonymous'],
  ])
})

test('an acronym of the title someone was named with is that person ("the AAG replied")', () => {
  expect(
    speakers(
      `Additional Advocate General Qasim Wadood told the court the work was done.\n\n"My lord, the owners obtained stay orders," the AAG replied.`,
    ),
  ).toEqual([['My lord, the owners obtained stay orders,', 'Qasim Wadood', 'person']])
})

test('a name before its description with an article is the speaker; a clause after ", as" names its own', () => {
  expect(
    speakers(
      `Ayesha Malik, a British teacher who lives in Sharjah, said her commute took two hours. “I leave home at 5.45am,” she said.`,
    ),
  ).toEqual([['I leave home at 5.45am,', 'Ayesha Malik', 'person']])
  expect(
    speakers(
      `Counsel Sobia Afridi spoke first. Petitioner Imran Iqbal spoke next. “Nobody replied,” he said, as she added: “We will keep coming back.”`,
    ),
  ).toEqual([
    ['Nobody replied,', 'Imran Iqbal', 'person'],
    ['We will keep coming back.', 'Sobia Afridi', 'person'],
  ])
  // "Today, the paper calls it …": a word of time before the subject is no name.
  expect(speakers(`Today, the People's Daily newspaper calls it “the pearl” of the belt.`)[0]?.[1]).not.toBe(
    'Today',
  )
})

test('a given name that is a place’s too opens a speaker’s name before a surname', () => {
  expect(
    speakers(
      `Chad Morrison, Boeing’s vice president for sales in the Middle East, said demand was strong.\n\n“We see enormous growth in the region,” he said.`,
    ),
  ).toEqual([['We see enormous growth in the region,', 'Chad Morrison', 'person']])
})
