import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { z } from 'zod';
import { type ImportDefaults, type ImportResponse, ITEM_KINDS } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import '../../components/rh-markdown.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { kindLabel } from './rh-items-page.js';

type Report = z.infer<typeof ImportResponse>;
type Kind = (typeof ITEM_KINDS)[number];
type Format = 'gift' | 'moodle-xml' | 'aiken' | 'csv' | 'xlsx' | 'qti';
type Defaults = z.input<typeof ImportDefaults>;
/** What one import request sends: the file and its options, kept so "Import" repeats exactly what was previewed. */
type Request = { file: File; defaults: Defaults; format: Format | undefined };

const FORMATS: readonly Format[] = ['gift', 'moodle-xml', 'aiken', 'csv', 'xlsx', 'qti'];
const ACCEPT = '.gift,.txt,.xml,.csv,.xlsx,.qti';

const formatLabel = (format: Format): string =>
  ({
    gift: 'GIFT',
    'moodle-xml': 'Moodle XML',
    aiken: 'Aiken',
    csv: 'CSV',
    xlsx: msg('Excel (.xlsx)'),
    qti: 'QTI',
  })[format];

const isKind = (type: string): type is Kind => (ITEM_KINDS as readonly string[]).includes(type);

/** Imports a file of questions as drafts: a dry-run preview first, then the import, all or nothing. */
@customElement('rh-import-page')
@localized()
export class RhImportPage extends LitElement {
  /** The last dry run, for the request in `previewed`; cleared whenever the file or an option changes. */
  @state() private preview: Report | null = null;
  @state() private previewed: Request | null = null;
  /** The drafts the last import created. */
  @state() private created: string[] | null = null;
  @state() private busy: 'preview' | 'import' | null = null;
  @state() private error = '';

  private readonly catalogue = new Task(this, {
    task: async (_args, { signal }) => {
      const [syllabus, certifications] = await Promise.all([
        call(api.api.syllabus.$get(undefined, { init: { signal } })),
        call(api.api.certifications.$get(undefined, { init: { signal } })),
      ]);
      const subjects = new Map<string, { id: string; title: string; titleZh: string }>();
      for (const c of certifications.items) for (const s of c.subjects) if (!subjects.has(s.id)) subjects.set(s.id, s);
      return { areas: syllabus.areas, subjects: [...subjects.values()] };
    },
    args: () => [],
  });

  private localTitle(t: { title: string; titleZh: string }) {
    return getLocale() === 'zh-Hans' ? t.titleZh : t.title;
  }

  /** Any change to the file or an option makes the preview stale. */
  private invalidate = () => {
    this.preview = null;
    this.previewed = null;
    this.error = '';
  };

  private async send(request: Request, dryRun: boolean): Promise<Report> {
    const body = new FormData();
    body.append('file', request.file);
    body.append('options', JSON.stringify({ defaults: request.defaults, format: request.format, dryRun }));
    return call(api.api.imports.$post(undefined, { init: { body } }));
  }

  private async onPreview(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const file = d.get('file');
    const subjects = d.getAll('subjects').map(String);
    this.invalidate();
    this.created = null;
    if (!(file instanceof File) || file.size === 0) {
      this.error = msg('Choose a file to import.');
      return;
    }
    if (subjects.length === 0) {
      this.error = msg('Choose at least one subject.');
      return;
    }
    const value = (key: string) => String(d.get(key) ?? '');
    const format = value('format');
    const request: Request = {
      file,
      format: FORMATS.find((f) => f === format),
      defaults: {
        topic: value('topic'),
        subjects,
        post: value('post') as Defaults['post'],
        source: value('source') as Defaults['source'],
        difficulty: value('difficulty') as Defaults['difficulty'],
        lang: value('lang') as Defaults['lang'],
        references: [value('reference').trim()],
      },
    };
    this.busy = 'preview';
    try {
      this.preview = await this.send(request, true);
      this.previewed = request;
      this.focusResult();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = null;
    }
  }

  private async onImport() {
    const request = this.previewed;
    if (!request) return;
    this.error = '';
    this.busy = 'import';
    try {
      const outcome = await this.send(request, false);
      if (outcome.report.errors.length > 0 || outcome.created.length === 0) {
        // Something changed since the preview; show what the server found instead.
        this.preview = outcome;
      } else {
        this.created = outcome.created;
        this.preview = null;
        this.previewed = null;
      }
      this.focusResult();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = null;
    }
  }

