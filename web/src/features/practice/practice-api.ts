import type { z } from 'zod';
import { type ItemResponse, REPORT_REASONS, type ReportRequest } from '../../../../server/contract/index.js';
import type {
  AnswerRequest,
  AnswerResult,
  Goal,
  GoalRequest,
  NextItemRequest,
  NextItemResponse,
  PracticeItem,
  Progress,
} from '../../../../server/contract/practice.js';
import { api, call } from '../../api/client.js';
import { getLocale } from '../../i18n/locale.js';

export type { AnswerRequest, AnswerResult, PracticeItem, Progress };
export type NextItem = z.infer<typeof NextItemResponse>;
export type NextItemQuery = z.infer<typeof NextItemRequest>;
export type PracticeMode = NextItemQuery['mode'];
export type GoalBody = z.infer<typeof GoalRequest>;
export type ExamGoal = z.infer<typeof Goal>;
export type ReportBody = z.infer<typeof ReportRequest>;
export type ReportReason = ReportBody['reason'];
export type LearnerView = PracticeItem['view'];
export type ItemKind = LearnerView['kind'];

/** A learner's answer, in the shape the server grades (see the contract's response shapes per kind). */
export type Response = ItemResponse;

/** Every way to practise, in the order the mode chooser offers them. */
export const PRACTICE_MODES = [
  'adaptive',
  'reviews',
  'mistakes',
  'sprint',
  'topic',
  'subject',
  'sequential',
  'flagged',
] as const satisfies readonly PracticeMode[];

export { REPORT_REASONS };

/** The language items are served in: the interface language. */
export const itemLang = (): 'en' | 'zh-Hans' => (getLocale() === 'zh-Hans' ? 'zh-Hans' : 'en');

/** The next item to practise in a mode, or why there is none. */
export const fetchNextItem = (json: NextItemQuery, signal?: AbortSignal): Promise<NextItem> =>
  call(api.api.practice.next.$post({ json }, { init: { signal } }));

/** Grades one answer. Idempotent by `clientAnswerId`: sending it twice grades it once. */
export const postAnswer = (json: AnswerRequest, signal?: AbortSignal): Promise<AnswerResult> =>
  call(api.api.practice.answers.$post({ json }, { init: { signal } }));

/** Flags (or unflags) an item for later. */
export const setFlag = async (id: string, flagged: boolean): Promise<void> => {
  const param = { param: { id } };
  await call(flagged ? api.api.practice.flags[':id'].$put(param) : api.api.practice.flags[':id'].$delete(param));
};

/** Reports a problem with an item to its authors. */
export const reportItem = async (id: string, json: ReportBody): Promise<void> => {
  await call(api.api.items[':id'].reports.$post({ param: { id }, json }));
};

/** Sets the certification the student prepares for and the exam day. */
export const saveGoal = (json: GoalBody): Promise<ExamGoal> => call(api.api.practice.goal.$put({ json }));

/** The student's progress towards a certification (their goal's when none is given). */
export const fetchProgress = (certificationId?: string, signal?: AbortSignal): Promise<Progress> =>
  call(api.api.progress.$get({ query: certificationId ? { certificationId } : {} }, { init: { signal } }));
