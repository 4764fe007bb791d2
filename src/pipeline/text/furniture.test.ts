import { expect, test } from 'vitest'
import { isFurniture, isSeparator } from './furniture.ts'

test('page furniture on a line of its own is recognised, with or without an archive’s closing period', () => {
  for (const line of [
    'ABSTRACT.',
    'FULL TEXT.',
    'Advertisement',
    'Story continues below advertisement',
    'Read more: Floods kill 20 in Swat',
    'Related:',
    'Share this article',
    'Follow us on Twitter',
    'Follow Sana Mir on Twitter @sanamir.',
    'Image caption, Protesters outside the assembly in Quetta',
    'Image source, Getty Images',
    'Photo: AFP',
    'Photograph: Rahat Dar/EPA',
    'Getty.',
    'AFP/Getty Images',
    '(CBC)',
    '(Reuters)',
    '___',
    'Copyright 2021 The Associated Press. All rights reserved.',
    '© 2021 Gulf Today',
    'Click here to subscribe',
    'Subscribe to our newsletter',
    '3 min read',
    '<tweet tweet-id="661196115484643328"><tweet/>.',
  ])
    expect(isFurniture(line), line).toBe(true)
})

test('lines of the story are not furniture, even when they start like a label', () => {
  for (const line of [
    'Read the full statement below.',
    'Photographs of the damage were shared widely on social media, and the ministry said it would investigate.',
    'Follow-up talks are planned for May.',
    'The share price fell by a third.',
    'What did the prosecutors say?',
    'Reuters could not verify the footage.',
    'Copyright law is at the heart of the dispute between the two publishers and the tech firms.',
  ])
    expect(isFurniture(line), line).toBe(false)
})

test('separator lines are only rules of marks', () => {
  expect(['___', '* * *', '=====', '___.'].every(isSeparator)).toBe(true)
  expect(['--', 'A - B', '…'].some(isSeparator)).toBe(false)
})
