import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { z } from 'zod';
import type { ItemDraft, PreviewResponse } from '../../../../server/contract/index.js';
import { ApiError, api, call } from '../../api/client.js';
import '../../components/rh-markdown.js';
import '../../components/rh-status.js';
import { toImageSrc } from '../../markdown/url-policy.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** What a learner is shown before answering, as the server presents it. */
export type LearnerItemView = NonNullable<z.infer<typeof PreviewResponse>['view']>;
/** A language item text can be written in. */
export type ItemLang = ItemDraft['lang'];
type Preview = { view: LearnerItemView | null; problems: string[] };

const DEBOUNCE_MS = 400;
/** Stands in for fields a learner never sees, so the server can still present the item and check the rest. */
const PLACEHOLDER = 'rh-preview-placeholder';

/** The other item language: the one a translation is written in. */
export const otherLang = (lang: ItemLang): ItemLang => (lang === 'en' ? 'zh-Hans' : 'en');

/** The name of an item language, written in that language (as learners choose it). */
export const langName = (lang: ItemLang): string => (lang === 'en' ? 'English' : '简体中文');

const letter = (i: number) => String.fromCharCode(65 + i);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A readable name for the part of the item a validation issue points at (`options.1.text` → "Option B"). */
function fieldLabel(parts: string[]): string {
  const [head, at, sub] = parts;
  const index = Number(at);
  const n = Number.isInteger(index) ? index + 1 : 0;
  switch (head) {
    case 'translations': {
      const lang = at === 'en' ? msg('English') : msg('Simplified Chinese');
      return msg(str`${lang} translation, ${fieldLabel(parts.slice(2)).toLowerCase()}`);
    }
    case 'stem':
      return msg('Stem');
    case 'explanation':
      return msg('Explanation');
    case 'references':
      return at === undefined ? msg('References') : msg(str`Reference ${n}`);
    case 'topic':
      return msg('Topic');
    case 'subjects':
      return msg('Subjects');
    case 'tags':
      return msg('Tags');
    case 'models':
      return msg('Locomotive models');
    case 'options':
      if (at === undefined) return msg('Options');
      // Translations key option texts by id; the main text lists them in order.
      return msg(str`Option ${/^[a-z]$/.test(at) ? at.toUpperCase() : letter(index)}`);
    case 'steps':
      return at === undefined ? msg('Steps') : msg(str`Step ${n}`);
    case 'pairs':
      if (at === undefined) return msg('Pairs');
      return sub === 'answer' ? msg(str`Pair ${n}, answer`) : msg(str`Pair ${n}, prompt`);
    case 'distractors':
      return at === undefined ? msg('Distractors') : msg(str`Distractor ${n}`);
    case 'accepted':
      return at === undefined ? msg('Accepted answers') : msg(str`Accepted answer ${n}`);
    case 'answer':
      return msg('Answer');
    case 'tolerance':
      return msg('Tolerance');
    case 'unit':
      return msg('Unit');
    case 'image':
      return msg('Image');
    case 'image_alt':
      return msg('Image description');
    case 'regions':
      return at === undefined ? msg('Regions') : msg(str`Region ${n}`);
    default:
      return head ?? msg('Item');
  }
}

/** One schema issue (`{ path: 'source.options.1.text', message: 'Too small: …' }`) as a translated sentence. */
export function describeIssue(path: string, message: string): string {
  const parts = path.split('.').filter((p) => p !== '');
  if (parts[0] === 'source') parts.shift();
  const label = fieldLabel(parts);
  const min = message.match(/>=?\s*(\d+)/)?.[1] ?? '1';
  if (/^Too small: expected string/.test(message)) return msg(str`${label} is empty.`);
  if (/^Too small: expected array/.test(message)) return msg(str`${label}: add at least ${min}.`);
  if (/^Too big: expected string/.test(message)) return msg(str`${label} is too long.`);
  if (/^Too big: expected array/.test(message)) return msg(str`${label}: too many.`);
  if (/expected number/.test(message)) return msg(str`${label}: enter a number.`);
  if (/^Invalid option/.test(message)) return msg(str`${label}: choose one of the values offered.`);
  return `${label}: ${message}`;
}

