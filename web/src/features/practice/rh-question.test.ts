// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LearnerView, Response } from './practice-api.js';
import type { RhQuestion } from './rh-question.js';

beforeAll(async () => {
  await import('./rh-question.js');
});

afterEach(() => {
  document.body.innerHTML = '';
});

/** Mounts a question and collects every response it reports. */
async function mount(view: LearnerView) {
  const el = document.createElement('rh-question') as RhQuestion;
  const seen: (Response | null)[] = [];
  el.addEventListener('rh-response-change', (e) => seen.push((e as Event & { response: Response | null }).response));
  el.view = view;
  document.body.append(el);
  await el.updateComplete;
  // The inputs are drawn by the answer input of the item's kind (rh-choice-input, rh-typed-input…) inside the question.
  const root = el.shadowRoot?.querySelector('[data-answer]')?.shadowRoot as ShadowRoot;
  const settle = async () => {
    await el.updateComplete;
  };
  return { el, root, seen, settle };
}

const options = [
  { id: 'a', text: 'Apply' },
  { id: 'b', text: 'Release' },
  { id: 'c', text: 'Lap' },
];

describe('rh-question', () => {
  it('single choice: keys choose one option, and nothing chosen is no response', async () => {
    const { el, seen, settle } = await mount({ kind: 'single', stem: 'What?', options });
    expect(el.value).toBeNull();
    expect(seen).toEqual([null]);
    expect(el.pick(1)).toBe(true);
    expect(el.pick(0)).toBe(true);
    await settle();
    expect(el.value).toEqual({ selected: ['a'] });
    expect(el.pick(5)).toBe(false);
  });

  it('multiple choice: keys toggle options on and off', async () => {
    const { el, root, settle } = await mount({ kind: 'multiple', stem: 'Which?', options });
    el.pick(0);
    el.pick(2);
    el.pick(0);
    await settle();
    expect(el.value).toEqual({ selected: ['c'] });
    expect(root.querySelectorAll('input[type="checkbox"]')).toHaveLength(3);
    const box = root.querySelectorAll<HTMLInputElement>('input')[1] as HTMLInputElement;
    box.click();
    await settle();
    expect(el.value).toEqual({ selected: ['c', 'b'] });
  });

  it('true or false answers with the option ids "true" and "false"', async () => {
    const { el } = await mount({
      kind: 'true_false',
      stem: 'Right?',
      options: [
        { id: 'true', text: 'True' },
        { id: 'false', text: 'False' },
      ],
    });
    el.pick(1);
    expect(el.value).toEqual({ selected: ['false'] });
  });

  it('typed answers are trimmed, and Enter asks to submit', async () => {
    const { el, root, settle } = await mount({ kind: 'numeric', stem: 'How much?', unit: 'kPa' });
    const input = root.querySelector('input') as HTMLInputElement;
    expect(input.inputMode).toBe('decimal');
    expect(root.textContent).toContain('kPa');
    input.value = '  500 ';
    input.dispatchEvent(new InputEvent('input'));
    await settle();
    expect(el.value).toEqual({ text: '500' });
    let asked = 0;
    el.addEventListener('rh-submit-request', () => asked++);
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    expect(asked).toBe(1);
    expect(el.pick(0)).toBe(false);
  });

  it('fill in the blank with nothing typed is no response', async () => {
    const { el, root, settle } = await mount({ kind: 'fill_blank', stem: 'The ___ valve' });
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = '   ';
    input.dispatchEvent(new InputEvent('input'));
    await settle();
    expect(el.value).toBeNull();
  });

  it('ordering starts in the order shown and moves steps up and down', async () => {
    const steps = [
      { id: '2', text: 'Release' },
      { id: '0', text: 'Charge' },
      { id: '1', text: 'Apply' },
    ];
    const { el, root, settle } = await mount({ kind: 'ordering', stem: 'Order', steps });
    expect(el.value).toEqual({ order: ['2', '0', '1'] });
    (root.querySelector('button[data-move="0:-1"]') as HTMLButtonElement).click();
    await settle();
    expect(el.value).toEqual({ order: ['0', '2', '1'] });
    (root.querySelector('button[data-move="2:1"]') as HTMLButtonElement).click();
    await settle();
    expect(el.value).toEqual({ order: ['0', '1', '2'] });
    expect((root.querySelector('button[data-move="0:-1"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('matching pairs each prompt with the answer chosen for it', async () => {
    const { el, root, settle } = await mount({
      kind: 'matching',
      stem: 'Match',
      prompts: [
        { id: '0', text: 'Red' },
        { id: '1', text: 'Green' },
      ],
      options: [
        { id: 'a0', text: 'Stop' },
        { id: 'a1', text: 'Proceed' },
        { id: 'd0', text: 'Caution' },
      ],
    });
    const selects = root.querySelectorAll('select');
    const choose = async (i: number, value: string) => {
      const s = selects[i] as HTMLSelectElement;
      s.value = value;
      s.dispatchEvent(new Event('change'));
      await settle();
    };
    await choose(1, 'a1');
    expect(el.value).toEqual({ pairs: { '1': 'a1' } });
    await choose(0, 'a0');
    await choose(1, '');
    expect(el.value).toEqual({ pairs: { '0': 'a0' } });
  });

  it('hotspot: the arrow keys place and move the marker in fractions of the image', async () => {
    const { el, root, settle } = await mount({
      kind: 'hotspot',
      stem: 'Where?',
      image: 'media/brakes.svg',
      imageAlt: 'A brake',
    });
    const area = root.querySelector('.hotspot') as HTMLElement;
    expect(area.getAttribute('aria-label')).toBe('A brake');
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    expect(el.value).toEqual({ point: { x: 0.5, y: 0.5 } });
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, shiftKey: true }));
    await settle();
    const p = (el.value as { point: { x: number; y: number } }).point;
    expect(p.x).toBeCloseTo(0.52);
    expect(p.y).toBeCloseTo(0.4);
  });

  it('once answered, marks the chosen and the right options and takes no more input', async () => {
    const { el, root, settle } = await mount({ kind: 'single', stem: 'What?', options });
    el.pick(1);
    el.locked = true;
    el.correctResponse = { selected: ['a'] };
    await settle();
    const labels = [...root.querySelectorAll('label.choice')];
    expect(labels[0]?.classList.contains('missed')).toBe(true);
    expect(labels[1]?.classList.contains('wrong')).toBe(true);
    expect(labels[0]?.textContent).toContain('Correct answer');
    expect(labels[1]?.textContent).toContain('Your answer, wrong');
    expect(el.pick(2)).toBe(false);
    expect([...root.querySelectorAll('input')].every((i) => i.disabled)).toBe(true);
  });

  it('a new item clears the previous answer', async () => {
    const { el, settle } = await mount({ kind: 'single', stem: 'What?', options });
    el.pick(0);
    el.view = { kind: 'single', stem: 'Next', options };
    await settle();
    expect(el.value).toBeNull();
  });
});
