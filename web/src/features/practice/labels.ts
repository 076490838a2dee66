import { msg, str } from '@lit/localize';
import type { NextItem, PracticeItem, PracticeMode, Progress, ReportReason } from './practice-api.js';

/** Translated names of the ways to practise. */
export const modeLabel = (mode: PracticeMode): string =>
  ({
    adaptive: msg('Practise now'),
    topic: msg('By topic'),
    subject: msg('By exam subject'),
    sequential: msg('Chapter by chapter'),
    mistakes: msg('Mistakes notebook'),
    reviews: msg('Reviews due'),
    flagged: msg('Flagged questions'),
    sprint: msg('Sprint'),
  })[mode];

/** One line on what each way to practise is for. */
export const modeDescription = (mode: PracticeMode): string =>
  ({
    adaptive: msg('The questions that raise your chance of passing fastest, with due reviews mixed in.'),
    topic: msg('Drill one topic of the syllabus.'),
    subject: msg('Only questions that count towards one exam subject.'),
    sequential: msg('Work through the syllabus in order, chapter by chapter.'),
    mistakes: msg('Questions you got wrong. Each leaves the notebook after correct recalls on separate days.'),
    reviews: msg('Questions due for review now, just before you would forget them.'),
    flagged: msg('Questions you flagged to come back to.'),
    sprint: msg('10 questions against the clock, at exam pace.'),
  })[mode];

/** Why the engine chose the item on screen. */
export const reasonLabel = (reason: PracticeItem['reason']): string =>
  ({
    review: msg('Due for review'),
    learn: msg('Chosen to raise your pass chance'),
    sequential: msg('Next in the chapter'),
    mistake: msg('From your mistakes'),
    flagged: msg('You flagged this'),
  })[reason];

/** Translated reasons a learner can give when reporting an item. */
export const reportReasonLabel = (reason: ReportReason): string =>
  ({
    wrong_key: msg('Wrong answer key'),
    unclear: msg('Unclear question'),
    typo: msg('Typo'),
    other: msg('Other problem'),
  })[reason];

type EmptyReason = NonNullable<NextItem['emptyReason']>;

/** The heading and the explanation of an empty practice mode. */
export const emptyText = (reason: EmptyReason): { title: string; body: string } =>
  ({
    'no-items': {
      title: msg('No questions here yet'),
      body: msg('There are no published questions for this choice yet. Try another topic, or let Roundhouse choose.'),
    },
    'no-reviews-due': {
      title: msg('No reviews due right now'),
      body: msg('Everything you have learnt is still fresh. Reviews come back just before you would forget them.'),
    },
    'no-mistakes-due': {
      title: msg('No mistakes to revisit now'),
      body: msg('Questions in your mistakes notebook come back when they are due. Keep practising in the meantime.'),
    },
    'no-flags': {
      title: msg('No flagged questions'),
      body: msg('Flag a question while practising to come back to it here.'),
    },
  })[reason];

/** Why the progress page recommends its "do this next" action. */
export const nextWhy = (next: Progress['next'], reviewsDue: number, mistakes: number, topic: string): string => {
  switch (next.why) {
    case 'reviews-due':
      return reviewsDue === 1
        ? msg('1 question is due for review. Reviewing it now keeps it from slipping away.')
        : msg(str`${reviewsDue} questions are due for review. Reviewing them now keeps them from slipping away.`);
    case 'weak-topic':
      return topic
        ? msg(str`${topic} is holding your pass chance down the most. A few questions there help the most.`)
        : msg('One topic is holding your pass chance down the most. A few questions there help the most.');
    case 'mistakes':
      return mistakes === 1
        ? msg('1 mistake is waiting in your notebook. Get it right again to clear it.')
        : msg(str`${mistakes} mistakes are waiting in your notebook. Get them right again to clear them.`);
    case 'start':
      return msg('Answer a first few questions so Roundhouse can estimate where you stand.');
    case 'keep-going':
      return msg('You are on track. Keep a steady pace: a few questions a day keep it that way.');
  }
};
