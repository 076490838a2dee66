import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ITEM_KINDS, type ItemDraft } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import '../../components/rh-markdown.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { getLocale } from '../../i18n/locale.js';
import { toImageSrc } from '../../markdown/url-policy.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { type ItemLang, langName, otherLang } from './rh-item-preview.js';
import { kindLabel } from './rh-items-page.js';

export type ItemKind = ItemDraft['type'];
type Rules = NonNullable<ItemDraft['rules']>;
type Region = { x: number; y: number; w: number; h: number };
type Pair = { prompt: string; answer: string };
type Translation = NonNullable<NonNullable<ItemDraft['translations']>['en']>;

const RULES: readonly Rules[] = ['CN', 'UIC', 'EN', 'US'];
const MAX_OPTIONS = 10;
const MAX_STEPS = 8;
const MAX_PAIRS = 8;
const MAX_REGIONS = 10;
const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

/** Fired on every edit with the whole draft as it now stands (the authored form the server accepts). */
export class DraftChangeEvent extends CustomEvent<ItemDraft> {
  static readonly type = 'rh-draft-change';
  constructor(draft: ItemDraft) {
    super(DraftChangeEvent.type, { detail: draft, bubbles: true, composed: true });
  }
}

/** What the author is typing: every type's fields at once (so switching type loses nothing), as raw text. */
interface FormState {
  type: ItemKind;
  topic: string;
  subjects: string[];
  post: ItemDraft['post'];
  source: ItemDraft['source'];
  difficulty: ItemDraft['difficulty'];
  lang: ItemLang;
  rules: Rules | '';
  stem: string;
  explanation: string;
  referencesText: string;
  tagsText: string;
  modelsText: string;
  options: { text: string; correct: boolean }[];
  scoring: 'all-or-nothing' | 'partial';
  answer: boolean;
  accepted: string[];
  caseSensitive: boolean;
  numAnswer: string;
  tolerance: string;
  unit: string;
  steps: string[];
  pairs: Pair[];
  distractors: string[];
  image: string;
  imageAlt: string;
  regions: Region[];
  /** The translation, position by position with the main text (options, steps, pairs, distractors). */
  tr: {
    stem: string;
    explanation: string;
    options: string[];
    steps: string[];
    pairs: Pair[];
    distractors: string[];
    accepted: string[];
    imageAlt: string;
  };
}

type MdField = 'stem' | 'explanation' | 'tr-stem' | 'tr-explanation';

const optionId = (i: number) => String.fromCharCode(97 + i);
const letter = (i: number) => String.fromCharCode(65 + i);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
const list = (text: string, lower: boolean) =>
  text
    .split(/[,，]/)
    .map((t) => (lower ? t.trim().toLowerCase() : t.trim()))
    .filter((t) => t !== '');
const toNumber = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw.trim().replace(',', '.')));
const round = (f: number) => Math.round(f * 1000) / 1000;
const clamp = (f: number) => Math.min(1, Math.max(0, f));
const percent = (f: number) => (Number.isFinite(f) ? String(Math.round(f * 1000) / 10) : '');

function moved<T>(xs: readonly T[], from: number, to: number): T[] {
  const out = [...xs];
  const [x] = out.splice(from, 1);
  if (x !== undefined) out.splice(to, 0, x);
  return out;
}
const without = <T>(xs: readonly T[], i: number) => xs.filter((_, j) => j !== i);
const replaced = <T>(xs: readonly T[], i: number, x: T) => xs.map((y, j) => (j === i ? x : y));

function blankState(kind: ItemKind, defaults: BlankDefaults = {}): FormState {
  return {
    type: kind,
    topic: defaults.topic ?? '',
    subjects: [],
    post: 'both',
    source: defaults.source ?? 'teacher',
    difficulty: 'medium',
    lang: defaults.lang ?? 'en',
    rules: '',
    stem: '',
    explanation: '',
    referencesText: '',
    tagsText: '',
    modelsText: '',
    options: [0, 1, 2, 3].map(() => ({ text: '', correct: false })),
    scoring: 'all-or-nothing',
    answer: true,
    accepted: [''],
    caseSensitive: false,
    numAnswer: '',
    tolerance: '0',
    unit: '',
    steps: ['', '', ''],
    pairs: [
      { prompt: '', answer: '' },
      { prompt: '', answer: '' },
    ],
    distractors: [],
    image: '',
    imageAlt: '',
    regions: [],
    tr: { stem: '', explanation: '', options: [], steps: [], pairs: [], distractors: [], accepted: [], imageAlt: '' },
  };
}

function fromDraft(d: ItemDraft): FormState {
  const s = blankState(d.type);
  Object.assign(s, {
    topic: d.topic,
    subjects: [...d.subjects],
    post: d.post,
    source: d.source,
    difficulty: d.difficulty,
    lang: d.lang,
    rules: d.rules ?? '',
    stem: d.stem,
    explanation: d.explanation,
    referencesText: d.references.join('\n'),
    tagsText: (d.tags ?? []).join(', '),
    modelsText: (d.models ?? []).join(', '),
  });
  const t = d.translations?.[otherLang(d.lang)];
  if (t)
    s.tr = {
      stem: t.stem,
      explanation: t.explanation,
      options: [],
      steps: [...(t.steps ?? [])],
      pairs: (t.pairs ?? []).map((p) => ({ ...p })),
      distractors: [...(t.distractors ?? [])],
      accepted: [...(t.accepted ?? [])],
      imageAlt: t.image_alt ?? '',
    };
  switch (d.type) {
    case 'single':
    case 'multiple':
      s.options = d.options.map((o) => ({ text: o.text, correct: o.correct === true }));
      s.tr.options = d.options.map((o) => t?.options?.[o.id] ?? '');
      if (d.type === 'multiple') s.scoring = d.scoring;
      break;
    case 'true_false':
      s.answer = d.answer;
      break;
    case 'fill_blank':
      s.accepted = [...d.accepted];
      s.caseSensitive = d.case_sensitive === true;
      break;
    case 'numeric':
      s.numAnswer = Number.isFinite(d.answer) ? String(d.answer) : '';
      s.tolerance = Number.isFinite(d.tolerance) ? String(d.tolerance) : '';
      s.unit = d.unit ?? '';
      break;
    case 'ordering':
      s.steps = [...d.steps];
      break;
    case 'matching':
      s.pairs = d.pairs.map((p) => ({ ...p }));
      s.distractors = [...(d.distractors ?? [])];
      break;
    case 'hotspot':
      s.image = d.image;
      s.imageAlt = d.image_alt;
      s.regions = d.regions.map((r) => ({ ...r }));
      break;
  }
  return s;
}

