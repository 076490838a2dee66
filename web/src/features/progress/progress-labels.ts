import { msg, str } from '@lit/localize';
import { daysUntil, shortDay } from '../practice/format.js';

/** How the pass probability reads in words. */
export function standing(p: number): string {
  if (p >= 0.8) return msg('On track to pass');
  if (p >= 0.5) return msg('Close to the line: keep practising');
  return msg('Not on track yet');
}

/** "Exam in 23 days", "Exam today", or a nudge when the date has passed. */
export function examCountdown(examDate: string): string {
  const d = daysUntil(examDate);
  if (d > 1) return msg(str`Exam in ${d} days, on ${shortDay(examDate, true)}`);
  if (d === 1) return msg('Exam tomorrow');
  if (d === 0) return msg('Exam today. Good luck!');
  return msg('Your exam date has passed. Set the next one below.');
}
