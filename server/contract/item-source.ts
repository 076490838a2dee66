import { z } from 'zod';

/**
 * The authored form of an item: what a teacher writes in a question-bank YAML file, what the editor sends,
 * and what importers produce. One schema for all three (see question-bank/README.md).
 */

const markdown = (max: number) => z.string().trim().min(1).max(max);
const fraction = z.number().min(0).max(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and "-"');

const Option = z
  .object({
    id: z.string().regex(/^[a-z]$/, 'option ids are single letters a–z'),
    text: markdown(1000),
    correct: z.boolean().optional(),
  })
  .strict();
const Region = z
  .object({ x: fraction, y: fraction, w: fraction, h: fraction })
  .strict()
  .refine((r) => r.x + r.w <= 1 + 1e-9 && r.y + r.h <= 1 + 1e-9, 'the region runs off the image');
const Pair = z.object({ prompt: markdown(500), answer: markdown(500) }).strict();

const Translation = z
  .object({
    stem: markdown(5000),
    explanation: markdown(10000),
    options: z.record(z.string(), markdown(1000)).optional(),
    steps: z.array(markdown(500)).optional(),
    pairs: z.array(Pair).optional(),
    distractors: z.array(markdown(500)).optional(),
    accepted: z.array(z.string().trim().min(1).max(200)).optional(),
    image_alt: z.string().min(1).max(500).optional(),
  })
  .strict();

/** Stable item ids: `<area>-<4 digits>`, unique in the bank, never reused. */
export const ItemId = z.string().regex(/^[a-z][a-z0-9-]*-\d{4}$/, 'item ids look like <area>-0001');

const common = {
  topic: z.string().min(1).max(100),
  subjects: z.array(id).min(1),
  post: z.enum(['driver', 'maintainer', 'both']),
  models: z.array(z.string().min(1).max(50)).optional(),
  source: z.enum(['teacher', 'craftsman']),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  tags: z.array(z.union([z.string().min(1).max(50), z.number().transform(String)])).optional(),
  references: z.array(z.string().trim().min(1).max(500)).min(1, 'cite at least one reference'),
  rules: z.enum(['CN', 'UIC', 'EN', 'US']).optional(),
  lang: z.enum(['en', 'zh-Hans']),
  stem: markdown(5000),
  explanation: markdown(10000),
  translations: z.partialRecord(z.enum(['en', 'zh-Hans']), Translation).optional(),
};

/** One schema per item type, with the common fields and any `extra` ones. */
const itemUnion = <E extends z.ZodRawShape>(extra: E) =>
  z.discriminatedUnion('type', [
    z.object({ ...common, ...extra, type: z.literal('single'), options: z.array(Option).min(2).max(10) }).strict(),
    z
      .object({
        ...common,
        ...extra,
        type: z.literal('multiple'),
        options: z.array(Option).min(2).max(10),
        scoring: z.enum(['all-or-nothing', 'partial']),
      })
      .strict(),
    z.object({ ...common, ...extra, type: z.literal('true_false'), answer: z.boolean() }).strict(),
    z
      .object({
        ...common,
        ...extra,
        type: z.literal('fill_blank'),
        accepted: z.array(z.string().trim().min(1).max(200)).min(1),
        case_sensitive: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        ...common,
        ...extra,
        type: z.literal('numeric'),
        answer: z.number().finite(),
        tolerance: z.number().min(0).finite(),
        unit: z.string().min(1).max(20).optional(),
      })
      .strict(),
    z
      .object({ ...common, ...extra, type: z.literal('ordering'), steps: z.array(markdown(500)).min(3).max(8) })
      .strict(),
    z
      .object({
        ...common,
        ...extra,
        type: z.literal('matching'),
        pairs: z.array(Pair).min(2).max(8),
        distractors: z.array(markdown(500)).max(8).optional(),
      })
      .strict(),
    z
      .object({
        ...common,
        ...extra,
        type: z.literal('hotspot'),
        image: z
          .string()
          .regex(/^media\/[\w.-]+\.(svg|png|jpe?g|webp)$/, 'images live in media/ as .svg, .png, .jpg or .webp'),
        image_alt: z.string().min(1).max(500),
        regions: z.array(Region).min(1).max(10),
      })
      .strict(),
  ]);

/** An item as authored, with its stable id (bank files, exports). */
export const ItemSource = itemUnion({ id: ItemId });
export type ItemSource = z.infer<typeof ItemSource>;
/** An item as the editor sends it: the server assigns the id. */
export const ItemDraft = itemUnion({});
export type ItemDraft = z.infer<typeof ItemDraft>;