/** The translated texts this type shows, for "is anything translated?" and progress. */
function translatedTexts(s: FormState): { done: number; total: number; any: boolean } {
  const t = s.tr;
  const pairs = (n: number) =>
    Array.from({ length: n }, (_, i) => [t.pairs[i]?.prompt ?? '', t.pairs[i]?.answer ?? '']);
  const texts: string[] = [t.stem, t.explanation];
  if (s.type === 'single' || s.type === 'multiple') texts.push(...s.options.map((_, i) => t.options[i] ?? ''));
  if (s.type === 'ordering') texts.push(...s.steps.map((_, i) => t.steps[i] ?? ''));
  if (s.type === 'matching')
    texts.push(...pairs(s.pairs.length).flat(), ...s.distractors.map((_, i) => t.distractors[i] ?? ''));
  if (s.type === 'fill_blank') texts.push(t.accepted.filter((a) => a.trim() !== '').join(''));
  if (s.type === 'hotspot') texts.push(t.imageAlt);
  const done = texts.filter((x) => x.trim() !== '').length;
  return { done, total: texts.length, any: done > 0 };
}

function translationOf(s: FormState): Translation | undefined {
  if (!translatedTexts(s).any) return undefined;
  const t = s.tr;
  const out: Translation = { stem: t.stem, explanation: t.explanation };
  if (s.type === 'single' || s.type === 'multiple')
    out.options = Object.fromEntries(s.options.map((_, i) => [optionId(i), t.options[i] ?? '']));
  if (s.type === 'ordering') out.steps = s.steps.map((_, i) => t.steps[i] ?? '');
  if (s.type === 'matching') {
    out.pairs = s.pairs.map((_, i) => t.pairs[i] ?? { prompt: '', answer: '' });
    if (s.distractors.length > 0) out.distractors = s.distractors.map((_, i) => t.distractors[i] ?? '');
  }
  if (s.type === 'fill_blank') out.accepted = t.accepted;
  if (s.type === 'hotspot') out.image_alt = t.imageAlt;
  return out;
}

function toDraft(s: FormState): ItemDraft {
  const tags = list(s.tagsText, true);
  const models = list(s.modelsText, false);
  const tr = translationOf(s);
  const common = {
    topic: s.topic,
    subjects: s.subjects,
    post: s.post,
    source: s.source,
    difficulty: s.difficulty,
    lang: s.lang,
    stem: s.stem,
    explanation: s.explanation,
    references: lines(s.referencesText),
    ...(tags.length > 0 ? { tags } : {}),
    ...(models.length > 0 ? { models } : {}),
    ...(s.rules ? { rules: s.rules } : {}),
    ...(tr ? { translations: s.lang === 'en' ? { 'zh-Hans': tr } : { en: tr } } : {}),
  };
  const options = s.options.map((o, i) => ({ id: optionId(i), text: o.text, ...(o.correct ? { correct: true } : {}) }));
  switch (s.type) {
    case 'single':
      return { ...common, type: 'single', options };
    case 'multiple':
      return { ...common, type: 'multiple', options, scoring: s.scoring };
    case 'true_false':
      return { ...common, type: 'true_false', answer: s.answer };
    case 'fill_blank':
      return {
        ...common,
        type: 'fill_blank',
        accepted: s.accepted,
        ...(s.caseSensitive ? { case_sensitive: true } : {}),
      };
    case 'numeric':
      return {
        ...common,
        type: 'numeric',
        answer: toNumber(s.numAnswer),
        tolerance: toNumber(s.tolerance),
        ...(s.unit.trim() ? { unit: s.unit.trim() } : {}),
      };
    case 'ordering':
      return { ...common, type: 'ordering', steps: s.steps };
    case 'matching':
      return {
        ...common,
        type: 'matching',
        pairs: s.pairs,
        ...(s.distractors.length > 0 ? { distractors: s.distractors } : {}),
      };
    case 'hotspot':
      return { ...common, type: 'hotspot', image: s.image, image_alt: s.imageAlt, regions: s.regions };
  }
}

export type BlankDefaults = { topic?: string; source?: ItemDraft['source']; lang?: ItemLang };

/** An empty draft of one type, ready for the form. */
export const blankDraft = (kind: ItemKind, defaults: BlankDefaults = {}): ItemDraft =>
  toDraft(blankState(kind, defaults));

type Subject = { id: string; title: string; titleZh: string };

/**
 * The editor for an item's authored form: classification, stem, the type's answer fields, explanation and
 * references, and a side-by-side translation. Markdown fields can take uploaded images; hotspot regions are
 * drawn on the image or typed in. Fires `rh-draft-change` with the whole draft on every edit.
 */
@customElement('rh-item-form')
@localized()
export class RhItemForm extends LitElement {
  /** The draft to edit; setting it replaces whatever is being edited. */
  @property({ attribute: false }) value: ItemDraft | null = null;
  /** A new item: its type can still be chosen. */
  @property({ type: Boolean }) isNew = false;
  /** Shown but not editable. */
  @property({ type: Boolean }) readonly = false;
  @state() private s: FormState = blankState('single');
  @state() private trOpen = false;
  @state() private uploading = '';
  @state() private uploadError = '';
  @state() private drawing: { x0: number; y0: number; x: number; y: number } | null = null;
  @query('#md-file') private mdFile!: HTMLInputElement;
  @query('#hotspot-file') private hotspotFile!: HTMLInputElement;
  @query('.canvas img') private canvasImage!: HTMLImageElement | null;
  private mdTarget: MdField = 'stem';

