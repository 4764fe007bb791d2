/**
 * Raw news files in the layouts real scrapes produce, in agency, British, South Asian and Gulf house styles,
 * each with the reading a careful human reader would give. The stories are invented for these tests.
 */
import type { Dateline, Heading } from '../../lib/article.ts'
import type { CanonicalArticle } from './render-layouts.fixtures.ts'

/** A story as a reader sees it: the body with its dateline taken off, no furniture, no crossheads. */
export type Story = {
  title: string
  summary?: string[]
  /** The dateline as written before the first paragraph: "KARACHI:", "DUBAI, Jan 3 (Reuters) -". */
  dateline?: string
  paragraphs: string[]
}

export type ExpectedArticle = {
  story: Story
  /** The file has no headline for it: the title is its first sentence, cut at a word, with a warning. */
  untitled?: true
  /** A lead (an abstract) that a reader may take as the summary or as the first paragraph. */
  lead?: string
  byline?: string
  outlet?: string
  publishedAt?: string
  dateline?: Dateline
  headings?: Heading[]
  furniture?: string[]
  /** 1-based line where the article starts. */
  line?: number
  /** The opening words of a quote and a name its speaker must include. */
  speakers?: [quote: string, speaker: string][]
  /** Speakers the names layer does not find yet (a title joined by "of", a lower-case name particle). */
  pendingSpeakers?: [quote: string, speaker: string][]
}

export type LayoutFixture = {
  file: string
  style: 'agency' | 'british' | 'south-asian' | 'gulf' | 'north-american'
  layouts: string[]
  text: string
  articles: ExpectedArticle[]
  /** Lines of the warnings expected (a body with no headline), in order. */
  warnings?: number[]
  /** Lines a reading may keep in furniture or leave out of it (kickers, separators): the spec leaves it open. */
  optionalFurniture?: string[]
}

/** The story as written: its first paragraph with the dateline before it. */
export function toCanonical(name: string, story: Story): CanonicalArticle {
  const [first = '', ...rest] = story.paragraphs
  return {
    name,
    title: story.title,
    summary: story.summary ?? [],
    paragraphs: [story.dateline ? `${story.dateline} ${first}` : first, ...rest],
  }
}

const opening = (story: Story) => toCanonical('', story).paragraphs
const blankLines = (...blocks: string[]) => `${blocks.join('\n\n')}\n`
const singleLines = (...lines: string[]) => `${lines.join('\n')}\n`

// ——— Agency ———

const omanRail: Story = {
  title: 'Oman and UAE agree to speed up work on cross-border rail link',
  dateline: 'DUBAI, Jan 3 (Reuters) -',
  paragraphs: [
    'Oman and the United Arab Emirates agreed on Sunday to speed up construction of a 303-km railway linking the Omani port of Sohar with Abu Dhabi, the two governments said in a joint statement, as Gulf states look to cut freight costs and take trucks off their busiest highways.',
    'The line, expected to cost about $3 billion, will carry both cargo and passengers and cut the journey between Sohar and the Emirati capital to about an hour and forty minutes, the statement said.',
    '"This railway will change the way goods move between our two countries," Omani Transport Minister Salim al-Harthy told reporters in Muscat. "A factory in Sohar will be a short train ride from the markets of the Emirates."',
    "Officials at the UAE's state-owned rail operator said tenders for the first section would be issued by the end of March, with construction due to start in the second half of the year.",
    'Analysts said the project fits a wider push by Gulf governments to diversify their economies away from oil and to position the region as a logistics hub between Asia, Africa and Europe.',
    '"The Gulf has the money and the ports. What it has lacked is the rail network to tie them together," said Karim Haddad, who heads a Dubai-based transport consultancy.',
  ],
}

export const reutersHardWrapped: LayoutFixture = {
  file: 'reuters-oman-rail.txt',
  style: 'agency',
  layouts: [
    'hard-wrapped at 72 columns',
    'blank lines between paragraphs',
    'hyphen at a line end',
    'byline',
    'date line',
  ],
  text: `Oman and UAE agree to speed up work on cross-border rail link

By Omar Farooq

January 3, 2021

DUBAI, Jan 3 (Reuters) - Oman and the United Arab Emirates agreed on
Sunday to speed up construction of a 303-km railway linking the Omani
port of Sohar with Abu Dhabi, the two governments said in a joint
statement, as Gulf states look to cut freight costs and take trucks off
their busiest highways.

The line, expected to cost about $3 billion, will carry both cargo and
passengers and cut the journey between Sohar and the Emirati capital to
about an hour and forty minutes, the statement said.

"This railway will change the way goods move between our two countries,"
Omani Transport Minister Salim al-Harthy told reporters in Muscat. "A
factory in Sohar will be a short train ride from the markets of the
Emirates."

Officials at the UAE's state-owned rail operator said tenders for the
first section would be issued by the end of March, with construction due
to start in the second half of the year.

Analysts said the project fits a wider push by Gulf governments to
diversify their economies away from oil and to position the region as a
logistics hub between Asia, Africa and Europe.

"The Gulf has the money and the ports. What it has lacked is the rail
network to tie them together," said Karim Haddad, who heads a Dubai-
based transport consultancy.
`,
  articles: [
    {
      story: omanRail,
      byline: 'Omar Farooq',
      outlet: 'Reuters',
      publishedAt: '2021-01-03',
      dateline: { city: 'Dubai', country: 'AE' },
      furniture: ['January 3, 2021'],
      speakers: [
        ['The Gulf has the money', 'Karim Haddad'],
        ['This railway will change', 'Salim al-Harthy'],
      ],
    },
  ],
}

