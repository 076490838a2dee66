import { describe, expect, it } from 'vitest';
import { clock, daysUntil, percent, plainText, today } from './format.js';

describe('format', () => {
  it('writes probabilities as whole percentages, never rounding a chance to 0% or 100%', () => {
    expect(percent(0.734)).toBe('73%');
    expect(percent(0)).toBe('0%');
    expect(percent(0.001)).toBe('<1%');
    expect(percent(0.999)).toBe('>99%');
    expect(percent(1)).toBe('100%');
    expect(percent(1.4)).toBe('100%');
  });

  it('counts whole days to a calendar day', () => {
    const now = new Date(2026, 2, 1, 23, 30);
    expect(today(now)).toBe('2026-03-01');
    expect(daysUntil('2026-03-31', now)).toBe(30);
    expect(daysUntil('2026-03-01', now)).toBe(0);
    expect(daysUntil('2026-02-28', now)).toBe(-1);
  });

  it('shows durations like a stopwatch', () => {
    expect(clock(75_000)).toBe('1:15');
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(clock(-5)).toBe('0:00');
  });

  it('reduces Markdown to plain text for select options', () => {
    expect(plainText('**Brake** [pipe](https://x.test) `500 kPa`\n and $p$')).toBe('Brake pipe 500 kPa and p');
  });
});
