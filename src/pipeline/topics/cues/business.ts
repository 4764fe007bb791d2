import type { CueTable } from './cue-table.ts'

/** Economy, business and finance (medtop:04000000): companies, products and services. */
export const businessCues: CueTable = {
  // bankruptcy
  'medtop:20000174': { strong: 'bankruptcy, bankrupt, insolvency, insolvent, chapter 11, liquidation' },
  // layoffs and downsizing
  'medtop:20000189': { strong: 'layoffs, laid off, job cuts, redundancies, cut jobs' },
  // executive officer
  'medtop:20000190': { strong: 'chief executive, ceo, chief financial officer, cfo, managing director' },
  // corporate earnings
  'medtop:20000178': {
    strong: 'earnings, quarterly profit, net profit, quarterly results, operating profit',
    weak: 'profit, revenue',
  },
  // credit rating
  'medtop:20000176': { strong: 'credit rating, rating agency, fitch, downgrade, downgraded', weak: 'moody' },
  // merger or acquisition
  'medtop:20000204': { strong: 'merger, acquisition, takeover, buyout', weak: 'acquire, acquired' },
  'medtop:20000187': { strong: 'ipo, initial public offering, flotation' }, // stock flotation
  'medtop:20000207': { strong: 'product recall, recalled' }, // product recall
  'medtop:20000208': { strong: 'research and development' }, // research and development
  // — products and services
  // agriculture
  'medtop:20000210': {
    strong:
      'agriculture, agricultural, farmers, farming, farms, growers, irrigation, crops, harvest, livestock, fertiliser, fertilizer',
    weak: 'wheat, rice, cotton, sugarcane',
  },
  'medtop:20000231': { strong: 'software, app' }, // software and applications
  // telecommunication service
  'medtop:20000233': { strong: 'telecom, mobile network, broadband, 5g, internet service' },
  // semiconductor and electronic component
  'medtop:20000230': { strong: 'semiconductor, chipmaker, microchips', weak: 'chips' },
  // construction and property
  'medtop:20000235': { strong: 'real estate, property market', weak: 'construction, developers' },
  'medtop:20001368': { strong: 'housing market, house prices, home prices' }, // residential real estate
  // infrastructure projects
  'medtop:20001245': { strong: 'infrastructure, motorway, highway, infrastructure project', weak: 'dam' },
  // energy and resource
  'medtop:20000256': { strong: 'energy sector, energy crisis, power sector, power plant', weak: 'energy' },
  // renewable energy
  'medtop:20000257': { strong: 'renewable energy, renewables, clean energy, green energy' },
  'medtop:20001209': { strong: 'solar, solar power, solar panels, solar energy' }, // solar power
  'medtop:20001211': { strong: 'wind power, wind farm, wind turbines, wind energy' }, // wind power
  'medtop:20001210': { strong: 'hydropower, hydroelectric, hydel' }, // hydroelectric power
  'medtop:20000258': { strong: 'coal, coal mine, coal-fired' }, // coal
  // nuclear power
  'medtop:20000265': { strong: 'nuclear power, nuclear plant, nuclear power plant, reactor' },
  // oil and gas
  'medtop:20001243': {
    strong: 'oil and gas, crude, crude oil, petroleum, oilfield, refinery, barrels',
    weak: 'oil, pipeline',
  },
  'medtop:20000263': { strong: 'lng, natural gas, gas supply, gas shortage' }, // natural gas
  'medtop:20000268': { strong: 'petrol, gasoline' }, // gasoline
  // manufacturing and engineering
  'medtop:20000294': { strong: 'manufacturing, manufacturer', weak: 'factory' },
  'medtop:20000295': { strong: 'aircraft maker, boeing, airbus' }, // aerospace
  'medtop:20000296': { strong: 'automaker, carmaker, car sales, electric vehicle' }, // automotive
  // defense equipment
  'medtop:20000297': {
    strong: 'arms maker, defence contractor, defense contractor, arms sales, arms exports',
  },
  // metal and mineral mining and refining
  'medtop:20000316': { strong: 'mining, minerals, lithium, rare earths' },
  'medtop:20000318': { weak: 'gold, diamonds' }, // precious material
  // tourism and leisure industry
  'medtop:20000331': { strong: 'tourism industry, tourism sector, hospitality industry, tour operators' },
  'medtop:20000333': { strong: 'hotel' }, // hotel and accommodation
  // air transport
  'medtop:20000338': { strong: 'airline, aviation, air travel, flights', weak: 'airspace, airport' },
  'medtop:20000340': { strong: 'railway', weak: 'rail, trains' }, // railway transport
  'medtop:20000341': { strong: 'road transport, trucking, truckers, transporters' }, // road transport
  // waterway and maritime transport
  'medtop:20000343': { strong: 'shipping, container ship, tanker, shipping lanes, vessels', weak: 'ports' },
  // public transport
  'medtop:20001362': { strong: 'public transport, public transit, metro', weak: 'bus service' },
  // electricity
  'medtop:20000260': {
    strong: 'electricity, power outages, blackouts, load shedding, loadshedding, power supply',
  },
  'medtop:20000270': { strong: 'water supply, water shortage, drinking water, water crisis' }, // water supply
  // waste management
  'medtop:20000269': { strong: 'waste management, garbage, rubbish, landfill, recycling' },
  'medtop:20000252': { strong: 'retail, retailer, supermarket' }, // retail
  'medtop:20000247': { strong: 'e-commerce, ecommerce, online shopping' }, // online shopping
  'medtop:20000223': { strong: 'pharmaceutical, drugmaker, pharma' }, // pharmaceutical
  'medtop:20001370': { strong: 'financial services, fintech' }, // financial service
  'medtop:20000274': { strong: 'banking, banks, lender', weak: '' }, // banking
  'medtop:20000279': { strong: 'insurance, insurer' }, // insurance
  // asset management
  'medtop:20001162': { strong: 'asset management, asset manager, fund manager, hedge fund' },
  'medtop:20000305': { strong: 'advertising, advertisers, ad revenue' }, // advertising
  'medtop:20000306': { strong: 'publisher, publishing' }, // books and publishing
  'medtop:20000307': { strong: 'film industry, box office, hollywood, bollywood' }, // film industry
  'medtop:20001293': { strong: 'streaming service, streaming, netflix' }, // streaming service
  'medtop:20000245': { strong: 'clothing, garments, textiles, apparel' }, // clothing
  'medtop:20000330': { strong: 'tobacco, cigarettes, vaping, e-cigarettes' }, // tobacco and nicotine
  'medtop:20001258': { strong: 'smartphone, iphone, consumer electronics' }, // consumer electronics
}