const torkham: Story = {
  title: 'Pakistan reopens Torkham crossing after week-long closure',
  dateline: 'Islamabad (AFP) –',
  paragraphs: [
    'Pakistan on Monday reopened its main border crossing with Afghanistan at Torkham, a week after it was shut following an exchange of fire between border guards, officials on both sides said.',
    'Hundreds of trucks carrying fruit, coal and medicine had been stranded on either side of the Khyber Pass, and traders said they had lost millions of rupees while they waited.',
    '"The gate opened at eight in the morning and the first trucks crossed within minutes," Irshad Mohmand, a customs official at Torkham, told AFP by telephone.',
    'A spokesman for the Taliban administration in Kabul said the two sides had agreed to set up a joint committee to settle disputes along the frontier. "We do not want trade to suffer because of misunderstandings," he said.',
    'Torkham is the busiest crossing on the 2,600-kilometre border, which Kabul has never formally recognised.',
    '"Every day the border stays shut, our children go hungry," said Gul Wali, a truck driver from Jalalabad who had waited six days to cross.',
  ],
}
const torkhamBody = opening(torkham)

export const afpPeriodAndRepeat: LayoutFixture = {
  file: 'afp-torkham.txt',
  style: 'agency',
  layouts: [
    'kicker label',
    'headline ending in a period',
    'headline repeated as the first sentence of the body',
    'byline with two names and an outlet',
    'Published date line',
    'Photo: AFP',
    'Advertisement',
  ],
  text: blankLines(
    'WORLD',
    'Pakistan reopens Torkham crossing after week-long closure.',
    'By Sara Malik and James Hart | AFP',
    'Published: 8 February 2021 10:22 AM',
    `Pakistan reopens Torkham crossing after week-long closure. ${torkhamBody[0]}`,
    torkhamBody[1]!,
    'Photo: AFP',
    torkhamBody[2]!,
    'Advertisement',
    ...torkhamBody.slice(3),
  ),
  articles: [
    {
      story: torkham,
      byline: 'Sara Malik and James Hart | AFP',
      outlet: 'AFP',
      publishedAt: '2021-02-08',
      dateline: { city: 'Islamabad', country: 'PK' },
      furniture: ['Published: 8 February 2021 10:22 AM', 'Photo: AFP', 'Advertisement'],
      speakers: [
        ['The gate opened', 'Irshad Mohmand'],
        ['Every day the border', 'Gul Wali'],
      ],
    },
  ],
  optionalFurniture: ['WORLD'],
}

const batkenBorder: Story = {
  title: 'Kyrgyzstan and Tajikistan reopen border crossings after deadly clashes',
  dateline: 'BISHKEK, Kyrgyzstan (AP) —',
  paragraphs: [
    'Kyrgyzstan and Tajikistan reopened two border crossings on Monday for the first time since clashes over disputed land killed dozens of people, allowing families and traders to move between the two Central Asian nations again.',
    'Border officials on both sides said several hundred people crossed at the two checkpoints in the first hours, many of them carrying sacks of flour and rice and cans of cooking oil.',
    '"I have not seen my sister for a year and a half. Tonight I will sleep in her house," said Zarina Usmonova, 54, as she waited in line on the Tajik side.',
    'The agreement to reopen the crossings was signed in Dushanbe last week after months of talks on marking the 970-kilometer frontier, much of which has never been formally demarcated.',
    'Kyrgyz Deputy Foreign Minister Nurlan Abdyraev called the deal "a victory for common sense" in a statement posted on the ministry\'s website.',
    'Residents of the Batken region, where much of the fighting took place, said they hoped the peace would hold. "We are tired of fighting our neighbors. We pray in the same mosques," said Bakyt Toktosunov, a farmer.',
    'Associated Press writer Dilnoza Rakhimova in Tashkent, Uzbekistan, contributed to this report.',
  ],
}
const batkenBody = opening(batkenBorder)

export const apSingleNewlinesCrlf: LayoutFixture = {
  file: 'ap-batken-border.txt',
  style: 'agency',
  layouts: ['CRLF line ends', 'single-newline paragraphs', 'Updated date line', '___ rule', 'Copyright line'],
  text: [
    batkenBorder.title,
    'Updated 12 Jan 2021',
    ...batkenBody.slice(0, 6),
    '___',
    batkenBody[6]!,
    'Copyright 2021 The Associated Press. All rights reserved.',
    '',
  ].join('\r\n'),
  articles: [
    {
      story: batkenBorder,
      outlet: 'AP',
      publishedAt: '2021-01-12',
      dateline: { city: 'Bishkek', country: 'KG' },
      furniture: ['Updated 12 Jan 2021', '___', 'Copyright 2021 The Associated Press. All rights reserved.'],
      speakers: [
        ['I have not seen my sister', 'Zarina Usmonova'],
        ['We are tired of fighting', 'Bakyt Toktosunov'],
      ],
    },
  ],
}

const kazakhVisit: Story = {
  title: 'Kazakh foreign minister heads to Washington, D.C.',
  dateline: 'ASTANA, Kazakhstan (AP) —',
  paragraphs: [
    "Kazakhstan's foreign minister left for the United States on Wednesday for talks on trade, energy and regional security, his ministry said, the first such visit in more than two years.",
    'Foreign Minister Yerlan Sadykov is expected to meet officials at the State Department and business leaders from American oil companies that operate fields in western Kazakhstan.',
    '"Kazakhstan wants balanced relations with all its partners, in the East and in the West," ministry spokesman Aibek Zhumabayev told reporters in Astana.',
    'The oil-rich Central Asian nation shares a long border with Russia and has close trade ties with China, but has sought in recent years to attract more Western investment.',
    '"We see American companies as long-term partners," Zhumabayev said.',
  ],
}

