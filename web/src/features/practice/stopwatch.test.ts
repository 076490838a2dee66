import { describe, expect, it } from 'vitest';
import { Stopwatch } from './stopwatch.js';

describe('Stopwatch', () => {
  it('measures from start, leaving out the time it was paused', () => {
    let t = 1000;
    const w = new Stopwatch(() => t);
    t = 4000;
    w.pause();
    t = 60_000;
    expect(w.elapsed()).toBe(3000);
    w.resume();
    t = 62_500;
    expect(w.elapsed()).toBe(5500);
  });

  it('ignores repeated pauses and resumes', () => {
    let t = 0;
    const w = new Stopwatch(() => t, false);
    expect(w.running).toBe(false);
    w.resume();
    t = 10;
    w.resume();
    t = 20;
    w.pause();
    w.pause();
    expect(w.elapsed()).toBe(20);
  });
});