  private readonly catalogue = new Task(this, {
    task: async () => {
      const [syllabus, certifications] = await Promise.all([
        call(api.api.syllabus.$get()),
        call(api.api.certifications.$get()),
      ]);
      const subjects = new Map<string, Subject>();
      for (const c of certifications.items) for (const s of c.subjects) if (!subjects.has(s.id)) subjects.set(s.id, s);
      return { areas: syllabus.areas, subjects: [...subjects.values()] };
    },
    args: () => [],
  });

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('value') && this.value) {
      this.s = fromDraft(this.value);
      this.trOpen = this.trOpen || translatedTexts(this.s).any;
    }
  }

  /** Applies an edit and tells the page. */
  private set(patch: Partial<FormState>) {
    this.s = { ...this.s, ...patch };
    this.dispatchEvent(new DraftChangeEvent(toDraft(this.s)));
  }

  private setTr(patch: Partial<FormState['tr']>) {
    this.set({ tr: { ...this.s.tr, ...patch } });
  }

  private zh = (titled: { title: string; titleZh: string }) =>
    getLocale() === 'zh-Hans' && titled.titleZh ? titled.titleZh : titled.title;

  /** After a row moves, keep the keyboard on the same row's control in its new place. */
  private focusLater(selector: string, fallback?: string) {
    void this.updateComplete.then(() => {
      const el =
        this.renderRoot.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ??
        (fallback ? this.renderRoot.querySelector<HTMLElement>(fallback) : null);
      el?.focus();
    });
  }

  // ---- Markdown fields and image upload -------------------------------------------------------------

  private mdValue(field: MdField): string {
    return {
      stem: this.s.stem,
      explanation: this.s.explanation,
      'tr-stem': this.s.tr.stem,
      'tr-explanation': this.s.tr.explanation,
    }[field];
  }

  private setMd(field: MdField, value: string) {
    if (field === 'stem') this.set({ stem: value });
    else if (field === 'explanation') this.set({ explanation: value });
    else if (field === 'tr-stem') this.setTr({ stem: value });
    else this.setTr({ explanation: value });
  }

  private async upload(file: File) {
    this.uploadError = '';
    this.uploading = msg('Uploading the image…');
    try {
      return await call(api.api.media.$post({ form: { file } }));
    } catch (e) {
      this.uploadError = errorMessage(e);
      return null;
    } finally {
      this.uploading = '';
    }
  }

  /** Uploads the chosen file and puts its Markdown where the cursor was, with the alt text selected to type over. */
  private async insertImage() {
    const file = this.mdFile.files?.[0];
    this.mdFile.value = '';
    if (!file) return;
    const field = this.mdTarget;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${field}`);
    const start = area?.selectionStart ?? this.mdValue(field).length;
    const end = area?.selectionEnd ?? start;
    const stored = await this.upload(file);
    if (!stored) return;
    const alt = msg('describe the image');
    const markdown = stored.markdown.replace(/^!\[\]/, `![${alt}]`);
    const text = this.mdValue(field);
    this.setMd(field, text.slice(0, start) + markdown + text.slice(end));
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${field}`);
    target?.focus();
    target?.setSelectionRange(start + 2, start + 2 + alt.length);
  }

  private async setHotspotImage() {
    const file = this.hotspotFile.files?.[0];
    this.hotspotFile.value = '';
    if (!file) return;
    const stored = await this.upload(file);
    if (stored) this.set({ image: `media/${stored.name}` });
  }

  private mdField(field: MdField, label: string, opts: { rows: number; lang: ItemLang; hint?: boolean }) {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <textarea id=${field} rows=${opts.rows} maxlength=${field.endsWith('stem') ? 5000 : 10000} lang=${opts.lang}
        aria-describedby=${opts.hint === false ? nothing : `${field}-hint`} .value=${this.mdValue(field)}
        @input=${(e: Event) => this.setMd(field, (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="field-foot">
        ${opts.hint === false ? nothing : html`<span id=${`${field}-hint`} class="muted">${msg('Markdown: **bold**, *italic*, lists, tables, images.')}</span>`}
        <button type="button" class="secondary small" aria-label=${msg(str`Insert image into ${label}`)}
          @click=${() => {
            this.mdTarget = field;
            this.mdFile.click();
          }}>${msg('Insert image')}</button>
      </div>
    </div>`;
  }

  // ---- Rendering -----------------------------------------------------------------------------------------

  override render() {
    const s = this.s;
    return html`
      <input id="md-file" type="file" accept="${IMAGE_TYPES},image/gif" hidden @change=${this.insertImage} />
      ${this.uploading ? html`<p class="muted floating" role="status">${this.uploading}</p>` : nothing}
      ${this.uploadError ? html`<p class="error" role="alert">${this.uploadError}</p>` : nothing}
      <fieldset class="card" ?disabled=${this.readonly}>
        <legend><h2>${msg('Question')}</h2></legend>
        <div class="row">
          ${
            this.isNew
              ? html`<div class="field"><label for="type">${msg('Type')}</label>
                  <select id="type" @change=${(e: Event) => this.set({ type: (e.target as HTMLSelectElement).value as ItemKind })}>
                    ${ITEM_KINDS.map((k) => html`<option value=${k} ?selected=${k === s.type}>${kindLabel(k)}</option>`)}
                  </select></div>`
              : nothing
          }
          ${this.renderTopic()}
        </div>
        ${this.mdField('stem', msg('Stem'), { rows: 4, lang: s.lang })}
      </fieldset>
      <fieldset class="card" ?disabled=${this.readonly}>
        ${this.renderAnswer()}
      </fieldset>
      <fieldset class="card" ?disabled=${this.readonly}>
        <legend><h2>${msg('Explanation and references')}</h2></legend>
        <p class="muted intro">${msg('Say why the key is right and why the tempting wrong answers are wrong.')}</p>
        ${this.mdField('explanation', msg('Explanation'), { rows: 6, lang: s.lang })}
        <label>${msg('References (one per line)')}
          <textarea rows="3" maxlength="5000" aria-describedby="refs-hint" .value=${s.referencesText}
            @input=${(e: Event) => this.set({ referencesText: (e.target as HTMLTextAreaElement).value })}></textarea>
        </label>
        <p id="refs-hint" class="muted hint">${msg('The regulation, standard or manual (and clause) that backs the key.')}</p>
      </fieldset>
      <fieldset class="card" ?disabled=${this.readonly}>
        <legend><h2>${msg('Classification')}</h2></legend>
        ${this.renderClassification()}
      </fieldset>
      ${this.renderTranslation()}
    `;
  }

  private renderTopic() {
    return taskView(
      this.catalogue,
      ({ areas }) => html`<div class="field topic"><label for="topic">${msg('Topic')}</label>
        <select id="topic" required @change=${(e: Event) => this.set({ topic: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.s.topic === ''}>${msg('Choose a topic…')}</option>
          ${areas.map(
            (a) => html`<optgroup label=${this.zh(a)}>
              ${a.topics.map((t) => html`<option value=${t.id} ?selected=${t.id === this.s.topic}>${this.zh(t)}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>`,
    );
  }

  private renderClassification() {
    const s = this.s;
    const select = <T extends string>(
      key: string,
      label: string,
      value: T,
      choices: [T, string][],
      patch: (v: T) => Partial<FormState>,
    ) =>
      html`<div class="field"><label for=${`sel-${key}`}>${label}</label>
        <select id=${`sel-${key}`} @change=${(e: Event) => this.set(patch((e.target as HTMLSelectElement).value as T))}>
          ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`
      ${taskView(
        this.catalogue,
        ({ subjects }) => html`<fieldset class="choices">
          <legend>${msg('Counts for the exam subjects')}</legend>
          ${subjects.map(
            (sub) => html`<label class="check">
              <input type="checkbox" .checked=${s.subjects.includes(sub.id)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.set({ subjects: on ? [...s.subjects, sub.id] : s.subjects.filter((x) => x !== sub.id) });
                }} />
              ${this.zh(sub)}
            </label>`,
          )}
        </fieldset>`,
      )}
      <div class="row">
        ${select(
          'post',
          msg('Post'),
          s.post,
          [
            ['both', msg('Drivers and maintainers')],
            ['driver', msg('Drivers')],
            ['maintainer', msg('Maintainers')],
          ],
          (post) => ({ post }),
        )}
        ${select(
          'source',
          msg('Source'),
          s.source,
          [
            ['teacher', msg('Teacher (theory)')],
            ['craftsman', msg('Craftsman (real fault case)')],
          ],
          (source) => ({ source }),
        )}
      </div>
      <div class="row">
        ${select(
          'difficulty',
          msg('Difficulty'),
          s.difficulty,
          [
            ['easy', msg('Easy')],
            ['medium', msg('Medium')],
            ['hard', msg('Hard')],
          ],
          (difficulty) => ({ difficulty }),
        )}
        ${select(
          'lang',
          msg('Main language'),
          s.lang,
          [
            ['en', langName('en')],
            ['zh-Hans', langName('zh-Hans')],
          ],
          (lang) => ({ lang }),
        )}
        ${select<Rules | ''>(
          'rules',
          msg('Rule set'),
          s.rules,
          [['', msg('General')], ...RULES.map((r): [Rules, string] => [r, r])],
          (rules) => ({ rules }),
        )}
      </div>
      <div class="row">
        <label>${msg('Tags')}
          <input maxlength="500" aria-describedby="comma-hint" .value=${s.tagsText} @input=${(e: Event) => this.set({ tagsText: (e.target as HTMLInputElement).value })} />
        </label>
        <label>${msg('Locomotive models')}
          <input maxlength="500" placeholder="HXD3, SS4" aria-describedby="comma-hint" .value=${s.modelsText}
            @input=${(e: Event) => this.set({ modelsText: (e.target as HTMLInputElement).value })} />
        </label>
      </div>
      <p id="comma-hint" class="muted hint">${msg('Separate tags and models with commas. Leave models empty when the item applies to every locomotive.')}</p>
    `;
  }

  private renderAnswer(): TemplateResult {
    const s = this.s;
    switch (s.type) {
      case 'single':
      case 'multiple':
        return this.renderChoiceOptions();
      case 'true_false':
        return html`<legend><h2>${msg('Answer')}</h2></legend>
          <fieldset class="choices">
            <legend>${msg('The statement is')}</legend>
            ${[true, false].map(
              (v) => html`<label class="check"><input type="radio" name="tf" .checked=${s.answer === v}
                @change=${() => this.set({ answer: v })} /> ${v ? msg('True') : msg('False')}</label>`,
            )}
          </fieldset>`;
      case 'fill_blank':
        return html`<legend><h2>${msg('Accepted answers')}</h2></legend>
          <p class="muted intro">${msg('Write the blank in the stem as ______. Every answer listed here earns full marks; spaces and full-width characters are ignored.')}</p>
          ${this.renderTextList(s.accepted, (accepted) => this.set({ accepted }), {
            label: (i) => msg(str`Accepted answer ${i + 1}`),
            add: msg('Add an accepted answer'),
            max: 20,
            maxlength: 200,
            id: 'acc',
          })}
          <label class="check"><input type="checkbox" .checked=${s.caseSensitive}
            @change=${(e: Event) => this.set({ caseSensitive: (e.target as HTMLInputElement).checked })} /> ${msg('Upper and lower case must match')}</label>`;
      case 'numeric': {
        const text = (label: string, value: string, patch: (v: string) => Partial<FormState>, mode: string) =>
          html`<label>${label}<input inputmode=${mode} maxlength="30" .value=${value}
            @input=${(e: Event) => this.set(patch((e.target as HTMLInputElement).value))} /></label>`;
        return html`<legend><h2>${msg('Answer')}</h2></legend>
          <div class="row three">
            ${text(msg('Correct number'), s.numAnswer, (numAnswer) => ({ numAnswer }), 'decimal')}
            ${text(msg('Tolerance (±)'), s.tolerance, (tolerance) => ({ tolerance }), 'decimal')}
            ${text(msg('Unit (optional)'), s.unit, (unit) => ({ unit }), 'text')}
          </div>
          <p class="muted hint">${msg('A response within the answer ± the tolerance is right.')}</p>`;
      }
      case 'ordering':
        return html`<legend><h2>${msg('Steps')}</h2></legend>
          <p class="muted intro">${msg('Enter the steps in the correct order (3 to 8); students see them shuffled.')}</p>
          ${this.renderTextList(
            s.steps,
            (steps, op) => this.set({ steps, tr: { ...s.tr, steps: op(s.tr.steps, '') } }),
            {
              label: (i) => msg(str`Step ${i + 1}`),
              add: msg('Add a step'),
              max: MAX_STEPS,
              maxlength: 500,
              id: 'step',
              numbered: true,
              reorder: true,
            },
          )}`;
      case 'matching':
        return this.renderPairs();
      case 'hotspot':
        return this.renderHotspot();
    }
  }

  private renderChoiceOptions() {
    const s = this.s;
    const single = s.type === 'single';
    const update = (options: FormState['options'], trOptions = s.tr.options) =>
      this.set({ options, tr: { ...s.tr, options: trOptions } });
    const padTr = () => s.options.map((_, i) => s.tr.options[i] ?? '');
    return html`<legend><h2>${msg('Options')}</h2></legend>
      <p class="muted intro">${single ? msg('Mark the one correct option. Students see the options in this order.') : msg('Mark every correct option (at least two). Students see the options in this order.')}</p>
      <ol class="rows" id="opt-list">
        ${s.options.map(
          (o, i) => html`<li class="item-row">
            <span class="letter" aria-hidden="true">${letter(i)}</span>
            <input class="grow" aria-label=${msg(str`Option ${letter(i)}`)} maxlength="1000" lang=${s.lang} .value=${o.text}
              @input=${(e: Event) => update(replaced(s.options, i, { ...o, text: (e.target as HTMLInputElement).value }))} />
            <label class="correct">
              <input type=${single ? 'radio' : 'checkbox'} name="correct" .checked=${o.correct}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  update(
                    s.options.map((x, j) => (j === i ? { ...x, correct: on } : single ? { ...x, correct: false } : x)),
                  );
                }} />
              <span aria-hidden="true">${msg('Correct')}</span>
              <span class="visually-hidden">${msg(str`Option ${letter(i)} is correct`)}</span>
            </label>
            ${this.rowTools(i, s.options.length, 2, 'opt', (op) => update(op(s.options), op(padTr())), {
              up: msg(str`Move option ${letter(i)} up`),
              down: msg(str`Move option ${letter(i)} down`),
              remove: msg(str`Remove option ${letter(i)}`),
            })}
          </li>`,
        )}
      </ol>
      <div>
        <button type="button" class="secondary" ?disabled=${s.options.length >= MAX_OPTIONS}
          @click=${() => {
            update([...s.options, { text: '', correct: false }], [...padTr(), '']);
            this.focusLater('#opt-list > li:last-child input.grow');
          }}>${msg('Add an option')}</button>
      </div>
      ${
        single
          ? nothing
          : html`<fieldset class="choices">
              <legend>${msg('Scoring')}</legend>
              <label class="check"><input type="radio" name="scoring" .checked=${s.scoring === 'all-or-nothing'}
                @change=${() => this.set({ scoring: 'all-or-nothing' })} /> ${msg('All or nothing')}</label>
              <label class="check"><input type="radio" name="scoring" .checked=${s.scoring === 'partial'}
                @change=${() => this.set({ scoring: 'partial' })} /> ${msg('Partial credit')}</label>
            </fieldset>`
      }`;
  }

  /**
   * Move up, move down and remove buttons for row `i`. `apply` receives the array operation so callers
   * can apply it to the main list and to the translation's list alike.
   */
  private rowTools(
    i: number,
    length: number,
    min: number,
    id: string,
    apply: (op: <T>(xs: readonly T[]) => T[]) => void,
    labels: { up?: string; down?: string; remove: string },
  ) {
    return html`<span class="tools">
      ${
        labels.up && labels.down
          ? html`<button type="button" class="icon secondary" id=${`${id}-up-${i}`} aria-label=${labels.up} title=${labels.up}
              ?disabled=${i === 0}
              @click=${() => {
                apply((xs) => moved(xs, i, i - 1));
                this.focusLater(`#${id}-up-${i - 1}`, `#${id}-down-${i - 1}`);
              }}><span aria-hidden="true">↑</span></button>
            <button type="button" class="icon secondary" id=${`${id}-down-${i}`} aria-label=${labels.down} title=${labels.down}
              ?disabled=${i === length - 1}
              @click=${() => {
                apply((xs) => moved(xs, i, i + 1));
                this.focusLater(`#${id}-down-${i + 1}`, `#${id}-up-${i + 1}`);
              }}><span aria-hidden="true">↓</span></button>`
          : nothing
      }
      <button type="button" class="icon danger" aria-label=${labels.remove} title=${labels.remove} ?disabled=${length <= min}
        @click=${() => apply((xs) => without(xs, i))}><span aria-hidden="true">✕</span></button>
    </span>`;
  }

  /** A list of one-line texts with add, remove and (optionally) reorder. */
  private renderTextList(
    items: string[],
    change: (items: string[], op: <T>(xs: readonly T[], pad: T) => T[]) => void,
    opts: {
      label: (i: number) => string;
      add: string;
      max: number;
      maxlength: number;
      id: string;
      numbered?: boolean;
      reorder?: boolean;
      min?: number;
      lang?: ItemLang;
    },
  ) {
    const padded =
      (op: <T>(xs: readonly T[]) => T[]) =>
      <T>(xs: readonly T[], pad: T) =>
        op(items.map((_, i) => xs[i] ?? pad));
    return html`<ol class="rows" id=${`${opts.id}-list`}>
        ${items.map(
          (text, i) => html`<li class="item-row">
            ${opts.numbered ? html`<span class="letter" aria-hidden="true">${i + 1}</span>` : nothing}
            <input class="grow" aria-label=${opts.label(i)} maxlength=${opts.maxlength} lang=${opts.lang ?? this.s.lang} .value=${text}
              @input=${(e: Event) =>
                change(replaced(items, i, (e.target as HTMLInputElement).value), (xs, pad) =>
                  items.map((_, j) => xs[j] ?? pad),
                )} />
            ${this.rowTools(
              i,
              items.length,
              opts.min ?? 1,
              opts.id,
              (op) => change(op(items), padded(op)),
              opts.reorder
                ? {
                    up: msg(str`Move ${opts.label(i)} up`),
                    down: msg(str`Move ${opts.label(i)} down`),
                    remove: msg(str`Remove ${opts.label(i)}`),
                  }
                : { remove: msg(str`Remove ${opts.label(i)}`) },
            )}
          </li>`,
        )}
      </ol>
      <div>
        <button type="button" class="secondary" ?disabled=${items.length >= opts.max}
          @click=${() => {
            change([...items, ''], (xs, pad) => [...items.map((_, j) => xs[j] ?? pad), pad]);
            this.focusLater(`#${opts.id}-list > li:last-child input`);
          }}>${opts.add}</button>
      </div>`;
  }

  private renderPairs() {
    const s = this.s;
    const padTr = () => s.pairs.map((_, i) => s.tr.pairs[i] ?? { prompt: '', answer: '' });
    const update = (pairs: Pair[], trPairs: Pair[]) => this.set({ pairs, tr: { ...s.tr, pairs: trPairs } });
    const edit = (i: number, patch: Partial<Pair>) =>
      update(
        s.pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)),
        padTr(),
      );
    return html`<legend><h2>${msg('Pairs')}</h2></legend>
      <p class="muted intro">${msg('Each item on the left is matched with its answer on the right (2 to 8 pairs, answers all different). Students see the answers shuffled.')}</p>
      <ol class="rows">
        ${s.pairs.map(
          (p, i) => html`<li class="item-row pair">
            <span class="letter" aria-hidden="true">${i + 1}</span>
            <input class="grow" aria-label=${msg(str`Pair ${i + 1}, prompt`)} placeholder=${msg('Prompt')} maxlength="500" lang=${s.lang}
              .value=${p.prompt} @input=${(e: Event) => edit(i, { prompt: (e.target as HTMLInputElement).value })} />
            <span class="arrow" aria-hidden="true">→</span>
            <input class="grow" aria-label=${msg(str`Pair ${i + 1}, answer`)} placeholder=${msg('Answer')} maxlength="500" lang=${s.lang}
              .value=${p.answer} @input=${(e: Event) => edit(i, { answer: (e.target as HTMLInputElement).value })} />
            ${this.rowTools(i, s.pairs.length, 2, 'pair', (op) => update(op(s.pairs), op(padTr())), {
              remove: msg(str`Remove pair ${i + 1}`),
            })}
          </li>`,
        )}
      </ol>
      <div>
        <button type="button" class="secondary" ?disabled=${s.pairs.length >= MAX_PAIRS}
          @click=${() => update([...s.pairs, { prompt: '', answer: '' }], [...padTr(), { prompt: '', answer: '' }])}>${msg('Add a pair')}</button>
      </div>
      <h3>${msg('Distractors (optional)')}</h3>
      <p class="muted intro">${msg('Extra answers that match no item.')}</p>
      ${this.renderTextList(
        s.distractors,
        (distractors, op) => this.set({ distractors, tr: { ...s.tr, distractors: op(s.tr.distractors, '') } }),
        {
          label: (i) => msg(str`Distractor ${i + 1}`),
          add: msg('Add a distractor'),
          max: 8,
          maxlength: 500,
          id: 'dis',
          min: 0,
        },
      )}`;
  }

  // ---- Hotspot ----------------------------------------------------------------------------------------------

  private pointAt(e: PointerEvent): { x: number; y: number } | null {
    const img = this.canvasImage;
    if (!img) return null;
    const r = img.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    return { x: clamp((e.clientX - r.left) / r.width), y: clamp((e.clientY - r.top) / r.height) };
  }

  private onPointerDown(e: PointerEvent) {
    if (this.readonly || e.button !== 0 || this.s.regions.length >= MAX_REGIONS) return;
    const p = this.pointAt(e);
    if (!p) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drawing = { x0: p.x, y0: p.y, x: p.x, y: p.y };
  }

  private onPointerMove(e: PointerEvent) {
    if (!this.drawing) return;
    const p = this.pointAt(e);
    if (p) this.drawing = { ...this.drawing, x: p.x, y: p.y };
  }

  private onPointerUp() {
    const d = this.drawing;
    this.drawing = null;
    if (!d) return;
    const r = rectOf(d);
    if (r.w >= 0.01 && r.h >= 0.01) this.set({ regions: [...this.s.regions, r] });
  }

  private renderHotspot() {
    const s = this.s;
    const src = toImageSrc(s.image);
    const pct = (f: number) => `${(Number.isFinite(f) ? f * 100 : 0).toFixed(2)}%`;
    const box = (r: Region, cls: string, n?: number) =>
      html`<span class=${cls} style=${styleMap({ left: pct(r.x), top: pct(r.y), width: pct(r.w), height: pct(r.h) })}>${n ? html`<span>${n}</span>` : nothing}</span>`;
    const setRegion = (i: number, key: keyof Region, raw: string) => {
      const r = s.regions[i];
      if (r) this.set({ regions: replaced(s.regions, i, { ...r, [key]: round(toNumber(raw) / 100) }) });
    };
    return html`<legend><h2>${msg('Image and regions')}</h2></legend>
      <input id="hotspot-file" type="file" accept=${IMAGE_TYPES} hidden @change=${this.setHotspotImage} />
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.hotspotFile.click()}>${s.image ? msg('Replace the image') : msg('Upload an image')}</button>
        <span class="muted">${s.image || msg('PNG, JPEG or WebP, at most 2 MB. The image must not label the answer.')}</span>
      </div>
      <label>${msg('Image description (for students who cannot see it)')}
        <input maxlength="500" lang=${s.lang} .value=${s.imageAlt} @input=${(e: Event) => this.set({ imageAlt: (e.target as HTMLInputElement).value })} />
      </label>
      ${
        src
          ? html`<p class="muted hint" id="draw-hint">${msg('Drag on the image to mark a region where a click counts as right, or add a region and type its position.')}</p>
            <div class="canvas" @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
              @pointerup=${this.onPointerUp} @pointercancel=${() => {
                this.drawing = null;
              }}>
              <img src=${src} alt=${s.imageAlt} draggable="false" />
              ${s.regions.map((r, i) => box(r, 'region', i + 1))}
              ${this.drawing ? box(rectOf(this.drawing), 'region drawing') : nothing}
            </div>`
          : nothing
      }
      <ol class="regions">
        ${s.regions.map(
          (r, i) => html`<li>
            <fieldset class="region-row">
              <legend>${msg(str`Region ${i + 1}`)}</legend>
              ${(
                [
                  ['x', msg('Left %')],
                  ['y', msg('Top %')],
                  ['w', msg('Width %')],
                  ['h', msg('Height %')],
                ] as const
              ).map(
                ([key, label]) => html`<label>${label}
                  <input type="number" min="0" max="100" step="0.1" .value=${percent(r[key])}
                    @change=${(e: Event) => setRegion(i, key, (e.target as HTMLInputElement).value)} /></label>`,
              )}
              <button type="button" class="danger" @click=${() => this.set({ regions: without(s.regions, i) })}
                aria-label=${msg(str`Delete region ${i + 1}`)}>${msg('Delete')}</button>
            </fieldset>
          </li>`,
        )}
      </ol>
      <div>
        <button type="button" class="secondary" ?disabled=${s.regions.length >= MAX_REGIONS}
          @click=${() => this.set({ regions: [...s.regions, { x: 0.4, y: 0.4, w: 0.2, h: 0.2 }] })}>${msg('Add a region')}</button>
      </div>`;
  }

  // ---- Translation ---------------------------------------------------------------------------------------------

  private renderTranslation() {
    const s = this.s;
    const to = otherLang(s.lang);
    const title = to === 'zh-Hans' ? msg('Simplified Chinese translation') : msg('English translation');
    const progress = translatedTexts(s);
    return html`<section class="card translation" aria-labelledby="tr-heading">
      <h2 id="tr-heading" class="tr-toggle">
        <button type="button" class="disclosure" aria-expanded=${this.trOpen ? 'true' : 'false'} aria-controls="tr-body"
          @click=${() => {
            this.trOpen = !this.trOpen;
          }}>
          <span class="chevron" aria-hidden="true">${this.trOpen ? '▾' : '▸'}</span>
          <span class="tr-title">${title}</span>
          <span class="badge">${progress.any ? msg(str`${progress.done} of ${progress.total} texts`) : msg('Not translated')}</span>
        </button>
      </h2>
      ${this.trOpen ? this.renderTranslationBody(to) : nothing}
    </section>`;
  }

  private renderTranslationBody(to: ItemLang) {
    const s = this.s;
    const t = s.tr;
    const trInput = (label: string, source: string, value: string, set: (v: string) => void, max = 1000) =>
      this.trRow(
        label,
        source,
        html`<input aria-label=${msg(str`${label} (${langName(to)})`)} lang=${to} maxlength=${max} .value=${value}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`,
      );
    const rows: TemplateResult[] = [
      this.trRow(
        msg('Stem'),
        s.stem,
        this.mdField('tr-stem', msg(str`Stem (${langName(to)})`), { rows: 3, lang: to, hint: false }),
        true,
      ),
      this.trRow(
        msg('Explanation'),
        s.explanation,
        this.mdField('tr-explanation', msg(str`Explanation (${langName(to)})`), { rows: 5, lang: to, hint: false }),
        true,
      ),
    ];
    if (s.type === 'single' || s.type === 'multiple')
      s.options.forEach((o, i) => {
        rows.push(
          trInput(msg(str`Option ${letter(i)}`), o.text, t.options[i] ?? '', (v) =>
            this.setTr({
              options: replaced(
                s.options.map((_, j) => t.options[j] ?? ''),
                i,
                v,
              ),
            }),
          ),
        );
      });
    if (s.type === 'ordering')
      s.steps.forEach((step, i) => {
        rows.push(
          trInput(msg(str`Step ${i + 1}`), step, t.steps[i] ?? '', (v) =>
            this.setTr({
              steps: replaced(
                s.steps.map((_, j) => t.steps[j] ?? ''),
                i,
                v,
              ),
            }),
          ),
        );
      });
    if (s.type === 'matching') {
      const pairs = s.pairs.map((_, j) => t.pairs[j] ?? { prompt: '', answer: '' });
      s.pairs.forEach((p, i) => {
        const current = pairs[i] ?? { prompt: '', answer: '' };
        rows.push(
          trInput(msg(str`Pair ${i + 1}, prompt`), p.prompt, current.prompt, (v) =>
            this.setTr({ pairs: replaced(pairs, i, { ...current, prompt: v }) }),
          ),
          trInput(msg(str`Pair ${i + 1}, answer`), p.answer, current.answer, (v) =>
            this.setTr({ pairs: replaced(pairs, i, { ...current, answer: v }) }),
          ),
        );
      });
      s.distractors.forEach((x, i) => {
        rows.push(
          trInput(msg(str`Distractor ${i + 1}`), x, t.distractors[i] ?? '', (v) =>
            this.setTr({
              distractors: replaced(
                s.distractors.map((_, j) => t.distractors[j] ?? ''),
                i,
                v,
              ),
            }),
          ),
        );
      });
    }
    if (s.type === 'hotspot')
      rows.push(trInput(msg('Image description'), s.imageAlt, t.imageAlt, (v) => this.setTr({ imageAlt: v }), 500));
    if (s.type === 'fill_blank')
      rows.push(
        this.trRow(
          msg('Accepted answers'),
          s.accepted.filter((a) => a.trim() !== '').join(' · '),
          html`<div class="tr-list">
            <p class="muted hint">${msg('The answers that earn full marks in this language.')}</p>
            ${this.renderTextList(t.accepted, (accepted) => this.setTr({ accepted }), {
              label: (i) => msg(str`Accepted answer ${i + 1} (${langName(to)})`),
              add: msg('Add an accepted answer'),
              max: 20,
              maxlength: 200,
              id: 'tr-acc',
              min: 0,
              lang: to,
            })}
          </div>`,
          true,
        ),
      );
    return html`<fieldset id="tr-body" class="tr-body" ?disabled=${this.readonly}>
      <legend class="visually-hidden">${to === 'zh-Hans' ? msg('Simplified Chinese translation') : msg('English translation')}</legend>
      <div class="tr-cols" aria-hidden="true"><span>${langName(s.lang)}</span><span>${langName(to)}</span></div>
      ${rows}
      ${
        translatedTexts(s).any
          ? html`<div><button type="button" class="danger" @click=${() => {
              if (confirm(msg('Remove the whole translation?')))
                this.set({
                  tr: {
                    stem: '',
                    explanation: '',
                    options: [],
                    steps: [],
                    pairs: [],
                    distractors: [],
                    accepted: [],
                    imageAlt: '',
                  },
                });
            }}>${msg('Remove the translation')}</button></div>`
          : nothing
      }
    </fieldset>`;
  }

  /** One row of the side-by-side translation: the main text on the left, its translation's input on the right. */
  private trRow(label: string, source: string, input: TemplateResult, block = false) {
    return html`<div class="tr-row">
      <div class="tr-src" lang=${this.s.lang}>
        <span class="tr-label">${label}</span>
        ${
          source.trim()
            ? html`<rh-markdown ?inline=${!block} .source=${source}></rh-markdown>`
            : html`<span class="muted">${msg('(empty)')}</span>`
        }
      </div>
      <div class="tr-dst">${input}</div>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      fieldset {
        margin: 0;
        min-width: 0;
      }
      fieldset.card {
        display: grid;
        gap: var(--rh-space-4);
      }
      fieldset.card > legend {
        float: left;
        width: 100%;
        padding: 0;
      }
      fieldset.card > legend + * {
        clear: both;
      }
      legend h2 {
        margin: 0;
      }
      h3 {
        margin: var(--rh-space-2) 0 0;
      }
      .intro,
      .hint {
        margin: 0;
        font-size: 0.9rem;
      }
      .intro {
        margin-top: calc(-1 * var(--rh-space-2));
      }
      textarea {
        font: inherit;
        font-weight: 400;
        padding: 9px 12px;
        border: 1px solid #8a99a6;
        border-radius: var(--rh-radius-small);
        background: #fff;
        color: var(--rh-ink);
        width: 100%;
        resize: vertical;
        field-sizing: content;
        min-height: 5.5em;
        max-height: 60vh;
        line-height: 1.5;
      }
      .field {
        display: grid;
        gap: var(--rh-space-1);
      }
      .field > label {
        font-weight: 600;
      }
      .row > .field {
        flex: 1 1 160px;
        min-width: 0;
      }
      .row.three > label {
        flex-basis: 140px;
      }
      .row > .task {
        flex: 2 1 260px;
        min-width: 0;
      }
      .field-foot {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-2);
        font-size: 0.85rem;
      }
      .field-foot button {
        margin-left: auto;
      }
      button.small {
        min-height: 36px;
        padding: 4px 12px;
        font-size: 0.9rem;
      }
      fieldset.choices {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--rh-space-5);
        padding: var(--rh-space-2) var(--rh-space-4);
      }
      fieldset.choices legend {
        font-weight: 600;
        font-size: 0.95rem;
        padding: 0 var(--rh-space-1);
      }
      label.check {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 400;
        min-height: 44px;
      }
      label.check input,
      .correct input {
        width: 20px;
        min-height: 20px;
        height: 20px;
        margin: 0;
        flex: none;
      }
      .topic {
        flex: 2 1 260px;
      }
      .rows {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .item-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .item-row .grow {
        flex: 1 1 200px;
        width: auto;
        min-width: 0;
      }
      .pair .grow {
        flex-basis: 140px;
      }
      .arrow {
        color: var(--rh-ink-soft);
      }
      .letter {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 30px;
        height: 30px;
        border-radius: 50%;
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
        font-weight: 700;
        font-size: 0.9rem;
      }
      .correct {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        min-height: 44px;
        padding: 0 var(--rh-space-2);
        font-weight: 600;
        font-size: 0.9rem;
        border-radius: var(--rh-radius-small);
        cursor: pointer;
      }
      .correct:has(input:checked) {
        background: var(--rh-ok-soft);
        color: var(--rh-ok);
      }
      .tools {
        display: inline-flex;
        gap: var(--rh-space-1);
        margin-left: auto;
      }
      button.icon {
        width: 44px;
        padding: 0;
        font-size: 1.1rem;
      }
      button.icon:disabled {
        opacity: 0.35;
        cursor: default;
      }
      button.danger:hover:not(:disabled) {
        background: var(--rh-danger-soft);
      }
      .canvas {
        position: relative;
        line-height: 0;
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        overflow: hidden;
        cursor: crosshair;
        touch-action: none;
        user-select: none;
        background: #fff;
      }
      .canvas img {
        width: 100%;
        height: auto;
        pointer-events: none;
      }
      .region {
        position: absolute;
        border: 2px solid var(--rh-ok);
        background: rgb(29 107 58 / 18%);
        line-height: 1;
      }
      .region > span {
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
      .region.drawing {
        border-style: dashed;
        border-color: var(--rh-action);
        background: rgb(11 95 165 / 15%);
      }
      .regions {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .regions:empty {
        display: none;
      }
      .region-row {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--rh-space-2);
        padding: var(--rh-space-2) var(--rh-space-3) var(--rh-space-3);
      }
      .region-row legend {
        font-weight: 600;
        padding: 0 var(--rh-space-1);
      }
      .region-row label {
        flex: 1 1 90px;
        font-size: 0.85rem;
      }
      .translation {
        padding: 0;
        overflow: hidden;
      }
      .tr-toggle {
        margin: 0;
      }
      .disclosure {
        width: 100%;
        justify-content: flex-start;
        background: none;
        border: none;
        color: var(--rh-ink);
        font-size: 1.2rem;
        font-weight: 700;
        padding: var(--rh-space-4) var(--rh-space-5);
        border-radius: 0;
        text-align: left;
      }
      .disclosure:hover {
        background: var(--rh-brand-soft);
      }
      .tr-title {
        flex: 1 1 auto;
        min-width: 0;
      }
      .disclosure .badge {
        flex: none;
        margin-left: auto;
        font-size: 0.8rem;
      }
      .chevron {
        width: 1em;
        color: var(--rh-action);
      }
      .tr-body {
        border: none;
        border-top: 1px solid var(--rh-line);
        padding: var(--rh-space-4) var(--rh-space-5) var(--rh-space-5);
        display: grid;
        gap: var(--rh-space-3);
      }
      .tr-cols,
      .tr-row {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
        gap: var(--rh-space-3);
      }
      .tr-cols {
        font-size: 0.8rem;
        font-weight: 700;
        color: var(--rh-ink-soft);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .tr-row {
        padding-top: var(--rh-space-3);
        border-top: 1px solid var(--rh-line);
        align-items: start;
      }
      .tr-src {
        display: grid;
        gap: var(--rh-space-1);
        align-content: start;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-paper);
        border-radius: var(--rh-radius-small);
        font-size: 0.95rem;
        min-height: 44px;
      }
      .tr-label {
        font-size: 0.8rem;
        font-weight: 700;
        color: var(--rh-ink-soft);
      }
      .tr-dst .field > label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .tr-list {
        display: grid;
        gap: var(--rh-space-2);
      }
      .floating {
        margin: 0;
      }
      @media (max-width: 640px) {
        .card,
        .disclosure {
          padding: var(--rh-space-4);
        }
        .disclosure {
          font-size: 1.1rem;
        }
        .correct {
          margin-left: 38px;
        }
        .tr-cols + .tr-row {
          border-top: none;
          padding-top: 0;
        }
        .translation {
          padding: 0;
        }
        .tr-body {
          padding: var(--rh-space-3) var(--rh-space-4) var(--rh-space-4);
        }
        .tr-cols {
          display: none;
        }
        .tr-row {
          grid-template-columns: minmax(0, 1fr);
          gap: var(--rh-space-2);
        }
      }
    `,
  ];
}

/** The rectangle between where a drag started and where it is now, in rounded fractions inside the image. */
function rectOf(d: { x0: number; y0: number; x: number; y: number }): Region {
  const x = round(Math.min(d.x0, d.x));
  const y = round(Math.min(d.y0, d.y));
  return {
    x,
    y,
    w: Math.min(round(Math.abs(d.x - d.x0)), round(1 - x)),
    h: Math.min(round(Math.abs(d.y - d.y0)), round(1 - y)),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-form': RhItemForm;
  }
  interface HTMLElementEventMap {
    'rh-draft-change': DraftChangeEvent;
  }
}