export const apAbbreviationHeadline: LayoutFixture = {
  file: 'ap-kazakh-visit.txt',
  style: 'agency',
  layouts: ['headline ending in an abbreviation', 'blank lines between paragraphs'],
  text: blankLines(kazakhVisit.title, ...opening(kazakhVisit)),
  articles: [
    {
      story: kazakhVisit,
      outlet: 'AP',
      dateline: { city: 'Astana', country: 'KZ' },
      speakers: [['Kazakhstan wants balanced relations', 'Aibek Zhumabayev']],
    },
  ],
}

// ——— South Asian ———

const kkhBus: Story = {
  title: '18 killed as bus plunges into ravine on Karakoram Highway',
  dateline: 'GILGIT:',
  paragraphs: [
    'At least 18 people were killed and 11 injured when a passenger bus fell into a ravine on the Karakoram Highway near Chilas in Diamer district on Saturday night, police said.',
    'The bus was travelling from Rawalpindi to Gilgit with 29 passengers on board when the driver lost control on a sharp bend, Diamer Superintendent of Police Abdul Hameed told reporters.',
    '"The bus fell nearly 300 feet into the gorge. Rescue teams had to use ropes to reach the wreckage," he said.',
    'The injured were shifted to the District Headquarters Hospital in Chilas, where doctors said four of them were in a critical condition.',
    'A spokesman for the Gilgit-Baltistan government said the chief minister had ordered an inquiry into the accident and directed officials to provide the best possible care to the injured.',
    'Residents said the road had been damaged by recent rains. "We have asked the authorities many times to put up barriers on this stretch, but nobody listens," said Muhammad Rafiq, a shopkeeper in Chilas.',
  ],
}
const kkhBody = opening(kkhBus)
const kkhReadMore = 'Read more: Karakoram Highway reopens after landslides block traffic for three days'

export const dawnDigitHeadline: LayoutFixture = {
  file: 'dawn-kkh-bus.txt',
  style: 'south-asian',
  layouts: [
    'kicker label',
    'headline starting with a digit',
    'Our Correspondent byline',
    'Published date line',
    'Read more: line',
    'Follow us on Twitter',
  ],
  text: blankLines(
    'Pakistan',
    kkhBus.title,
    'Our Correspondent',
    'Published January 3, 2021',
    ...kkhBody.slice(0, 2),
    kkhReadMore,
    ...kkhBody.slice(2),
    'Follow us on Twitter',
  ),
  articles: [
    {
      story: kkhBus,
      byline: 'Our Correspondent',
      publishedAt: '2021-01-03',
      furniture: ['Published January 3, 2021', kkhReadMore, 'Follow us on Twitter'],
      speakers: [
        ['We have asked the authorities', 'Muhammad Rafiq'],
        ['The bus fell nearly', 'Abdul Hameed'],
      ],
    },
  ],
  optionalFurniture: ['Pakistan'],
}

const sindhRelief: Story = {
  title: 'Sindh cabinet approves Rs5bn relief package for flood-hit districts',
  summary: ['Chief minister says cash grants will reach 200,000 families before Eid'],
  dateline: 'KARACHI:',
  paragraphs: [
    "The Sindh cabinet on Saturday approved a relief package of Rs5 billion for families affected by last month's floods in Dadu, Jamshoro and Qambar Shahdadkot districts.",
    'Under the package, each registered family will receive a cash grant of Rs25,000, while farmers whose crops were destroyed will be given seed and fertiliser free of cost for the next sowing season.',
    '"No family will be left behind. The money will be transferred directly to their accounts so that nobody has to stand in queues," the chief minister said while chairing the meeting.',
    'Provincial Finance Secretary Asif Jamali told the cabinet that the funds had already been released to the district administrations and that the first payments would be made on Monday.',
    'The opposition in the Sindh Assembly called the package too little, too late. "Families have been living in tents for six weeks. Where was the government then?" said Aftab Shaikh, an opposition member from Hyderabad.',
  ],
}

export const theNewsDeck: LayoutFixture = {
  file: 'thenews-sindh-relief.txt',
  style: 'south-asian',
  layouts: [
    'deck under the headline',
    'Staff Reporter byline',
    'Updated and Published date lines',
    'Share this article',
  ],
  text: blankLines(
    sindhRelief.title,
    sindhRelief.summary![0]!,
    'Staff Reporter',
    'Updated 12 Jan 2021',
    'Published: 9 January 2021 10:22 AM',
    ...opening(sindhRelief),
    'Share this article',
  ),
  articles: [
    {
      story: sindhRelief,
      byline: 'Staff Reporter',
      publishedAt: '2021-01-09',
      dateline: { city: 'Karachi', country: 'PK' },
      furniture: ['Updated 12 Jan 2021', 'Published: 9 January 2021 10:22 AM', 'Share this article'],
      speakers: [['Families have been living', 'Aftab Shaikh']],
    },
  ],
}

const measles: Story = {
  title:
    'The Ministry of Public Health said on Sunday that a new measles vaccination campaign would reach more than three million children in seventeen provinces over the next two weeks, the largest such drive this year.',
  paragraphs: [
    'The Ministry of Public Health said on Sunday that a new measles vaccination campaign would reach more than three million children in seventeen provinces over the next two weeks, the largest such drive this year. Health workers will go from house to house in rural districts where clinics are far away.',
    'According to the ministry, more than 12,000 vaccinators, most of them women, have been trained for the campaign, which is supported by the World Health Organization and UNICEF.',
    '"Measles is spreading fast in the south and east of the country, and many children have not received even one dose," said Ahmadullah Rahimi, a spokesman for the ministry.',
    "Doctors at the Indira Gandhi children's hospital in Kabul said the number of measles cases had doubled since the start of winter.",
    '"Most of the children we see have never been vaccinated. Their parents live far from any clinic," said Nazifa Karimi, a paediatrician at the hospital.',
  ],
}

