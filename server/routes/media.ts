import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DomainError } from '../domain/errors.js';
import { type AppEnv, currentUser } from '../middleware/app-env.js';
import { readImage, uploadImage } from '../services/media-service.js';
import { defineRoute, json } from './define-route.js';

const Uploaded = z.object({ name: z.string(), url: z.string(), markdown: z.string() });

const upload = defineRoute(
  { roles: ['teacher', 'craftsman', 'admin'] },
  {
    method: 'post',
    path: '/api/media',
    summary: 'Upload an image as multipart/form-data field `file` (PNG, JPEG, GIF or WebP, at most 2 MB)',
    responses: { 201: json(Uploaded, 'Stored; use the markdown in a stem, option or explanation') },
  },
);

const read = defineRoute('signed-in', {
  method: 'get',
  path: '/api/media/{name}',
  summary: 'An image used by items',
  request: { params: z.object({ name: z.string().max(130) }) },
  responses: {
    200: { description: 'The image', content: { 'image/*': { schema: z.string().meta({ format: 'binary' }) } } },
  },
});

export const mediaRoutes = new OpenAPIHono<AppEnv>()
  .openapi(upload, async (c) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = body.file;
    if (!(file instanceof File))
      throw new DomainError('validation_failed', 'Attach the image as the form field "file".');
    const stored = await uploadImage(c.get('deps'), currentUser(c).id, new Uint8Array(await file.arrayBuffer()));
    return c.json(stored, 201);
  })
  .openapi(read, async (c) => {
    const image = await readImage(c.get('deps'), c.req.valid('param').name);
    c.header('Content-Type', image.mime);
    c.header('Cache-Control', image.immutable ? 'private, max-age=31536000, immutable' : 'private, max-age=3600');
    return c.body(image.bytes as Uint8Array<ArrayBuffer>, 200) as never;
  });