/** The problems a refused save or preview reports (schema issues or the item checker's findings), or null. */
export function problemsOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const details = error.details as { issues?: { path: string; message: string }[]; problems?: string[] } | undefined;
  if (details?.issues) return details.issues.map((i) => describeIssue(i.path, i.message));
  if (details?.problems) return details.problems.map(capitalise);
  return [capitalise(error.message)];
}

/**
 * The draft as sent for preview: fields learners never see are filled in when blank (and reported here
 * instead), so the server can present the item and find deeper problems while the author is still writing.
 */
function forPreview(draft: ItemDraft): { source: ItemDraft; missing: string[] } {
  const missing: string[] = [];
  const references = draft.references.filter((r) => r.trim() !== '');
  if (draft.topic === '') missing.push(msg('Choose a topic.'));
  if (draft.subjects.length === 0) missing.push(msg('Choose at least one subject.'));
  if (draft.explanation.trim() === '') missing.push(msg('Write an explanation.'));
  if (references.length === 0) missing.push(msg('Cite at least one reference.'));
  const source: ItemDraft = {
    ...draft,
    topic: draft.topic || PLACEHOLDER,
    subjects: draft.subjects.length > 0 ? draft.subjects : [PLACEHOLDER],
    explanation: draft.explanation.trim() === '' ? PLACEHOLDER : draft.explanation,
    references: references.length > 0 ? references : [PLACEHOLDER],
  };
  return { source, missing };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** The text of a translated field when it is written, else the main language's. */
const pick = (translated: string | undefined, main: string) => (translated?.trim() ? translated : main);

/** The translation a learner choosing `lang` gets, if the draft has one. */
const translationFor = (d: ItemDraft, lang: ItemLang) => (lang === d.lang ? undefined : d.translations?.[lang]);

const TRUE_FALSE = { en: { true: 'True', false: 'False' }, 'zh-Hans': { true: '正确', false: '错误' } } as const;

/**
 * The learner's view built from the draft itself, shown while the server cannot present it yet (the item
 * still has structural problems). Same fields as the server's view, in authored order.
 */
function draftView(d: ItemDraft, lang: ItemLang): LearnerItemView {
  const t = translationFor(d, lang);
  const stem = pick(t?.stem, d.stem);
  switch (d.type) {
    case 'single':
    case 'multiple':
      return {
        kind: d.type,
        stem,
        options: d.options.map((o) => ({ id: o.id, text: pick(t?.options?.[o.id], o.text) })),
      };
    case 'true_false': {
      const labels = TRUE_FALSE[t ? lang : d.lang];
      return { kind: d.type, stem, options: (['true', 'false'] as const).map((id) => ({ id, text: labels[id] })) };
    }
    case 'fill_blank':
      return { kind: d.type, stem };
    case 'numeric':
      return { kind: d.type, stem, unit: d.unit ?? null };
    case 'ordering':
      return { kind: d.type, stem, steps: d.steps.map((s, i) => ({ id: String(i), text: pick(t?.steps?.[i], s) })) };
    case 'matching':
      return {
        kind: d.type,
        stem,
        prompts: d.pairs.map((p, i) => ({ id: String(i), text: pick(t?.pairs?.[i]?.prompt, p.prompt) })),
        options: [
          ...d.pairs.map((p, i) => ({ id: `a${i}`, text: pick(t?.pairs?.[i]?.answer, p.answer) })),
          ...(d.distractors ?? []).map((x, i) => ({ id: `d${i}`, text: pick(t?.distractors?.[i], x) })),
        ],
      };
    case 'hotspot':
      return { kind: d.type, stem, image: d.image, imageAlt: pick(t?.image_alt, d.image_alt) };
  }
}

/**
 * The live preview of an item being edited: what a student will see (as the server presents it, in English or
 * Simplified Chinese), every problem the validator finds, and what students see after answering.
 * Requests are debounced; a newer draft cancels an older request.
 */
@customElement('rh-item-preview')
@localized()
export class RhItemPreview extends LitElement {
  /** The draft being edited (the authored form). */
  @property({ attribute: false }) draft: ItemDraft | null = null;
  /** The language previewed; defaults to the draft's main language. */
  @state() private previewLang: ItemLang | null = null;

  private readonly preview = new Task(this, {
    task: async ([draft, lang], { signal }): Promise<Preview | null> => {
      if (!draft) return null;
      await sleep(DEBOUNCE_MS, signal);
      const { source, missing } = forPreview(draft);
      try {
        const res = await call(api.api.items.preview.$post({ json: { source, lang } }, { init: { signal } }));
        const problems = res.problems.filter((p) => !p.includes(PLACEHOLDER)).map(capitalise);
        return { view: res.view, problems: [...missing, ...problems] };
      } catch (e) {
        const problems = problemsOf(e);
        if (problems === null) throw e;
        return { view: null, problems: [...missing, ...problems] };
      }
    },
    args: () => [this.draft, this.shownLang()] as const,
  });

  private shownLang(): ItemLang {
    return this.previewLang ?? this.draft?.lang ?? 'en';
  }

  override render() {
    const d = this.draft;
    const lang = this.shownLang();
    const result = this.preview.value;
    const view = result?.view ?? (d ? draftView(d, lang) : null);
    const translated = d && (lang === d.lang || d.translations?.[lang] !== undefined);
    return html`
      <div class="head">
        <h2 id="preview-heading">${msg('Student preview')}</h2>
        <div class="langs" role="group" aria-label=${msg('Preview language')}>
          ${(['en', 'zh-Hans'] as const).map(
            (l) =>
              html`<button type="button" class="secondary" lang=${l} aria-pressed=${l === lang ? 'true' : 'false'}
                @click=${() => {
                  this.previewLang = l;
                }}>${langName(l)}</button>`,
          )}
        </div>
      </div>
      ${this.renderProblems()}
      ${
        d && !translated
          ? html`<p class="note">${msg(str`There is no ${langName(lang)} translation yet: students who choose it see the ${langName(d.lang)} text.`)}</p>`
          : nothing
      }
      ${
        view && d
          ? html`<div class="student" lang=${translated ? lang : d.lang}>
              ${this.renderView(view)}
            </div>
            <div class="divider" role="separator"><span>${msg('After answering, students see')}</span></div>
            <div class="after" lang=${translated ? lang : d.lang}>${this.renderAfter(d, lang)}</div>`
          : nothing
      }
    `;
  }

  private renderProblems(): TemplateResult {
    const result = this.preview.value;
    const busy = this.preview.status === TaskStatus.PENDING;
    let content: TemplateResult;
    if (this.preview.status === TaskStatus.ERROR)
      return html`<rh-status kind="error" .error=${this.preview.error} @rh-retry=${() => this.preview.run()}></rh-status>`;
    if (!result) content = html`<p class="muted checking">${msg('Checking the item…')}</p>`;
    else if (result.problems.length === 0) content = html`<p class="ok">${msg('No problems found.')}</p>`;
    else {
      const n = result.problems.length;
      content = html`<div class="problems">
        <p><strong>${n === 1 ? msg('1 problem:') : msg(str`${n} problems:`)}</strong></p>
        <ul>${result.problems.map((p) => html`<li>${p}</li>`)}</ul>
      </div>`;
    }
    return html`<div class="check" role="status" aria-busy=${busy ? 'true' : 'false'}>${content}</div>`;
  }

  private renderView(v: LearnerItemView): TemplateResult {
    const stem = html`<rh-markdown class="stem" .source=${v.stem}></rh-markdown>`;
    const name = 'preview-answer';
    switch (v.kind) {
      case 'single':
      case 'multiple':
      case 'true_false': {
        const multiple = v.kind === 'multiple';
        return html`${stem}
          ${multiple ? html`<p class="hint">${msg('Select all that apply.')}</p>` : nothing}
          <ul class="choices">
            ${(v.options ?? []).map(
              (o, i) => html`<li><label class="choice">
                <input type=${multiple ? 'checkbox' : 'radio'} name=${name} value=${o.id} />
                ${v.kind === 'true_false' ? nothing : html`<span class="letter" aria-hidden="true">${letter(i)}</span>`}
                <rh-markdown inline .source=${o.text}></rh-markdown>
              </label></li>`,
            )}
          </ul>`;
      }
      case 'fill_blank':
      case 'numeric':
        return html`${stem}
          <label class="answer">${msg('Your answer')}
            <span class="typed">
              <input type="text" inputmode=${v.kind === 'numeric' ? 'decimal' : 'text'} autocomplete="off" />
              ${v.unit ? html`<span class="unit">${v.unit}</span>` : nothing}
            </span>
          </label>`;
      case 'ordering':
        return html`${stem}
          <p class="hint">${msg('Put the steps in the right order.')}</p>
          <ol class="steps">${(v.steps ?? []).map((s) => html`<li><span class="grip" aria-hidden="true">⋮⋮</span><rh-markdown inline .source=${s.text}></rh-markdown></li>`)}</ol>`;
      case 'matching': {
        const answers = v.options ?? [];
        return html`${stem}
          <p class="hint">${msg('Match each item with an answer. Not every answer is used.')}</p>
          <ul class="answers">${answers.map((a, i) => html`<li><span class="letter" aria-hidden="true">${letter(i)}</span><rh-markdown inline .source=${a.text}></rh-markdown></li>`)}</ul>
          <ol class="prompts">
            ${(v.prompts ?? []).map(
              (p, i) => html`<li>
                <span class="num" aria-hidden="true">${i + 1}</span>
                <rh-markdown class="prompt" inline .source=${p.text}></rh-markdown>
                <select aria-label=${msg(str`Answer for item ${i + 1}`)}>
                  <option value="">${msg('Choose…')}</option>
                  ${answers.map((a, j) => html`<option value=${a.id}>${letter(j)}</option>`)}
                </select>
              </li>`,
            )}
          </ol>`;
      }
      case 'hotspot':
        return html`${stem}
          <p class="hint">${msg('Click the right place on the image.')}</p>
          ${this.renderImage(v.image ?? '', v.imageAlt ?? '', [])}`;
    }
  }

  private renderImage(image: string, alt: string, regions: { x: number; y: number; w: number; h: number }[]) {
    const src = toImageSrc(image);
    if (!src) return html`<p class="muted">${msg('No image yet.')}</p>`;
    const pct = (f: number) => `${(f * 100).toFixed(2)}%`;
    return html`<div class="figure">
      <img src=${src} alt=${alt} />
      ${regions.map(
        (r, i) =>
          html`<span class="region" style=${styleMap({ left: pct(r.x), top: pct(r.y), width: pct(r.w), height: pct(r.h) })}><span>${i + 1}</span></span>`,
      )}
    </div>`;
  }

  /** The key and the explanation, from the draft itself (the server never sends them before an answer). */
  private renderAfter(d: ItemDraft, lang: ItemLang): TemplateResult {
    const t = translationFor(d, lang);
    let key: TemplateResult;
    switch (d.type) {
      case 'single':
      case 'multiple': {
        const correct = d.options.map((o, i) => ({ o, i })).filter(({ o }) => o.correct);
        key = html`<p class="key-title">${msg('Correct answer')}</p>
          ${
            correct.length === 0
              ? html`<p class="muted">${msg('No option is marked correct yet.')}</p>`
              : html`<ul class="key">${correct.map(({ o, i }) => html`<li><span class="letter" aria-hidden="true">${letter(i)}</span><rh-markdown inline .source=${pick(t?.options?.[o.id], o.text)}></rh-markdown></li>`)}</ul>`
          }
          ${
            d.type === 'multiple'
              ? html`<p class="muted small">${d.scoring === 'partial' ? msg('Scoring: partial credit for each right choice.') : msg('Scoring: all or nothing.')}</p>`
              : nothing
          }`;
        break;
      }
      case 'true_false':
        key = html`<p class="key-title">${msg('Correct answer')}</p>
          <p class="key-value">${TRUE_FALSE[t ? lang : d.lang][d.answer ? 'true' : 'false']}</p>`;
        break;
      case 'fill_blank': {
        const accepted = (t?.accepted?.length ? t.accepted : d.accepted).filter((a) => a.trim() !== '');
        key = html`<p class="key-title">${msg('Accepted answers')}</p>
          <ul class="key">${accepted.map((a) => html`<li><span class="typed-answer">${a}</span></li>`)}</ul>
          ${d.case_sensitive ? html`<p class="muted small">${msg('Case matters.')}</p>` : nothing}`;
        break;
      }
      case 'numeric':
        key = html`<p class="key-title">${msg('Correct answer')}</p>
          <p class="key-value">${Number.isFinite(d.answer) ? d.answer : '—'}${d.unit ? ` ${d.unit}` : ''}
            ${d.tolerance > 0 ? html`<span class="muted">(± ${d.tolerance}${d.unit ? ` ${d.unit}` : ''})</span>` : nothing}</p>`;
        break;
      case 'ordering':
        key = html`<p class="key-title">${msg('Correct order')}</p>
          <ol class="key-order">${d.steps.map((s, i) => html`<li><rh-markdown inline .source=${pick(t?.steps?.[i], s)}></rh-markdown></li>`)}</ol>`;
        break;
      case 'matching':
        key = html`<p class="key-title">${msg('Correct matches')}</p>
          <ul class="key">${d.pairs.map(
            (p, i) => html`<li class="pair">
              <rh-markdown inline .source=${pick(t?.pairs?.[i]?.prompt, p.prompt)}></rh-markdown>
              <span aria-hidden="true">→</span><span class="visually-hidden">${msg('matches')}</span>
              <rh-markdown inline .source=${pick(t?.pairs?.[i]?.answer, p.answer)}></rh-markdown>
            </li>`,
          )}</ul>`;
        break;
      case 'hotspot':
        key = html`<p class="key-title">${
          d.regions.length === 1
            ? msg('A click in the marked region is right.')
            : msg(str`A click in any of the ${d.regions.length} marked regions is right.`)
        }</p>
          ${this.renderImage(d.image, pick(t?.image_alt, d.image_alt), d.regions)}`;
        break;
    }
    const explanation = pick(t?.explanation, d.explanation);
    return html`${key}
      <p class="key-title">${msg('Explanation')}</p>
      ${
        explanation.trim()
          ? html`<rh-markdown .source=${explanation}></rh-markdown>`
          : html`<p class="muted">${msg('No explanation yet.')}</p>`
      }`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-4);
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius);
        box-shadow: var(--rh-shadow);
        padding: var(--rh-space-5);
      }
      h2 {
        margin: 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-2) var(--rh-space-3);
      }
      .langs {
        display: inline-flex;
        border: 1px solid var(--rh-action);
        border-radius: var(--rh-radius-small);
        overflow: hidden;
      }
      .langs button {
        border: none;
        border-radius: 0;
        padding: 6px 14px;
        font-weight: 600;
      }
      .langs button + button {
        border-left: 1px solid var(--rh-action);
      }
      .langs button[aria-pressed='true'] {
        background: var(--rh-action);
        color: #fff;
      }
      .langs button:focus-visible {
        outline-offset: -3px;
      }
      .check p {
        margin: 0;
      }
      .problems {
        background: #fff7e0;
        border: 1px solid #e9c46a;
        color: #5c4400;
        border-radius: var(--rh-radius-small);
        padding: var(--rh-space-3);
      }
      .problems ul {
        margin: var(--rh-space-1) 0 0;
        padding-left: 1.25em;
      }
      .ok {
        background: var(--rh-ok-soft);
        color: var(--rh-ok);
        border-radius: var(--rh-radius-small);
        padding: var(--rh-space-3);
        font-weight: 600;
      }
      .note {
        margin: 0;
        font-size: 0.9rem;
        color: var(--rh-ink-soft);
        border-left: 4px solid var(--rh-line);
        padding-left: var(--rh-space-3);
      }
      .student {
        display: grid;
        gap: var(--rh-space-3);
        padding: var(--rh-space-4);
        border-radius: var(--rh-radius);
        background: var(--rh-paper);
      }
      .stem {
        font-size: 1.05rem;
      }
      .hint {
        margin: 0;
        font-size: 0.9rem;
        color: var(--rh-ink-soft);
      }
      ul,
      ol {
        margin: 0;
      }
      .choices,
      .answers,
      .key {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .choice {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        font-weight: 400;
        font-size: 1rem;
        min-height: 48px;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        cursor: pointer;
      }
      .choice input {
        width: 20px;
        height: 20px;
        min-height: 20px;
        flex: none;
        margin: 0;
      }
      .letter {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 26px;
        height: 26px;
        border-radius: 50%;
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
        font-weight: 700;
        font-size: 0.85rem;
      }
      .answers li,
      .key li {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .answer {
        font-weight: 600;
      }
      .typed {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .typed input {
        max-width: 16rem;
      }
      .unit {
        font-weight: 600;
      }
      .steps {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .steps li {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        min-height: 48px;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
      }
      .grip {
        color: var(--rh-ink-soft);
        letter-spacing: -2px;
      }
      .prompts {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .prompts li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2) var(--rh-space-3);
        min-height: 48px;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
      }
      .prompts .prompt {
        flex: 1 1 8rem;
      }
      .num {
        flex: none;
        font-weight: 700;
        color: var(--rh-ink-soft);
      }
      .prompts select {
        width: auto;
        min-width: 7rem;
      }
      .figure {
        position: relative;
        line-height: 0;
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        overflow: hidden;
        background: #fff;
      }
      .figure img {
        width: 100%;
        height: auto;
      }
      .region {
        position: absolute;
        border: 2px solid var(--rh-ok);
        background: rgb(29 107 58 / 18%);
        line-height: 1;
      }
      .region span {
        position: absolute;
        top: 2px;
        left: 2px;
        background: var(--rh-ok);
        color: #fff;
        font-size: 0.75rem;
        font-weight: 700;
        padding: 1px 5px;
        border-radius: 3px;
      }
      .divider {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        color: var(--rh-ink-soft);
        font-size: 0.85rem;
        font-weight: 600;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .divider {
        text-align: center;
      }
      .divider::before,
      .divider::after {
        content: '';
        flex: 1 0 16px;
        border-top: 1px dashed var(--rh-line);
      }
      .after {
        display: grid;
        gap: var(--rh-space-2);
      }
      .after p {
        margin: 0;
      }
      .key-title {
        font-weight: 700;
        margin-top: var(--rh-space-2) !important;
      }
      .key-title:first-child {
        margin-top: 0 !important;
      }
      .key li {
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-ok-soft);
        border-radius: var(--rh-radius-small);
      }
      .key-value {
        font-weight: 600;
        color: var(--rh-ok);
      }
      .key-order {
        padding-left: 1.5em;
        display: grid;
        gap: var(--rh-space-1);
      }
      .pair {
        flex-wrap: wrap;
      }
      .typed-answer {
        font-family: var(--rh-mono);
      }
      .small {
        font-size: 0.9rem;
      }
      @media (max-width: 640px) {
        :host {
          padding: var(--rh-space-4);
        }
        .student {
          padding: var(--rh-space-3);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-preview': RhItemPreview;
  }
}