export const bodyWithoutHeadline: LayoutFixture = {
  file: 'tolo-measles.txt',
  style: 'south-asian',
  layouts: ['body with no headline', 'single-newline paragraphs'],
  text: singleLines(...measles.paragraphs),
  articles: [{ story: measles, untitled: true, speakers: [['Measles is spreading', 'Ahmadullah Rahimi']] }],
  warnings: [1],
}

const polioAttack: Story = {
  title: 'Two polio workers were shot dead in Killa Abdullah district on Monday.',
  dateline: 'QUETTA:',
  paragraphs: [
    'Two polio workers were shot dead in Killa Abdullah district on Monday. Police said two men on a motorcycle opened fire on the team as it went from door to door in a village near the Afghan border.',
    'The workers, a man and a woman, were part of a week-long campaign to vaccinate more than two million children across Balochistan.',
    '"These brave workers gave their lives to protect our children. Those responsible will be brought to justice," the provincial health minister said in a statement.',
    'The campaign was suspended in the district after the attack, officials said.',
    'Pakistan and Afghanistan are the only two countries where wild polio is still endemic. Health workers have often been targeted by militants who claim that vaccination campaigns are a cover for spying.',
  ],
}

export const datelineWithoutHeadline: LayoutFixture = {
  file: 'dawn-quetta-polio.txt',
  style: 'south-asian',
  layouts: ['dateline paragraph with no headline', 'blank lines between paragraphs'],
  text: blankLines(...opening(polioAttack)),
  articles: [{ story: polioAttack, untitled: true, dateline: { city: 'Quetta', country: 'PK' } }],
  warnings: [1],
}

const karachiBuses: Story = {
  title: 'Karachi to get 250 electric buses on new routes by June',
  summary: ['Routes to link Malir and Korangi with Saddar', 'Fares to stay at Rs50 for the first year'],
  dateline: 'KARACHI:',
  paragraphs: [
    "The Sindh government will put 250 electric buses on the roads of Karachi by June, the provincial transport minister announced on Wednesday, as part of a plan to cut air pollution and ease the city's chronic shortage of public transport.",
    'The buses will run on eight new routes linking Malir, Korangi and Orangi Town with the city centre, and fares will be kept at Rs50 for the first year.',
    '"Karachi is a city of more than 20 million people and it deserves a proper public transport system. This is only the start," the minister told a news conference.',
    'Commuters welcomed the announcement but said previous schemes had been abandoned halfway. "We have heard these promises before. I will believe it when I see the bus at my stop," said Shazia Parveen, a schoolteacher who travels two hours a day.',
  ],
}
const lahoreTraders: Story = {
  title: 'Traders in Lahore call strike against new tax on small shops',
  summary: ['Markets to stay shut on Saturday'],
  dateline: 'LAHORE:',
  paragraphs: [
    "Traders' associations in Lahore on Wednesday announced a strike for Saturday against a new fixed tax on small shopkeepers, saying it would force thousands of family businesses to close.",
    'The tax, introduced in the federal budget, requires shops in commercial areas to pay a monthly amount based on their size and location, collected through electricity bills.',
    '"We are not against paying tax, but this scheme has been made without asking a single trader," said Naeem Mir, the president of a traders\' association on Hall Road. "The government must sit with us before it is too late."',
    'Officials of the Federal Board of Revenue said the scheme was meant to bring retailers into the tax net and that the rates would be reviewed after consultations.',
  ],
}

export const repeatedHeadlines: LayoutFixture = {
  file: 'thenews-city-pages.txt',
  style: 'south-asian',
  layouts: [
    'repeated headline lines start articles',
    'single-newline paragraphs',
    'byline after the bullets',
  ],
  text: singleLines(
    karachiBuses.title,
    karachiBuses.title,
    ...karachiBuses.summary!.map((s) => `- ${s}`),
    'Staff Reporter',
    ...opening(karachiBuses),
    lahoreTraders.title,
    lahoreTraders.title,
    `- ${lahoreTraders.summary![0]}`,
    'From our correspondent',
    ...opening(lahoreTraders),
  ),
  articles: [
    {
      story: karachiBuses,
      byline: 'Staff Reporter',
      line: 1,
      dateline: { city: 'Karachi', country: 'PK' },
      speakers: [['We have heard these promises', 'Shazia Parveen']],
    },
    {
      story: lahoreTraders,
      byline: 'From our correspondent',
      line: 10,
      dateline: { city: 'Lahore', country: 'PK' },
      speakers: [['We are not against paying tax', 'Naeem Mir']],
    },
  ],
}

