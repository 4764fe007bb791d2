import type { CueTable } from './cue-table.ts'

/** Lifestyle and leisure (medtop:10000000). */
export const lifestyleCues: CueTable = {
  'medtop:10000000': { strong: 'lifestyle, leisure' }, // lifestyle and leisure
  // travel and tourism
  'medtop:20000563': {
    strong: 'tourism, tourists, travellers, travelers, holidaymakers, sightseeing',
    weak: 'travel',
  },
  'medtop:20000551': { strong: 'vacation', weak: 'holidays' }, // vacation
  'medtop:20000552': { strong: 'public holiday, national holiday, bank holiday' }, // public holiday
  'medtop:20001268': { strong: 'independence day, national day' }, // National day
  'medtop:20001269': { strong: 'new year, new years eve' }, // New year
  'medtop:20000548': { strong: 'video game, gamers' }, // video game
  'medtop:20000549': { strong: 'lottery, jackpot, betting, gambling' }, // gaming and lottery
  'medtop:20000558': { strong: 'restaurant' }, // restaurant
  'medtop:20001253': { strong: 'cooking, baking, recipe, chef, cuisine, culinary' }, // cooking and baking
  'medtop:20001254': { strong: 'wine, beer, whisky, whiskey, vodka' }, // beer, wine and spirits
  // outdoor recreational activities
  'medtop:20000560': { strong: 'hiking, trekking, camping, outdoor recreation' },
  'medtop:20001239': { strong: 'exercise and fitness, fitness, gym, workout, yoga' }, // exercise and fitness
  'medtop:20001340': { strong: 'wellbeing, well-being, mindfulness' }, // mental wellbeing
  'medtop:20000550': { strong: 'hobby, hobbyists' }, // hobby
  'medtop:20000554': { strong: 'amusement park, theme park' }, // amusement park
  'medtop:20001315': { strong: 'zoo' }, // zoo
  'medtop:20000556': { strong: 'cafe, coffee shop' }, // cafe
  'medtop:20000557': { strong: 'nightclub' }, // nightclub
  'medtop:20001257': { strong: 'gardening, gardeners' }, // gardening
}
