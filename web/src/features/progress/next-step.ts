import { msg, str } from '@lit/localize';
import { titleOf } from '../practice/format.js';
import { modeLabel } from '../practice/labels.js';
import type { Progress } from '../practice/practice-api.js';
import { practiceHref } from '../practice/practice-session.js';

/** The one thing to do next, as the progress page and the student's home offer it: why, the button, its address. */
export function nextStep(progress: Progress): { topicTitle: string; action: string; href: string } {
  const next = progress.next;
  const topic = next.topicId ? progress.topics.find((t) => t.topicId === next.topicId) : undefined;
  const topicTitle = topic ? titleOf(topic) : '';
  const action =
    next.mode === 'topic' && topicTitle
      ? msg(str`Practise ${topicTitle}`)
      : next.why === 'start'
        ? msg('Start practising')
        : modeLabel(next.mode);
  const href = practiceHref(next.mode, { topic: next.topicId, cert: progress.certificationId });
  return { topicTitle, action, href };
}