const kpSmog: Story = {
  title: 'KP bans crop burning as smog chokes Peshawar',
  summary: [
    'Brick kilns without modern technology to be sealed',
    'Hospitals report rise in patients with breathing problems',
  ],
  dateline: 'PESHAWAR:',
  paragraphs: [
    'The Khyber Pakhtunkhwa government on Tuesday banned the burning of crop stubble across the province for the next three months, as a thick blanket of smog settled over Peshawar and nearby districts.',
    'Officials said teams had been formed to fine farmers who set fire to their fields, and that brick kilns operating without modern technology would be sealed.',
    '"The air our children are breathing is poison. We cannot allow this to continue," the provincial environment minister told reporters.',
    'Doctors at Lady Reading Hospital said the number of patients with breathing problems had risen sharply in the past week.',
  ],
}
const ihcInternet: Story = {
  title: 'Islamabad High Court orders restoration of mobile internet in capital',
  summary: ['Court says shutdown violated fundamental rights'],
  dateline: 'ISLAMABAD:',
  paragraphs: [
    'The Islamabad High Court on Tuesday ordered the government to restore mobile internet services in the federal capital, which had been suspended for four days, saying the shutdown had hurt millions of people.',
    'The court was hearing petitions filed by a group of lawyers and a business association, who argued that the suspension had been imposed without any legal basis.',
    '"The state cannot switch off the lives of its citizens at will," the chief justice remarked during the hearing.',
    'The interior ministry had said the services were suspended for security reasons. Its lawyer told the court that a decision would be taken after a review by the security agencies.',
  ],
}

export const seedLayout: LayoutFixture = {
  file: 'dawn-seed-layout.txt',
  style: 'south-asian',
  layouts: ['body first, then its repeated headline and bullets', 'then headline, bullets and body'],
  text: singleLines(
    ...opening(kpSmog),
    kpSmog.title,
    kpSmog.title,
    ...kpSmog.summary!.map((s) => `- ${s}`),
    ihcInternet.title,
    `- ${ihcInternet.summary![0]}`,
    ...opening(ihcInternet),
  ),
  articles: [
    { story: kpSmog, line: 1, dateline: { city: 'Peshawar', country: 'PK' } },
    { story: ihcInternet, line: 9, dateline: { city: 'Islamabad', country: 'PK' } },
  ],
}

// ——— Gulf ———

const middayBreak: Story = {
  title: 'Midday break for outdoor workers begins across the UAE',
  dateline: 'DUBAI:',
  paragraphs: [
    'Outdoor work in direct sunlight will be banned between 12.30pm and 3pm from today until September 15, the Ministry of Human Resources and Emiratisation announced on Tuesday.',
    'The midday break, now in its seventeenth year, applies to construction sites, farms and delivery services across the country.',
    'Employers must provide shaded areas, cold drinking water and cooling equipment for workers who have to stay on site during the break, the ministry said.',
    '"The health and safety of workers is our first priority. We will not hesitate to act against companies that put their staff at risk," said Saif Al Marri, an assistant undersecretary at the ministry.',
    "Companies found in breach face a fine of Dh5,000 for each worker, up to a maximum of Dh50,000. Residents can report violations through the ministry's call centre.",
    'Delivery riders welcomed the break but said more rest stops were needed. "In August the road feels like an oven. Even ten minutes in the shade makes a difference," said Imran Qureshi, a rider from Lahore who has worked in Dubai for six years.',
  ],
}
const middayBody = opening(middayBreak)
const middayClickHere = "Click here to read the ministry's full guidelines"

export const gulfNewsCrossheads: LayoutFixture = {
  file: 'gulfnews-midday-break.txt',
  style: 'gulf',
  layouts: [
    'kicker label',
    'byline naming the outlet',
    'single-newline paragraphs',
    'crossheads, one a question',
    'Click here to … line',
    'Subscribe to our newsletter',
  ],
  text: singleLines(
    'UAE',
    middayBreak.title,
    'By Nadia Rahman, Gulf News',
    'Published: 15 June 2021 10:22 AM',
    ...middayBody.slice(0, 2),
    'What the rules say',
    ...middayBody.slice(2, 4),
    'What happens to companies that break the rules?',
    middayBody[4]!,
    middayClickHere,
    middayBody[5]!,
    'Subscribe to our newsletter',
  ),
  articles: [
    {
      story: middayBreak,
      byline: 'Nadia Rahman, Gulf News',
      outlet: 'Gulf News',
      publishedAt: '2021-06-15',
      dateline: { city: 'Dubai', country: 'AE' },
      headings: [
        { paragraph: 2, text: 'What the rules say' },
        { paragraph: 4, text: 'What happens to companies that break the rules?' },
      ],
      furniture: ['Published: 15 June 2021 10:22 AM', middayClickHere, 'Subscribe to our newsletter'],
      speakers: [
        ['The health and safety', 'Saif Al Marri'],
        ['In August the road', 'Imran Qureshi'],
      ],
    },
  ],
  optionalFurniture: ['UAE'],
}

const abuDhabiFog: Story = {
  title: 'Abu Dhabi Police Urge Motorists to Slow Down as Dense Fog Blankets Highways',
  dateline: 'ABU DHABI:',
  paragraphs: [
    'Abu Dhabi Police on Tuesday urged motorists to slow down and keep a safe distance after dense fog cut visibility to less than 200 metres on several main roads in the emirate.',
    'The National Centre of Meteorology issued a red alert for parts of Abu Dhabi and Dubai until 9.30am, warning that visibility could drop further near the coast.',
    'The police said in a post on social media that the speed limit on the Abu Dhabi-Al Ain road had been lowered to 80kmph while the fog lasted.',
    'Dear motorists, please reduce your speed and follow the electronic signs on the roads #fog pic.twitter.com/Xr4Tq9Lm2W',
    '— Abu Dhabi Police (@ADPoliceHQ) January 12, 2021',
    '"Drivers must switch on their low-beam lights and avoid changing lanes or overtaking in fog," said Brigadier Mahmoud Al Balushi, the director of traffic and patrols.',
    'Residents of Al Shamkha said it was the thickest fog they had seen this winter. "I could not see the car in front of me until I was almost touching it," said Rohan Menon, who drives to Dubai every day.',
  ],
}
const fogBody = opening(abuDhabiFog)

