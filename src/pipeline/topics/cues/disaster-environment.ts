import type { CueTable } from './cue-table.ts'

/** Disaster and accident (medtop:03000000), environment (medtop:06000000), weather (medtop:17000000). */
export const disasterEnvironmentCues: CueTable = {
  // accident and emergency incident
  'medtop:20000139': { strong: 'accident, mishap', weak: 'crash, crashed' },
  // explosion accident and incident
  'medtop:20000140': {
    strong: 'gas explosion, cylinder blast, cylinder explosion, boiler explosion',
    weak: 'explosion, exploded',
  },
  // industrial accident and incident
  'medtop:20000141': {
    strong: 'industrial accident, factory fire, mine collapse, mining accident, gas leak, chemical leak',
  },
  // nuclear accident and incident
  'medtop:20000142': { strong: 'nuclear accident, radiation leak, meltdown' },
  // air and space accident and incident
  'medtop:20000144': {
    strong: 'plane crash, air crash, helicopter crash, crash landing, emergency landing, crash-landed',
  },
  // maritime accident and incident
  'medtop:20000145': { strong: 'capsized, shipwreck, boat sank, ferry sank, boat capsized' },
  // railway accident and incident
  'medtop:20000146': { strong: 'train crash, derailed, derailment, train collision, train accident' },
  // road accident and incident
  'medtop:20000147': {
    strong: `
      road accident, car crash, bus crash, traffic accident, bus accident, road crash, overturned,
      plunged into a ravine
    `,
    weak: 'collided, collision',
  },
  // structural failure
  'medtop:20000161': {
    strong: 'building collapse, bridge collapse, roof collapsed, building collapsed',
    weak: 'collapsed',
  },
  'medtop:20001321': { strong: 'drowning, drowned' }, // drowning
  // disaster
  'medtop:20000148': { strong: 'disaster, catastrophe, calamity', weak: 'death toll, devastation' },
  'medtop:20000149': { strong: 'famine, starvation' }, // famine
  // fire
  'medtop:20000150': {
    strong: `
      blaze, fire broke out, firefighters, fire brigade, fire department, caught fire, inferno,
      gutted
    `,
  },
  'medtop:20001202': { strong: 'wildfire, forest fire, bushfire' }, // wildfire
  'medtop:20000151': { strong: 'natural disaster' }, // natural disaster
  'medtop:20000152': { strong: 'drought, dry spell' }, // drought
  // earthquake
  'medtop:20000153': {
    strong: 'earthquake, quake, tremor, aftershock, seismic, epicentre, epicenter, richter',
    weak: 'magnitude',
  },
  'medtop:20000154': {
    strong: 'flood, floods, flooding, flooded, floodwater, floodwaters, flash flood, inundated, deluge',
  }, // flood
  'medtop:20000155': { strong: 'landslide, mudslide, landslip' }, // landslide
  'medtop:20000156': { strong: 'avalanche, avalanches' }, // avalanche
  'medtop:20000157': { strong: 'cyclone, typhoon, tornado, tornadoes, blizzard' }, // meteorological disaster
  'medtop:20000158': { strong: 'windstorm, gale' }, // windstorms
  'medtop:20001280': { strong: 'hurricane' }, // hurricane
  'medtop:20000159': { strong: 'volcanic eruption, volcano, volcanoes, eruption, lava' }, // volcanic eruption
  'medtop:20001353': { strong: 'tsunami' }, // tsunami
  // emergency response
  'medtop:20000168': {
    strong: `
      rescue, rescuers, rescue workers, rescue operation, search and rescue, emergency services,
      state of emergency, first responders, relief efforts, relief operations, evacuated, evacuation
    `,
    weak: 'relief, evacuate',
  },
  // — environment
  // environment
  'medtop:06000000': { strong: 'environment, environmentalists, ecology, ecological', weak: 'environmental' },
  // climate change
  'medtop:20000418': {
    strong: `
      climate change, climate crisis, greenhouse gas, greenhouse gases, carbon emissions, emissions,
      cop28, cop29, cop30, paris agreement, climate finance, carbon dioxide, co2
    `,
    weak: 'climate, fossil fuels',
  },
  'medtop:20000419': { strong: 'global warming' }, // global warming
  'medtop:20000420': { strong: 'conservation, conservationists, protected area' }, // conservation
  'medtop:20000421': { strong: 'energy saving, energy efficiency, energy conservation' }, // energy saving
  'medtop:20000422': { strong: 'national park' }, // parks
  // environmental pollution
  'medtop:20000424': { strong: 'pollution, polluted, pollutants', weak: 'contamination, contaminated' },
  'medtop:20000425': { strong: 'air pollution, smog, air quality' }, // air pollution
  'medtop:20000429': { strong: 'water pollution, sewage, oil spill' }, // water pollution
  // waste materials
  'medtop:20000428': { strong: 'plastic waste, plastic pollution, microplastics, e-waste' },
  // hazardous materials
  'medtop:20000427': { strong: 'hazardous materials, toxic waste, hazardous waste, chemical spill' },
  'medtop:20000426': { strong: 'clean-up, cleanup' }, // environmental clean-up
  // forests
  'medtop:20000433': { strong: 'deforestation, reforestation, afforestation, forests, tree plantation' },
  'medtop:20000432': { strong: 'desertification, land degradation' }, // land resources
  'medtop:20000437': { strong: 'water scarcity, water resources, groundwater, glaciers' }, // water
  'medtop:20000438': { strong: 'oceans, marine life' }, // oceans
  'medtop:20000441': { strong: 'wildlife', weak: 'nature' }, // nature
  'medtop:20000442': { strong: 'ecosystem, biodiversity, habitat' }, // ecosystem
  // endangered species
  'medtop:20000443': { strong: 'endangered species, endangered, extinction, poaching, poachers' },
  // animal disease
  'medtop:20000494': { strong: 'bird flu, avian flu, avian influenza, foot-and-mouth, lumpy skin' },
  'medtop:20001318': { strong: 'locust, pests' }, // pests
  // — weather
  'medtop:17000000': { strong: 'weather', weak: 'temperatures' }, // weather
  // weather forecast
  'medtop:20001128': {
    strong: 'weather forecast, met office, meteorological department, forecasters',
    weak: 'forecast',
  },
  // weather phenomena
  'medtop:20001129': {
    strong: `
      heatwave, heat wave, cold wave, fog, monsoon, rainfall, snowfall, thunderstorm, hailstorm,
      downpour, heavy rain, torrential rain, el nino, la nina
    `,
    weak: 'rain, storm, snow',
  },
  // weather warning
  'medtop:20001131': { strong: 'weather warning, weather alert, storm warning, flood warning, heat alert' },
  // weather statistic
  'medtop:20001130': { strong: 'record temperature, hottest, degrees celsius, celsius', weak: 'fahrenheit' },
}
