import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const form = (bytes: Uint8Array<ArrayBuffer>, name: string, type = 'image/png') => {
  const f = new FormData();
  f.set('file', new File([bytes], name, { type }));
  return f;
};

describe('images', () => {
  it('uploads an image under a name derived from its bytes and serves it with its real type', async () => {
    const teacher = await t.signedIn(['teacher']);
    const res = await teacher.post('/api/media', form(PNG, 'diagram.png'));
    expect(res.status).toBe(201);
    const stored = await json<{ name: string; url: string; markdown: string }>(res);
    expect(stored.name).toMatch(/^[0-9a-f]{20}\.png$/);
    expect(stored.markdown).toBe(`![](media/${stored.name})`);
    const again = await json<{ name: string }>(await teacher.post('/api/media', form(PNG, 'other-name.png')));
    expect(again.name).toBe(stored.name);

    const student = await t.signedIn(['student']);
    const image = await student.get(stored.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    expect((await t.client().get(stored.url)).status).toBe(401);
  });

  it('refuses what is not a PNG, JPEG, GIF or WebP whatever it claims to be, and files over 2 MB', async () => {
    const teacher = await t.signedIn(['teacher']);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect((await teacher.post('/api/media', form(svg, 'x.png', 'image/png'))).status).toBe(415);
    const big = new Uint8Array(2 * 1024 * 1024 + 10);
    big.set(PNG);
    expect((await teacher.post('/api/media', form(big, 'big.png'))).status).toBe(413);
    expect((await teacher.post('/api/media', new FormData())).status).toBe(400);
    const student = await t.signedIn(['student']);
    expect((await student.post('/api/media', form(PNG, 'x.png'))).status).toBe(403);
  });

  it('serves the seed bank’s SVG diagrams sandboxed, and nothing outside the media folder', async () => {
    const student = await t.signedIn(['student']);
    const svg = await student.get('/api/media/brakes-wagon-brake-schematic.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('content-security-policy')).toContain('sandbox');
    expect((await student.get('/api/media/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await student.get('/api/media/missing.png')).status).toBe(404);
  });
});