export const khaleejEmbeddedPost: LayoutFixture = {
  file: 'khaleej-abu-dhabi-fog.txt',
  style: 'gulf',
  layouts: ['Title Case headline', 'embedded post and its credit line', '(Reuters) photo credit', '© line'],
  text: blankLines(
    abuDhabiFog.title,
    'By Staff Reporter',
    'Published: 12 January 2021 10:22 AM',
    ...fogBody.slice(0, 2),
    '(Reuters)',
    ...fogBody.slice(2),
    '© 2021 All rights reserved.',
  ),
  articles: [
    {
      story: abuDhabiFog,
      byline: 'Staff Reporter',
      publishedAt: '2021-01-12',
      dateline: { city: 'Abu Dhabi', country: 'AE' },
      furniture: ['Published: 12 January 2021 10:22 AM', '(Reuters)', '© 2021 All rights reserved.'],
      speakers: [['Drivers must switch on', 'Mahmoud Al Balushi']],
    },
  ],
}

const dohaTalks: Story = {
  title: "Qatar to host talks on Afghan girls' education next month",
  summary: ['Envoys from 20 countries expected in Doha'],
  dateline: 'DOHA:',
  paragraphs: [
    'Qatar will host a two-day meeting next month on reopening secondary schools and universities to girls in Afghanistan, the foreign ministry said on Thursday.',
    'Envoys from about 20 countries and representatives of the United Nations are expected to attend, along with a delegation from Kabul, the ministry said.',
    '"Education is a right for every girl and boy. Qatar will continue to use its good offices to bring the parties together," ministry spokesman Khalid Al Mansouri said.',
    'Girls have been barred from school beyond the sixth grade in Afghanistan since 2021, a policy that has drawn condemnation from Muslim-majority countries as well as the West.',
  ],
}
const kuwaitVisas: Story = {
  title: 'Kuwait eases visa rules for families of expatriate workers',
  summary: ['Minimum salary for family visas cut to 800 dinars', 'Rules take effect from next month'],
  dateline: 'KUWAIT CITY:',
  paragraphs: [
    'Kuwait will lower the minimum salary that expatriate workers must earn to bring their families into the country, the interior ministry said on Sunday, reversing part of a policy that had split thousands of households.',
    'Under the new rules, residents earning at least 800 dinars a month will be able to sponsor visas for their spouses and children, down from 1,500 dinars.',
    '"Family stability is important for society and for the economy," the ministry said in a statement.',
    'Indian, Egyptian and Filipino community groups welcomed the decision. "Many of our members have not lived with their children for years," said Thomas Mathew, who heads an Indian workers\' association in Kuwait.',
  ],
}

export const headlineBulletsDateline: LayoutFixture = {
  file: 'gulf-briefs.txt',
  style: 'gulf',
  layouts: [
    'headline and bullets before a dateline paragraph start articles',
    'blank lines between paragraphs',
  ],
  text: blankLines(
    dohaTalks.title,
    `- ${dohaTalks.summary![0]}`,
    ...opening(dohaTalks),
    kuwaitVisas.title,
    ...kuwaitVisas.summary!.map((s) => `- ${s}`),
    ...opening(kuwaitVisas),
  ),
  articles: [
    {
      story: dohaTalks,
      line: 1,
      dateline: { city: 'Doha', country: 'QA' },
      speakers: [['Education is a right', 'Khalid Al Mansouri']],
    },
    {
      story: kuwaitVisas,
      line: 13,
      dateline: { city: 'Kuwait City', country: 'KW' },
      speakers: [['Many of our members', 'Thomas Mathew']],
    },
  ],
}

// ——— British ———

const bradfordAppeal: Story = {
  title: 'Bradford mosques raise £250,000 for flood victims in Pakistan',
  paragraphs: [
    'Mosques and community groups in Bradford have raised more than £250,000 for families hit by floods in Pakistan, organisers have said.',
    'Volunteers spent three weekends collecting donations outside shops and after Friday prayers, with many families in the city sending money to relatives in the worst-affected areas.',
    'Tariq Mahmood, who chairs a council of mosques in the city, said the response had been "overwhelming".',
    '"People here have family in those villages. They have seen the pictures of homes under water and they wanted to do something straight away," he said.',
    'Organisers said the money would pay for tents, clean water and medicine, and that a team of doctors from West Yorkshire would travel to Sindh next month.',
    'Bradford Council said it was proud of the city\'s response. "This shows the strength of the links between Bradford and Pakistan," a spokesperson said.',
  ],
}
const bradfordCaption = 'Image caption, Floodwater covered large parts of Sindh province over the summer'
const bradfordRelated = 'Related: Floods leave a third of Pakistan under water'

export const bbcCaptions: LayoutFixture = {
  file: 'bbc-bradford-appeal.txt',
  style: 'british',
  layouts: [
    'By byline',
    'Published day-first date line',
    'Image source and Image caption lines',
    'crosshead',
    'Related: line',
  ],
  text: blankLines(
    bradfordAppeal.title,
    'By Rebecca Moss',
    'Published 21 September 2022',
    ...bradfordAppeal.paragraphs.slice(0, 2),
    'Image source, Getty Images',
    bradfordCaption,
    ...bradfordAppeal.paragraphs.slice(2, 4),
    'How will the money be spent?',
    bradfordAppeal.paragraphs[4]!,
    bradfordRelated,
    bradfordAppeal.paragraphs[5]!,
  ),
  articles: [
    {
      story: bradfordAppeal,
      byline: 'Rebecca Moss',
      publishedAt: '2022-09-21',
      headings: [{ paragraph: 4, text: 'How will the money be spent?' }],
      furniture: [
        'Published 21 September 2022',
        'Image source, Getty Images',
        bradfordCaption,
        bradfordRelated,
      ],
      speakers: [['People here have family', 'Tariq Mahmood']],
    },
  ],
}

