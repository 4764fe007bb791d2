/**
 * Test fixture: the two articles of the seed file content/000_3dba021935ad99c5.txt as the pipeline hands
 * them to findTopics and findEntities (dateline prefix removed), copied here so tests never read outside the project.
 */
export const seedCounterterrorism = {
  title: 'US, Pakistani, Afghan counterterrorism officials draw joint strategy on addressing threats',
  summary: [
    'Officials met in Kabul earlier this week for the two-day "Regional Conference on Campaign Against Terrorism"',
    "No representatives from Afghanistan's major neighbors — India, Iran, China and Russia — were present during the meeting",
  ],
  paragraphs: [
    'Counterterrorism officials from the United States, Pakistan, Afghanistan and Central Asian countries have drawn a roadmap to jointly address threats and speed up intelligence sharing, the Afghan national security agency said on Thursday.',
    'The officials met in Kabul earlier this week for the two-day "Regional Conference on Campaign Against Terrorism," which had representatives from the US, Pakistan, Afghanistan, and five Central Asian countries, and delegates from Azerbaijan, the Directorate of National Security (NDS) said in a statement.',
    "No representatives from Afghanistan's major neighbors — India, Iran, China and Russia — were present during the meeting.",
    '"A roadmap for preclusion of joint threats from terroristic activities was drawn ... and an agreement was reached on identifying joint security threats and taking measures against their annihilation, speeding up exchange of information among the services," the NDS said.',
    '"Participants of this meeting focused on joint threats of terrorism on national, regional and international level."',
    "The meeting comes as Taliban attacks are on the rise in the country and Kabul is putting pressure on the new US administration to renegotiate last year's Washington-Taliban deal to withdraw all NATO troops from Afghanistan by the end of April.",
    'Under the accord signed in Doha, Qatar, in February, the Taliban pledged to cut ties with all militant groups, including Al-Qaeda. Authorities in Kabul, as well as NATO and US officials have in recent months repeatedly said that the group had not fulfilled the pledge.',
    '"We wanted to show to our neighbors that Afghanistan is on the frontline of war on terrorism and that if you do not side with us in this campaign, you will also face similar threats like us," a security source told Arab News on condition of anonymity, as he is not authorized to speak to the media.',
    '"They welcomed our views and such meetings will be held in future too," the source said.',
    'Wahidullah Ghazikhail of the Afghan Centre for Strategic Studies and Research (ACSSR) said the meeting of counterterrorism and intelligence officials in Kabul was a "good step and should have been made long time ago."',
    '"Government officials say that 22 foreign groups from regional countries operate here so you need to involve and exchange information with those countries whose nationals fight here," he told Arab News.',
    '"Afghanistan has been a victim of terrorism and these countries should know that if Afghanistan is secure, safe and stable, they will also benefit from it as our country serves as a bridge between South and Central Asia."',
  ],
}

export const seedDiplomacy = {
  title: 'Pakistan urges dialogue on Iran in call with European Union’s vice president',
  summary: [
    'Ishaq Dar, Kaja Kallas discuss regional tensions as Pakistan stresses diplomacy',
    'Both officials also appreciate the ‘positive momentum’ in Pakistan-EU relations',
  ],
  paragraphs: [
    'Pakistan on Friday emphasized the importance of dialogue and diplomacy while discussing the situation in Iran during a telephone call between Deputy Prime Minister Ishaq Dar and the European Union’s Vice President Kaja Kallas, according to the foreign office.',
    'The call came amid heightened regional tensions linked to unrest in Iran, as European governments intensify scrutiny of Tehran’s response to protests and assess broader security risks.',
    '“DPM/FM reaffirmed the importance of sustained dialogue and engagement,” the foreign office said, adding that both sides agreed to remain in close contact.',
    'The statement added that Dar and Kallas welcomed the “positive momentum” in Pakistan-EU relations and discussed ways to further deepen bilateral cooperation.',
    'European governments have in recent days condemned Iran’s crackdown to quell the anti-government protests that broke out last month over economic hardship and escalated into widespread demonstrations.',
    'On Friday, the European Union’s aviation regulator urged airlines to avoid Iranian airspace, citing heightened risks linked to weapons systems, air-defense activity and the potential for misidentification amid elevated regional tensions, according to a Reuters report.',
    'Pakistan has consistently called for restraint, dialogue and political solutions in regional crises, positioning diplomacy as a means to prevent escalation and protect regional stability.',
  ],
}
