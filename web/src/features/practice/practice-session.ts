import { PRACTICE_MODES, type PracticeMode } from './practice-api.js';

/** Questions in a sprint. */
export const SPRINT_LENGTH = 10;

/** What a practice session practises: a way to practise, narrowed to a topic, an exam subject, a certification. */
export type Session = { mode: PracticeMode; topic: string; subject: string; cert: string };

/** What the URL asks for: `/practice?mode=topic&topic=brakes.brake-tests&cert=driver-theory`; no mode is the chooser. */
export function readSession(search: string): Session | null {
  const p = new URLSearchParams(search);
  const mode = p.get('mode') as PracticeMode | null;
  if (!mode || !(PRACTICE_MODES as readonly string[]).includes(mode)) return null;
  return { mode, topic: p.get('topic') ?? '', subject: p.get('subject') ?? '', cert: p.get('cert') ?? '' };
}

/** The address of a practice session. */
export function practiceHref(
  mode: PracticeMode,
  extra: { topic?: string | null; subject?: string; cert?: string | null } = {},
) {
  const p = new URLSearchParams({ mode });
  if (extra.topic) p.set('topic', extra.topic);
  if (extra.subject) p.set('subject', extra.subject);
  if (extra.cert) p.set('cert', extra.cert);
  return `/practice?${p}`;
}