const heathrowStrike: Story = {
  title: 'Heathrow strike threatens Easter travel chaos for families flying to South Asia',
  paragraphs: [
    'Passport control officers at Heathrow will walk out for four days over Easter in a dispute over pay, the PCS union has said, raising the prospect of long queues for thousands of families returning from Pakistan, India and Bangladesh.',
    'More than 500 Border Force staff are expected to join the strike, which begins on Thursday, the union said.',
    '"Our members have not had a real pay rise in years. They do not take this action lightly," said Sarah Owens, the union\'s general secretary.',
    'The Home Office said military personnel and civil servants from other departments had been trained to check passports during the walkout. "We will do everything we can to keep disruption to a minimum," a spokesperson said.',
    'Travel agents in Southall and Birmingham, which serve large British Asian communities, said customers had been calling to ask whether they should rebook.',
    '"Many of these families have saved for a year to visit relatives in Lahore or Dhaka," said Amjad Khan, who runs an agency in Southall. "Now they do not know whether they will be stuck for hours at the airport."',
  ],
}

export const guardianIndentedWrap: LayoutFixture = {
  file: 'guardian-heathrow-strike.txt',
  style: 'british',
  layouts: [
    'hard-wrapped at 70 columns with a uniform indent',
    'blank lines between paragraphs',
    'ISO date line',
    'Copyright line',
  ],
  text: `  Heathrow strike threatens Easter travel chaos for families flying to South Asia

  2021-03-28

  Passport control officers at Heathrow will walk out for four days
  over Easter in a dispute over pay, the PCS union has said, raising
  the prospect of long queues for thousands of families returning from
  Pakistan, India and Bangladesh.

  More than 500 Border Force staff are expected to join the strike,
  which begins on Thursday, the union said.

  "Our members have not had a real pay rise in years. They do not take
  this action lightly," said Sarah Owens, the union's general
  secretary.

  The Home Office said military personnel and civil servants from
  other departments had been trained to check passports during the
  walkout. "We will do everything we can to keep disruption to a
  minimum," a spokesperson said.

  Travel agents in Southall and Birmingham, which serve large British
  Asian communities, said customers had been calling to ask whether
  they should rebook.

  "Many of these families have saved for a year to visit relatives in
  Lahore or Dhaka," said Amjad Khan, who runs an agency in Southall.
  "Now they do not know whether they will be stuck for hours at the
  airport."

  Copyright 2021. All rights reserved.
`,
  articles: [
    {
      story: heathrowStrike,
      publishedAt: '2021-03-28',
      furniture: ['2021-03-28', 'Copyright 2021. All rights reserved.'],
      speakers: [
        ['Our members have not had', 'Sarah Owens'],
        ['Many of these families', 'Amjad Khan'],
      ],
    },
  ],
}

// ——— North American ———

const dohaPrisoners: Story = {
  title: 'U.S. and Taliban resume talks in Doha on prisoner exchange',
  paragraphs: [
    'American and Taliban officials met in the Qatari capital on Tuesday for their first direct talks in months, with both sides signaling that an exchange of prisoners could be close.',
    "The talks, hosted by Qatar's Foreign Ministry, were attended by a State Department envoy and a Taliban delegation led by a deputy foreign minister, according to two officials familiar with the meeting.",
    '"We are here to listen and to find a way forward on the detainees," a State Department spokesman said in Washington. "Nothing is agreed until everything is agreed."',
    'Hamdullah Noorzai, a Taliban spokesman, said on social media that the meeting had been "positive and constructive."',
    'Families of Americans held in Afghanistan have pressed the administration for months to reach a deal. "We just want him home," the sister of one detainee said in an interview.',
    'Qatar has served as a go-between for Washington and the Taliban for more than a decade, and it helped evacuate thousands of foreigners and Afghans after the fall of Kabul in 2021.',
  ],
}
const dohaAbstract =
  'American and Taliban negotiators met in Qatar for the first time in months, with a possible exchange of prisoners at the top of the agenda.'

export const sectionLabels: LayoutFixture = {
  file: 'nyt-doha-prisoners.txt',
  style: 'north-american',
  layouts: [
    'headline ending in a period',
    'ABSTRACT. and FULL TEXT. section labels',
    'blank lines between paragraphs',
  ],
  text: blankLines(
    `${dohaPrisoners.title}.`,
    'ABSTRACT.',
    dohaAbstract,
    'FULL TEXT.',
    ...dohaPrisoners.paragraphs,
  ),
  articles: [{ story: dohaPrisoners, lead: dohaAbstract, furniture: ['ABSTRACT.', 'FULL TEXT.'] }],
}

const afghanRelatives: Story = {
  title: 'B.C. family pleads for help to bring relatives out of Afghanistan',
  paragraphs: [
    'A family in Surrey, B.C., is pleading with the federal government to speed up applications for relatives who have been hiding in Kabul since the Taliban took power.',
    'Farid Ahmadi, who came to Canada as a refugee in 2012, says his brother worked as an interpreter for Canadian troops in Kandahar and has been moving between safe houses for months.',
    '"Every night he calls me and asks if there is any news. I have nothing to tell him," Ahmadi said in an interview at his home.',
    'Immigration, Refugees and Citizenship Canada said in a statement that it had resettled more than 40,000 Afghans so far and could not comment on individual cases because of privacy laws.',
    'Advocates say thousands of people who worked with Canadian soldiers and diplomats are still waiting for an answer.',
    '"These are people who risked their lives for us. We made them a promise," said Wendy Long, a retired army officer who now helps Afghan families with their paperwork.',
  ],
}

