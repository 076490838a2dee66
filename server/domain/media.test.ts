import { describe, expect, it } from 'vitest';
import { isMediaName, sniffImageType } from './media.js';

describe('uploaded images', () => {
  it('are recognised by their bytes, not their names', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<html>'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('have plain file names', () => {
    expect(isMediaName('brakes-diagram.svg')).toBe(true);
    expect(isMediaName('a1b2c3.png')).toBe(true);
    expect(isMediaName('../secret.png')).toBe(false);
    expect(isMediaName('.hidden.png')).toBe(false);
    expect(isMediaName('dir/x.png')).toBe(false);
    expect(isMediaName('x.html')).toBe(false);
  });
});
