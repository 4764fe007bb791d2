import type { CueTable } from './cue-table.ts'

/** Health (medtop:07000000) and education (medtop:05000000). */
export const healthEducationCues: CueTable = {
  'medtop:07000000': { strong: 'health, healthcare, health care', weak: 'medical, patients' }, // health
  'medtop:20000446': { strong: 'disease, illness', weak: 'infection' }, // disease and condition
  // cancer
  'medtop:20000447': { strong: 'cancer, tumour, tumor, chemotherapy, oncology, leukaemia, leukemia' },
  // communicable disease
  'medtop:20000448': { strong: 'cholera, malaria, tuberculosis, typhoid, infectious disease, contagious' },
  // epidemic and pandemic
  'medtop:20000449': { strong: 'epidemic, pandemic, outbreak, lockdown, quarantine' },
  // viral disease
  'medtop:20000451': {
    strong: `
      covid, coronavirus, dengue, polio, measles, ebola, mpox, monkeypox, hepatitis, influenza,
      rabies, zika
    `,
    weak: 'virus, viral, flu',
  },
  'medtop:20000452': { strong: 'hiv' }, // HIV and AIDS
  'medtop:20000454': { strong: 'heart disease, heart attack, cardiac, cardiovascular' }, // heart disease
  'medtop:20000457': { strong: 'diabetes, asthma, dementia, alzheimer, hypertension' }, // medical condition
  'medtop:20000460': { strong: 'obesity, obese, overweight' }, // obesity
  // mental health
  'medtop:20000458': { strong: 'mental health, mental illness, psychiatric, mental disorder' },
  'medtop:20001356': { strong: 'clinical depression, depressive' }, // depression
  // poisoning
  'medtop:20001322': {
    strong: 'poisoning, poisoned, food poisoning, toxic liquor, spurious liquor, carbon monoxide',
  },
  'medtop:20001355': { strong: 'autism, adhd' }, // developmental disorder
  'medtop:20001229': { strong: 'clinic, health centre, health center, dispensary' }, // healthcare clinic
  // hospital
  'medtop:20000462': { strong: 'intensive care, icu', weak: 'hospital, hospitalised, hospitalized' },
  // health organization
  'medtop:20000463': {
    strong: `
      world health organization, health ministry, ministry of health, health department,
      health authorities, health officials
    `,
  },
  'medtop:20000464': { weak: 'treatment, medicine, medication' }, // health treatment and procedure
  // vaccine
  'medtop:20000477': { strong: 'vaccine, vaccination, vaccinated, immunisation, immunization, inoculation' },
  'medtop:20000468': { strong: 'prescription, painkillers, opioids' }, // prescription drugs
  'medtop:20001228': { strong: 'surgery, surgeon, transplant' }, // surgery
  'medtop:20001219': { strong: 'drug rehabilitation, rehab, addiction treatment' }, // drug rehabilitation
  // emergency care
  'medtop:20001221': { strong: 'emergency room, trauma centre, trauma center', weak: 'ambulance' },
  'medtop:20000465': { strong: 'nutrition, malnutrition, malnourished' }, // diet
  // government health care
  'medtop:20000480': { strong: 'public healthcare, national health service, nhs, medicare, medicaid' },
  'medtop:20000483': { strong: 'health insurance' }, // health insurance
  'medtop:20001358': { strong: 'public health, hygiene, sanitation' }, // public health
  'medtop:20000492': { strong: 'doctors, nurses, physicians' }, // medical staff
  // — education
  'medtop:05000000': { strong: 'education, educational, educators' }, // education
  'medtop:20000400': { strong: 'school, schoolchildren, pupils, classroom, headteacher' }, // school
  // college and university
  'medtop:20000405': {
    strong: 'university, college, campus, undergraduate, higher education',
    weak: 'professor, academics',
  },
  'medtop:20000415': { strong: 'students' }, // students
  'medtop:20000416': { strong: 'teachers' }, // teachers
  'medtop:20000412': { strong: 'curriculum, syllabus, textbooks' }, // curriculum
  // educational testing and examinations
  'medtop:20000413': { strong: 'exams, examinations, matriculation, board exams' },
  'medtop:20000414': { strong: 'entrance exam, entry test, admission test' }, // entrance examination
  'medtop:20000409': { strong: 'kindergarten, preschool, nursery school' }, // early childhood education
  'medtop:20001212': { strong: 'madrassa, madrasa, madrassah, seminary, yeshiva' }, // religious school
  // online and remote learning
  'medtop:20001337': { strong: 'online classes, remote learning, distance learning' },
  'medtop:20001216': { strong: 'vocational training, technical education' }, // vocational education
  'medtop:20000398': { strong: 'parents group, parent-teacher' }, // parents group
}