  /** Moves focus to the heading of the preview or the success notice, so the result is announced and in view. */
  private focusResult() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus());
  }

  override render() {
    return html`
      <div class="head">
        <h1>${msg('Import items')}</h1>
        <a href="/items">${msg('Back to the question bank')}</a>
      </div>
      <section class="card" aria-labelledby="file-heading">
        <h2 id="file-heading" class="visually-hidden">${msg('File and defaults')}</h2>
        <p class="intro">${msg('Import questions from a GIFT, Moodle XML, Aiken, CSV or Excel, or QTI file. They become drafts for you to review. Nothing is written until the preview is clean: if any question has a problem, nothing is imported.')}</p>
        ${this.renderForm()}
      </section>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.created ? this.renderCreated(this.created) : nothing}
      ${this.preview ? this.renderReport(this.preview) : nothing}
    `;
  }

  private renderForm() {
    const select = (name: string, label: string, choices: [string, string, string?][]) =>
      html`<div class="field"><label for="sel-${name}">${label}</label>
        <select id="sel-${name}" name=${name}>
          ${choices.map(([value, text, lang]) => html`<option value=${value} lang=${lang ?? nothing}>${text}</option>`)}
        </select>
      </div>`;
    return html`<form class="stack" @submit=${this.onPreview} @input=${this.invalidate} @change=${this.invalidate}>
      <div class="row">
        <div class="field grow">
          <label for="file">${msg('File')}</label>
          <input id="file" name="file" type="file" accept=${ACCEPT} required aria-describedby="file-hint" />
          <p id="file-hint" class="muted hint">${msg('.gift, .txt, .xml, .csv, .xlsx or .qti (a QTI package), up to 10 MB.')}</p>
        </div>
        ${select('format', msg('Format'), [
          ['', msg('Detect automatically')],
          ...FORMATS.map((f): [string, string] => [f, formatLabel(f)]),
        ])}
      </div>
      <div class="defaults">
        <h3>${msg('Applied to every imported question')}</h3>
        <p class="muted hint">${msg('Interchange files rarely say which topic or exam subject a question belongs to, so choose them here.')}</p>
      </div>
      ${taskView(
        this.catalogue,
        ({ areas, subjects }) => html`<div class="stack">
          <div class="field">
            <label for="topic">${msg('Topic')}</label>
            <select id="topic" name="topic" required>
              <option value="">${msg('Choose a topic…')}</option>
              ${areas.map(
                (a) => html`<optgroup label=${this.localTitle(a)}>
                  ${a.topics.map((t) => html`<option value=${t.id}>${this.localTitle(t)}</option>`)}
                </optgroup>`,
              )}
            </select>
          </div>
          <fieldset class="choices">
            <legend>${msg('Counts for the exam subjects')}</legend>
            ${subjects.map(
              (s) =>
                html`<label class="check"><input type="checkbox" name="subjects" value=${s.id} /> ${this.localTitle(s)}</label>`,
            )}
          </fieldset>
        </div>`,
      )}
      <div class="row">
        ${select('post', msg('Post'), [
          ['both', msg('Drivers and maintainers')],
          ['driver', msg('Drivers')],
          ['maintainer', msg('Maintainers')],
        ])}
        ${select('source', msg('Source'), [
          ['teacher', msg('Teacher (theory)')],
          ['craftsman', msg('Craftsman (real fault case)')],
        ])}
        ${select('difficulty', msg('Difficulty'), [
          ['medium', msg('Medium')],
          ['easy', msg('Easy')],
          ['hard', msg('Hard')],
        ])}
        ${select('lang', msg('Language'), [
          ['en', 'English', 'en'],
          ['zh-Hans', '简体中文', 'zh-Hans'],
        ])}
      </div>
      <div class="field">
        <label for="reference">${msg('Reference')}</label>
        <input id="reference" name="reference" required maxlength="500" autocomplete="off" aria-describedby="reference-hint" />
        <p id="reference-hint" class="muted hint">${msg('The regulation, standard or manual (and clause) that backs the keys.')}</p>
      </div>
      <div>
        <button type="submit" ?disabled=${this.busy !== null}>
          ${this.busy === 'preview' ? msg('Checking the file…') : msg('Preview')}
        </button>
      </div>
    </form>`;
  }

  private renderReport(r: Report) {
    const { items, errors, skipped } = r.report;
    const ready = items.filter((q) => isKind(q.type));
    const canImport = errors.length === 0 && ready.length > 0;
    const readyText = ready.length === 1 ? msg('1 question ready') : msg(str`${ready.length} questions ready`);
    const skippedText = msg(str`${skipped.length} skipped`);
    const problemsText = errors.length === 1 ? msg('1 problem') : msg(str`${errors.length} problems`);
    const summary = msg(str`${readyText}, ${skippedText}, ${problemsText}`, { id: 'import-summary' });
    return html`<section class="card report" aria-labelledby="report-heading">
      <h2 id="report-heading" class="result-heading" tabindex="-1">${msg('Preview')}</h2>
      <p class="summary" role="status">
        ${summary}${r.format ? html` <span class="badge">${formatLabel(r.format as Format) ?? r.format}</span>` : nothing}
      </p>
      ${
        errors.length > 0
          ? html`<div class="error problems" role="alert">
              <h3>${msg('Problems to fix')}</h3>
              <p>${msg('Nothing was imported. Fix these in the file and preview it again.')}</p>
              <ul>
                ${errors.map((e) => html`<li><span class="line">${msg(str`Line ${e.line}`)}</span> ${e.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        ready.length > 0
          ? html`<div class="table-wrap">
              <table class="cards">
                <caption class="visually-hidden">${msg('Questions ready to import')}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Type')}</th>
                    <th scope="col">${msg('Title')}</th>
                    <th scope="col">${msg('Question')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${ready.map(
                    (q) => html`<tr>
                      <td class="kind"><span class="badge">${isKind(q.type) ? kindLabel(q.type) : q.type}</span></td>
                      <td class="title">${q.title}</td>
                      <td class="stem"><div class="clamp"><rh-markdown inline .source=${q.stem}></rh-markdown></div></td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : errors.length === 0
            ? html`<p class="muted">${msg('The file has no question that can be imported.')}</p>`
            : nothing
      }
      ${
        skipped.length > 0
          ? html`<div class="skipped">
              <h3>${msg('Skipped')}</h3>
              <p class="muted hint">${msg('Roundhouse cannot represent these questions; they are left out of the import.')}</p>
              <ul>
                ${skipped.map((s) => html`<li><strong>${s.title}</strong> — ${s.reason}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        canImport
          ? html`<div class="actions">
              <button type="button" ?disabled=${this.busy !== null} @click=${this.onImport}>
                ${
                  this.busy === 'import'
                    ? msg('Importing…')
                    : ready.length === 1
                      ? msg('Import 1 item as a draft')
                      : msg(str`Import ${ready.length} items as drafts`)
                }
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderCreated(ids: string[]) {
    return html`<section class="success created" aria-labelledby="created-heading">
      <h2 id="created-heading" class="result-heading" tabindex="-1">
        ${ids.length === 1 ? msg('1 draft created') : msg(str`${ids.length} drafts created`)}
      </h2>
      <p>${msg('Write an explanation for each before submitting it for review.')}</p>
      <ul class="ids">
        ${ids.map((id) => html`<li><a href="/items/${id}">${id}</a></li>`)}
      </ul>
      <p><a href="/items?status=draft">${msg('See all drafts in the question bank')}</a></p>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: var(--rh-space-3);
      }
      h1 {
        margin: 0;
      }
      .head a {
        font-weight: 600;
      }
      .intro {
        max-width: 70ch;
      }
      .field {
        display: grid;
        gap: var(--rh-space-1);
        min-width: 0;
      }
      .field > label {
        display: block;
      }
      .row > .field {
        flex: 1 1 180px;
      }
      .row > .field.grow {
        flex: 3 1 280px;
      }
      .row {
        align-items: start;
      }
      input[type='file'] {
        padding: 8px;
      }
      .hint {
        margin: 0;
        font-size: 0.85rem;
      }
      .defaults {
        border-top: 1px solid var(--rh-line);
        padding-top: var(--rh-space-4);
      }
      .defaults h3 {
        margin-bottom: var(--rh-space-1);
      }
      fieldset {
        min-width: 0;
        margin: 0;
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--rh-space-5);
      }
      legend {
        font-weight: 600;
        font-size: 0.95rem;
      }
      label.check {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 400;
        min-height: 44px;
      }
      label.check input {
        width: 20px;
        min-height: 20px;
        height: 20px;
        flex: none;
      }
      .report {
        display: grid;
        gap: var(--rh-space-4);
      }
      .report h2,
      .created h2 {
        margin: 0;
      }
      .result-heading:focus {
        outline: none;
      }
      .summary {
        margin: 0;
        font-weight: 600;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .problems h3 {
        color: inherit;
        margin-bottom: var(--rh-space-1);
      }
      .problems ul,
      .skipped ul {
        margin: var(--rh-space-2) 0 0;
        padding-left: 1.2em;
        display: grid;
        gap: var(--rh-space-1);
      }
      .line {
        font-weight: 700;
        white-space: nowrap;
      }
      .skipped h3 {
        margin-bottom: var(--rh-space-1);
      }
      th,
      td {
        padding: var(--rh-space-3) var(--rh-space-2);
        vertical-align: top;
      }
      th:first-child,
      td:first-child {
        padding-left: 0;
      }
      td.kind {
        white-space: nowrap;
      }
      td.title {
        font-weight: 600;
        min-width: 120px;
        max-width: 220px;
      }
      td.stem {
        min-width: 240px;
      }
      .clamp {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        line-clamp: 3;
        overflow: hidden;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-3);
      }
      .created {
        display: grid;
        gap: var(--rh-space-2);
        padding: var(--rh-space-4);
      }
      .created h2 {
        color: inherit;
      }
      .created p {
        margin: 0;
        color: var(--rh-ink);
      }
      .created a {
        font-weight: 600;
      }
      .ids {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-1) var(--rh-space-4);
        font-family: var(--rh-mono);
      }
      .ids a {
        display: inline-flex;
        align-items: center;
        min-height: 32px;
      }
      @media (max-width: 640px) {
        .card {
          padding: var(--rh-space-4);
        }
        td.title,
        td.stem {
          min-width: 0;
          max-width: none;
        }
        table.cards td.stem {
          font-size: 0.95rem;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-import-page': RhImportPage;
  }
}
