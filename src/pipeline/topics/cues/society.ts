import type { CueTable } from './cue-table.ts'

/** Society (medtop:14000000) and human interest (medtop:08000000). */
export const societyCues: CueTable = {
  'medtop:14000000': { weak: 'social, societal' }, // society
  'medtop:20000768': { weak: 'community' }, // communities
  'medtop:20000771': { strong: 'immigration, immigrants, migrants, migration' }, // immigration
  // illegal immigration
  'medtop:20000773': {
    strong: 'illegal immigrants, illegal immigration, illegal migrants, undocumented, irregular migration',
  },
  'medtop:20000772': { strong: 'emigration, emigrants, brain drain', weak: 'diaspora' }, // emigration
  'medtop:20000770': { strong: 'demographics' }, // demographics
  'medtop:20000774': { strong: 'census', weak: 'population' }, // population and census
  'medtop:20000775': { strong: 'discrimination, discriminatory, discriminated' }, // discrimination
  'medtop:20000777': { strong: 'racism, racist, racial, hate crime' }, // racism
  // religious discrimination
  'medtop:20000778': { strong: 'islamophobia, antisemitism, anti-semitism, blasphemy' },
  'medtop:20000779': { strong: 'sexism, misogyny, sexist' }, // sexism
  'medtop:20000783': { strong: 'divorce, divorced' }, // divorce
  'medtop:20000786': { strong: 'marriage, married, child marriage, forced marriage' }, // marriage
  'medtop:20000785': { strong: 'abortion' }, // abortion
  'medtop:20000784': { strong: 'family planning, birth control' }, // family planning
  // pregnancy and childbirth
  'medtop:20001359': { strong: 'pregnant, pregnancy, maternal, childbirth, maternal mortality' },
  // children
  'medtop:20000790': { strong: 'child rights, childrens rights, child protection', weak: 'children, child' },
  'medtop:20000791': { strong: 'disabled, disability, wheelchair' }, // disabilities
  // LGBTQ
  'medtop:20000792': { strong: 'lgbtq, lgbt, gay, lesbian, transgender, same-sex, homosexuality, queer' },
  'medtop:20000793': { weak: 'gender' }, // gender
  'medtop:20000795': { strong: 'ethnic minority', weak: 'minorities, ethnic' }, // national or ethnic minority
  'medtop:20000797': { strong: 'senior citizens, elderly' }, // senior citizens
  // indigenous people
  'medtop:20001288': { strong: 'indigenous people, indigenous, aboriginal, first nations' },
  'medtop:20001327': { weak: 'women, girls' }, // women
  'medtop:20000798': { strong: 'teenagers, teens, adolescents' }, // teenagers
  'medtop:20000794': { strong: 'infants, newborn, babies' }, // infants
  'medtop:20000800': { strong: 'homelessness, homeless' }, // homelessness
  // poverty
  'medtop:20000801': { strong: 'poverty, impoverished, poverty line, food insecurity', weak: 'poor, hunger' },
  // abusive behavior
  'medtop:20000803': {
    strong: 'domestic violence, domestic abuse, violence against women',
    weak: 'harassment',
  },
  'medtop:20001193': { strong: 'sexual harassment, sexual misconduct' }, // sexual misconduct
  'medtop:20000804': { strong: 'addiction, addicts, drug addiction, drug abuse' }, // addiction
  'medtop:20000806': { strong: 'prostitution, sex work, sex workers' }, // prostitution
  // slavery
  'medtop:20000807': {
    strong: 'slavery, forced labour, forced labor, bonded labour, bonded labor, modern slavery',
  },
  'medtop:20001284': { strong: 'bullying, cyberbullying' }, // bullying
  'medtop:20000813': { strong: 'suicide, took his own life, took her own life' }, // suicide
  'medtop:20000814': { strong: 'ethics, ethical' }, // ethics
  'medtop:20000817': { strong: 'welfare, social welfare' }, // welfare
  'medtop:20000818': { strong: 'charity, donations, philanthropy, fundraising' }, // charity
  'medtop:20000820': { strong: 'social services, social workers, social protection' }, // social services
  'medtop:20001317': { strong: 'childcare, child care, daycare' }, // child care
  'medtop:20001232': { strong: 'care home, nursing home' }, // elderly care
  'medtop:20001290': { strong: 'social housing, public housing' }, // public housing
  // — human interest
  // award and prize
  'medtop:20000498': { strong: 'award, prize, prizes, nobel, laureate, oscar, grammy', weak: 'awarded' },
  'medtop:20000499': { strong: 'guinness world record' }, // record and achievement
  'medtop:20000501': { strong: 'ceremony' }, // ceremony
  'medtop:20001234': { strong: 'graduation, convocation' }, // graduation
  // funeral and memorial service
  'medtop:20001235': { strong: 'funeral, memorial service, burial, laid to rest, funeral prayers, mourners' },
  'medtop:20001236': { strong: 'wedding, bride, bridegroom' }, // wedding
  'medtop:20000505': { strong: 'celebrity' }, // celebrity
  'medtop:20000506': { strong: 'royal family, monarchy, monarch, royal wedding' }, // royalty
  'medtop:20001237': { strong: 'anniversary' }, // anniversary
  'medtop:20001238': { strong: 'birthday' }, // birthday
}
