import { z } from 'zod';
import { ITEM_KINDS } from '../domain/items/item.js';

export const CertificationSubject = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.string(),
  passScore: z.number(),
  maxScore: z.number(),
  blueprint: z.object({
    durationMinutes: z.number().int(),
    items: z.partialRecord(z.enum(ITEM_KINDS), z.number().int()),
  }),
});

/** An exam definition: every subject must reach its own cut score at one sitting. */
export const Certification = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.string(),
  post: z.enum(['driver', 'maintainer']),
  subjects: z.array(CertificationSubject),
});
export type Certification = z.infer<typeof Certification>;
export const CertificationList = z.object({ items: z.array(Certification) });

export const Syllabus = z.object({
  areas: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleZh: z.string(),
      topics: z.array(z.object({ id: z.string(), title: z.string(), titleZh: z.string() })),
    }),
  ),
});
export type Syllabus = z.infer<typeof Syllabus>;
