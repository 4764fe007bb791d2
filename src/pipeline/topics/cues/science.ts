import type { CueTable } from './cue-table.ts'

/** Science and technology (medtop:13000000). */
export const scienceCues: CueTable = {
  'medtop:13000000': { strong: 'science, technology', weak: 'tech, technological' }, // science and technology
  // scientific research
  'medtop:20000735': { strong: 'scientific research, scientists, researchers', weak: 'research, study' },
  // scientific publication
  'medtop:20000740': { strong: 'peer-reviewed, published in the journal, scientific journal' },
  'medtop:20000737': { strong: 'medical research, clinical trial' }, // medical research
  // space exploration
  'medtop:20000739': {
    strong: `
      space exploration, space agency, nasa, isro, spacecraft, astronaut, moon mission, lunar, rover,
      space station, rocket launch
    `,
  },
  'medtop:20000718': { strong: 'astronomy, astronomers, telescope, eclipse, asteroid, comet' }, // astronomy
  'medtop:20000721': { strong: 'genetics, genome, dna, gene' }, // genetics
  'medtop:20000722': { strong: 'paleontology, fossil, dinosaur' }, // paleontology
  // archeology
  'medtop:20000744': { strong: 'archeology, archaeology, archaeologists, archaeological, excavation' },
  // artificial intelligence
  'medtop:20001298': {
    strong: `
      artificial intelligence, ai, generative ai, chatgpt, openai, machine learning, chatbot,
      large language model
    `,
  },
  // information technology and computer science
  'medtop:20000763': {
    strong: `
      information technology, computer science, cybersecurity, data centre, data center,
      cloud computing
    `,
    weak: 'internet, digital',
  },
  'medtop:20000762': { strong: 'biometric, facial recognition' }, // identification technology
  'medtop:20000741': { strong: 'research institute, academy of sciences' }, // scientific institution
}
