import { z } from 'zod';
import { ItemSource } from '../contract/item-source.js';

/**
 * The schemas of the files in question-bank/ (see question-bank/README.md). They describe what a teacher
 * writes; `to-item-content.ts` turns an item into the domain's `ItemContent`.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and "-"');

export const SubjectsFile = z.array(
  z
    .object({
      id,
      title: z.string().min(1).max(200),
      title_zh: z.string().min(1).max(200),
      /** Safety regulations: scheduled for higher retention, and a confident error here is flagged. */
      safety: z.boolean().default(false),
    })
    .strict(),
);

export const SyllabusFile = z
  .object({
    id,
    title: z.string().min(1).max(200),
    title_zh: z.string().min(1).max(200),
    topics: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'topic ids are <area>.<topic>'),
            title: z.string().min(1).max(200),
            title_zh: z.string().min(1).max(200),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const Blueprint = z
  .object({
    duration_minutes: z.number().int().min(1).max(600),
    items: z.partialRecord(
      z.enum(['single', 'multiple', 'true_false', 'fill_blank', 'numeric', 'ordering', 'matching', 'hotspot']),
      z.number().int().min(1).max(500),
    ),
  })
  .strict();

export const CertificationFile = z
  .object({
    id,
    title: z.string().min(1).max(200),
    title_zh: z.string().min(1).max(200),
    post: z.enum(['driver', 'maintainer']),
    subjects: z
      .array(
        z
          .object({
            subject: id,
            pass_score: z.number().positive(),
            max_score: z.number().positive(),
            blueprint: Blueprint,
          })
          .strict()
          .refine((s) => s.pass_score <= s.max_score, 'pass_score cannot exceed max_score'),
      )
      .min(1),
  })
  .strict();

/** A bank item is the authored form of an item: one schema for files, the editor and imports. */
export const BankItem = ItemSource;
export type BankItem = ItemSource;
export const ItemsFile = z.array(BankItem);
export type CertificationFile = z.infer<typeof CertificationFile>;
export type SyllabusFile = z.infer<typeof SyllabusFile>;
export type SubjectsFile = z.infer<typeof SubjectsFile>;