export const cbcFirstLineIndent: LayoutFixture = {
  file: 'cbc-afghan-relatives.txt',
  style: 'north-american',
  layouts: [
    'paragraphs told apart by first-line indentation alone',
    'hard-wrapped at 66 columns',
    '(CBC) credit',
  ],
  text: `B.C. family pleads for help to bring relatives out of Afghanistan
    A family in Surrey, B.C., is pleading with the federal
government to speed up applications for relatives who have been
hiding in Kabul since the Taliban took power.
    Farid Ahmadi, who came to Canada as a refugee in 2012, says
his brother worked as an interpreter for Canadian troops in
Kandahar and has been moving between safe houses for months.
    (CBC)
    "Every night he calls me and asks if there is any news. I have
nothing to tell him," Ahmadi said in an interview at his home.
    Immigration, Refugees and Citizenship Canada said in a
statement that it had resettled more than 40,000 Afghans so far
and could not comment on individual cases because of privacy laws.
    Advocates say thousands of people who worked with Canadian
soldiers and diplomats are still waiting for an answer.
    "These are people who risked their lives for us. We made them
a promise," said Wendy Long, a retired army officer who now helps
Afghan families with their paperwork.
`,
  articles: [
    {
      story: afghanRelatives,
      furniture: ['(CBC)'],
      speakers: [
        ['Every night he calls me', 'Ahmadi'],
        ['These are people who risked', 'Wendy Long'],
      ],
    },
  ],
}

// ——— Agency digest with separators ———

const uzPower: Story = {
  title: 'Uzbekistan raises household electricity prices',
  dateline: 'TASHKENT, Feb 1 (Reuters) -',
  paragraphs: [
    'Uzbekistan will raise electricity prices for households by a fifth from next month, the energy ministry said on Monday, as the government cuts subsidies under a reform plan agreed with international lenders.',
    'Families that use less than 200 kilowatt-hours a month will be shielded from the increase, the ministry said.',
    '"Low-income households will not feel this change. Those who use more will pay closer to the real cost," Deputy Energy Minister Jasur Karimov said.',
    'Electricity and gas prices in Uzbekistan are among the lowest in the region, and shortages during cold winters have led to protests in several cities.',
  ],
}
const tapi: Story = {
  title: 'Turkmenistan and Afghanistan agree to restart work on gas pipeline',
  dateline: 'ASHGABAT, Feb 1 (Reuters) -',
  paragraphs: [
    'Turkmenistan and Afghanistan agreed on Monday to restart work on the Afghan section of a gas pipeline meant to carry Turkmen gas to Pakistan and India, officials from both countries said.',
    'The pipeline, known as TAPI, has been delayed for years by fighting in Afghanistan and disputes over financing.',
    '"This project will bring jobs and energy to the whole region," an Afghan official who attended the ceremony said by telephone.',
    'Construction of the section inside Turkmenistan was completed several years ago, the Turkmen foreign ministry said.',
  ],
}
const kzRate: Story = {
  title: "Kazakhstan's central bank holds key rate at 15%",
  dateline: 'ALMATY, Feb 1 (Reuters) -',
  paragraphs: [
    "Kazakhstan's central bank kept its key interest rate unchanged at 15% on Monday, saying inflation was slowing but remained too high.",
    'Annual inflation fell to 9.8% in January from 10.3% in December, official data showed last week.',
    '"We will keep monetary conditions tight until inflation is on a firm path back to our target," the bank\'s governor told a news conference.',
    'Analysts polled by Reuters had expected the bank to hold the rate at its first meeting of the year.',
  ],
}

export const separators: LayoutFixture = {
  file: 'reuters-central-asia-briefs.txt',
  style: 'agency',
  layouts: ['separator lines before headlines start articles', 'blank lines between paragraphs'],
  text: blankLines(
    uzPower.title,
    ...opening(uzPower),
    '* * *',
    tapi.title,
    ...opening(tapi),
    '=====',
    kzRate.title,
    ...opening(kzRate),
  ),
  articles: [
    { story: uzPower, outlet: 'Reuters', line: 1, dateline: { city: 'Tashkent', country: 'UZ' } },
    { story: tapi, outlet: 'Reuters', line: 13, dateline: { city: 'Ashgabat', country: 'TM' } },
    { story: kzRate, outlet: 'Reuters', line: 25, dateline: { city: 'Almaty', country: 'KZ' } },
  ],
  optionalFurniture: ['* * *', '====='],
}

/** Every layout fixture, for tests that run over all of them. */
export const layoutFixtures: LayoutFixture[] = [
  reutersHardWrapped,
  afpPeriodAndRepeat,
  apSingleNewlinesCrlf,
  apAbbreviationHeadline,
  dawnDigitHeadline,
  theNewsDeck,
  bodyWithoutHeadline,
  datelineWithoutHeadline,
  repeatedHeadlines,
  seedLayout,
  gulfNewsCrossheads,
  khaleejEmbeddedPost,
  headlineBulletsDateline,
  bbcCaptions,
  guardianIndentedWrap,
  sectionLabels,
  cbcFirstLineIndent,
  separators,
]

/** The stories under a headline of their own, as written, for rendering in other layouts. */
export const canonicalStories: CanonicalArticle[] = layoutFixtures.flatMap((fixture) =>
  fixture.articles
    .filter((article) => !article.untitled)
    .map((article, i) => toCanonical(`${fixture.file}#${i + 1}`, article.story)),
)
