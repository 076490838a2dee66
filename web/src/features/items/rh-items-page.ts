import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ITEM_KINDS, ITEM_STATUSES, type ItemSummary, type User } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import '../../components/rh-markdown.js';
import '../../components/rh-pager.js';
import type { PageChangeEvent } from '../../components/rh-pager.js';
import '../../components/rh-search.js';
import type { SearchEvent } from '../../components/rh-search.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { getLocale } from '../../i18n/locale.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';

type Kind = ItemSummary['kind'];
type Status = ItemSummary['status'];
type Source = ItemSummary['source'];
type Lang = ItemSummary['lang'];

const SOURCES = ['teacher', 'craftsman'] as const satisfies readonly Source[];
const LANGS = ['en', 'zh-Hans'] as const satisfies readonly Lang[];
const PAGE_SIZE = 20;

/** Translated names of the question types. */
export const kindLabel = (kind: Kind): string =>
  ({
    single: msg('Single choice'),
    multiple: msg('Multiple choice'),
    true_false: msg('True or false'),
    fill_blank: msg('Fill in the blank'),
    numeric: msg('Numeric answer'),
    ordering: msg('Ordering'),
    matching: msg('Matching'),
    hotspot: msg('Image hotspot'),
  })[kind];

/** Translated names of the item statuses. */
export const statusLabel = (status: Status): string =>
  ({ draft: msg('Draft'), in_review: msg('In review'), published: msg('Published'), retired: msg('Retired') })[status];

const sourceLabel = (source: Source): string => ({ teacher: msg('Teacher'), craftsman: msg('Craftsman') })[source];

/** Language names are written in their own language, as in the language switch. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-Hans': '简体中文' };
const LANG_TAGS: Record<Lang, string> = { en: 'EN', 'zh-Hans': '中文' };

type Filters = {
  q: string;
  area: string;
  topic: string;
  subject: string;
  kind: Kind | '';
  status: Status | '';
  source: Source | '';
  lang: Lang | '';
  reported: boolean;
  page: number;
};

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  (allowed as readonly string[]).includes(value ?? '') ? (value as T) : '';

/** The filters a URL query string describes; anything unknown is ignored. */
function readFilters(search: string): Filters {
  const p = new URLSearchParams(search);
  const text = (key: string, max: number) => (p.get(key) ?? '').trim().slice(0, max);
  const page = Number.parseInt(p.get('page') ?? '', 10);
  return {
    q: text('q', 200),
    area: text('area', 50),
    topic: text('topic', 100),
    subject: text('subject', 50),
    kind: pick(p.get('kind'), ITEM_KINDS),
    status: pick(p.get('status'), ITEM_STATUSES),
    source: pick(p.get('source'), SOURCES),
    lang: pick(p.get('lang'), LANGS),
    reported: p.get('reported') === 'true',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function writeFilters(f: Filters): string {
  const p = new URLSearchParams();
  for (const key of ['q', 'area', 'topic', 'subject', 'kind', 'status', 'source', 'lang'] as const)
    if (f[key]) p.set(key, f[key]);
  if (f.reported) p.set('reported', 'true');
  if (f.page > 1) p.set('page', String(f.page));
  const query = p.toString();
  return query ? `?${query}` : '';
}

type View = 'all' | 'review' | 'reported';

/** The question bank for authors and reviewers: quick views, filters, search and a paged list of items. */
@customElement('rh-items-page')
@localized()
export class RhItemsPage extends LitElement {
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  @state() private filters: Filters = readFilters(location.search);
  /** Phones fold the filter fields away behind a button. */
  @state() private filtersOpen = false;

  private readonly items = new Task(this, {
    task: ([f], { signal }) =>
      call(
        api.api.items.$get(
          {
            query: {
              page: String(f.page),
              pageSize: String(PAGE_SIZE),
              q: f.q || undefined,
              area: f.area || undefined,
              topic: f.topic || undefined,
              subject: f.subject || undefined,
              kind: f.kind || undefined,
              status: f.status || undefined,
              source: f.source || undefined,
              lang: f.lang || undefined,
              reported: f.reported ? 'true' : undefined,
            },
          },
          { init: { signal } },
        ),
      ),
    args: () => [this.filters] as const,
  });

  /** How many items wait in the two work queues, shown on their tabs. */
  private readonly queues = new Task(this, {
    task: async (_args, { signal }) => {
      const count = async (query: { status?: 'in_review'; reported?: 'true' }) =>
        (await call(api.api.items.$get({ query: { ...query, pageSize: '1' } }, { init: { signal } }))).total;
      const [review, reported] = await Promise.all([count({ status: 'in_review' }), count({ reported: 'true' })]);
      return { review, reported };
    },
    args: () => [],
  });

  private readonly catalogue = new Task(this, {
    task: async (_args, { signal }) => {
      const [syllabus, certifications] = await Promise.all([
        call(api.api.syllabus.$get(undefined, { init: { signal } })),
        call(api.api.certifications.$get(undefined, { init: { signal } })),
      ]);
      const subjects = new Map<string, { id: string; title: string; titleZh: string }>();
      for (const c of certifications.items) for (const s of c.subjects) if (!subjects.has(s.id)) subjects.set(s.id, s);
      const topics = new Map(syllabus.areas.flatMap((a) => a.topics.map((t) => [t.id, t] as const)));
      return { areas: syllabus.areas, subjects: [...subjects.values()], topics };
    },
    args: () => [],
  });

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  /** The main navigation or the back button may land on /items with other filters while this page stays. */
  private onPopState = () => {
    if (location.pathname !== '/items') return;
    this.filters = readFilters(location.search);
  };

  /** Applies a change, back to page 1 unless the change is the page, and records it in the URL. */
  private applyFilters(patch: Partial<Filters>) {
    const next: Filters = { ...this.filters, page: 1, ...patch };
    if (patch.area !== undefined && next.topic && !next.topic.startsWith(`${next.area}.`)) next.topic = '';
    this.filters = next;
    history.replaceState(history.state, '', `/items${writeFilters(next)}`);
  }

  private get view(): View | null {
    const { status, reported } = this.filters;
    if (reported) return status ? null : 'reported';
    if (status === 'in_review') return 'review';
    return status ? null : 'all';
  }

  private activeFilterCount() {
    const { area, topic, subject, kind, status, source, lang } = this.filters;
    return [area, topic, subject, kind, status, source, lang].filter(Boolean).length;
  }

  private clearFilters() {
    this.applyFilters({ ...readFilters(''), q: this.filters.q });
  }

  private localTitle(t: { title: string; titleZh: string }) {
    return getLocale() === 'zh-Hans' ? t.titleZh : t.title;
  }

  /** Starts a download of the whole bank in the chosen format (the server sends it as an attachment). */
  private download(e: Event) {
    const select = e.target as HTMLSelectElement;
    if (select.value) location.assign(`/api/exports?format=${encodeURIComponent(select.value)}`);
    select.value = '';
  }

  override render() {
    const active = this.activeFilterCount();
    return html`
      <div class="head">
        <h1>${msg('Question bank')}</h1>
        <div class="actions">
          ${
            this.user?.roles.some((r) => r === 'teacher' || r === 'admin')
              ? html`<label class="export">${msg('Export')}
                  <select @change=${this.download} aria-label=${msg('Export the bank as a file')}>
                    <option value="">${msg('Download as…')}</option>
                    <option value="moodle-xml">Moodle XML</option>
                    <option value="gift">GIFT</option>
                    <option value="xlsx">Excel (.xlsx)</option>
                    <option value="csv">CSV</option>
                  </select>
                </label>`
              : nothing
          }
          <a class="button secondary" href="/items/import">${msg('Import')}</a>
          <a class="button" href="/items/new">
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M8 2v12M2 8h12" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
          ${msg('New item')}
          </a>
        </div>
      </div>
      ${this.renderViews()}
      <section class="card filters" aria-label=${msg('Search and filters')}>
        <div class="search-row">
          <rh-search .label=${msg('Search')} .placeholder=${msg('Words or item id')} .value=${this.filters.q}
            @rh-search=${(e: SearchEvent) => this.applyFilters({ q: e.query })}></rh-search>
          <button type="button" class="secondary toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filter-fields" @click=${() => {
              this.filtersOpen = !this.filtersOpen;
            }}>
            ${msg('Filters')}${active ? html` <span class="count-badge">${active}</span>` : nothing}
          </button>
        </div>
        <div id="filter-fields" class="fields ${this.filtersOpen ? 'open' : ''}">
          ${this.renderFilterFields()}
          ${
            active
              ? html`<button type="button" class="secondary clear" @click=${this.clearFilters}>${msg('Clear filters')}</button>`
              : nothing
          }
        </div>
      </section>
      <section class="card results" aria-labelledby="results-heading">
        <h2 id="results-heading" class="visually-hidden">${msg('Items')}</h2>
        ${taskView(this.items, (p) => this.renderResults(p))}
      </section>
    `;
  }

  private renderViews() {
    const view = this.view;
    const counts = this.queues.value;
    const tab = (id: View, label: string, patch: Partial<Filters>, count?: number) =>
      html`<button type="button" class="tab" aria-pressed=${view === id ? 'true' : 'false'}
        @click=${() => this.applyFilters({ status: '', reported: false, ...patch })}>
        ${label}${count ? html`<span class="tab-count">${count}</span>` : nothing}
      </button>`;
    return html`<div class="tabs" role="group" aria-label=${msg('Views')}>
      ${tab('all', msg('All items'), {})}
      ${tab('review', msg('Review queue'), { status: 'in_review' }, counts?.review)}
      ${tab('reported', msg('Reported'), { reported: true }, counts?.reported)}
    </div>`;
  }

  private renderFilterFields() {
    const f = this.filters;
    const cat = this.catalogue.value;
    const area = cat?.areas.find((a) => a.id === f.area);
    const topics = area ? area.topics : (cat?.areas.flatMap((a) => a.topics) ?? []);
    // The select is named by its caption alone (a wrapping label would add the chosen option to its name).
    const select = <T extends string>(
      key: string,
      label: string,
      all: string,
      value: string,
      options: readonly { value: T; label: string; lang?: string }[],
      change: (value: T | '') => void,
    ) => html`<label><span id="filter-${key}">${label}</span>
        <select aria-labelledby="filter-${key}" @change=${(e: Event) => change((e.target as HTMLSelectElement).value as T | '')}>
          <option value="" .selected=${value === ''}>${all}</option>
          ${options.map(
            (o) =>
              html`<option value=${o.value} .selected=${o.value === value} lang=${o.lang ?? nothing}>${o.label}</option>`,
          )}
        </select>
      </label>`;
    return html`
      ${select(
        'area',
        msg('Area'),
        msg('All areas'),
        f.area,
        (cat?.areas ?? []).map((a) => ({ value: a.id, label: this.localTitle(a) })),
        (area) => this.applyFilters({ area }),
      )}
      ${select(
        'topic',
        msg('Topic'),
        msg('All topics'),
        f.topic,
        topics.map((t) => ({ value: t.id, label: this.localTitle(t) })),
        (topic) => this.applyFilters({ topic }),
      )}
      ${select(
        'subject',
        msg('Subject'),
        msg('All subjects'),
        f.subject,
        (cat?.subjects ?? []).map((s) => ({ value: s.id, label: this.localTitle(s) })),
        (subject) => this.applyFilters({ subject }),
      )}
      ${select(
        'kind',
        msg('Type'),
        msg('All types'),
        f.kind,
        ITEM_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
        (kind) => this.applyFilters({ kind }),
      )}
      ${select(
        'status',
        msg('Status'),
        msg('Any status'),
        f.status,
        ITEM_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
        (status) => this.applyFilters({ status }),
      )}
      ${select(
        'source',
        msg('Written by'),
        msg('Anyone'),
        f.source,
        SOURCES.map((s) => ({ value: s, label: sourceLabel(s) })),
        (source) => this.applyFilters({ source }),
      )}
      ${select(
        'lang',
        msg('Written in'),
        msg('Any language'),
        f.lang,
        LANGS.map((l) => ({ value: l, label: LANG_NAMES[l], lang: l })),
        (lang) => this.applyFilters({ lang }),
      )}
    `;
  }

  private renderResults(p: { items: ItemSummary[]; total: number; page: number; pageSize: number }) {
    if (p.items.length === 0) return this.renderEmpty();
    const first = (p.page - 1) * p.pageSize + 1;
    const last = first + p.items.length - 1;
    return html`
      <p class="summary muted" role="status">
        ${p.total === 1 ? msg('1 item') : msg(str`Items ${first}–${last} of ${p.total}`)}
      </p>
      <div class="table-wrap">
        <table class="cards">
          <caption class="visually-hidden">${msg('Items')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Id')}</th>
              <th scope="col">${msg('Question')}</th>
              <th scope="col">${msg('Type')}</th>
              <th scope="col">${msg('Topic')}</th>
              <th scope="col">${msg('Status')}</th>
              <th scope="col">${msg('Languages')}</th>
              <th scope="col">${msg('Reports')}</th>
              <th scope="col">${msg('Updated')}</th>
            </tr>
          </thead>
          <tbody>${p.items.map((item) => this.renderItem(item))}</tbody>
        </table>
      </div>
      <rh-pager .page=${p.page} .pageSize=${p.pageSize} .total=${p.total}
        @rh-page-change=${(e: PageChangeEvent) => {
          this.applyFilters({ page: e.page });
          const top = this.renderRoot.querySelector('.results');
          if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: 'start' });
        }}></rh-pager>
    `;
  }

  private renderItem(item: ItemSummary) {
    const topic = this.catalogue.value?.topics.get(item.topicId);
    const date = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' });
    return html`<tr>
      <td class="id"><a href="/items/${item.id}">${item.id}</a></td>
      <td class="stem"><div class="clamp" lang=${item.lang}><rh-markdown inline .source=${item.stem}></rh-markdown></div></td>
      <td class="kind">${kindLabel(item.kind)}</td>
      <td class="topic"><div class="clamp">${topic ? this.localTitle(topic) : item.topicId}</div></td>
      <td class="status"><span class="badge status-${item.status}">${statusLabel(item.status)}</span></td>
      <td class="langs">${item.languages.map(
        (l) => html`<span class="lang" lang=${l} title=${LANG_NAMES[l]}>${LANG_TAGS[l]}</span>`,
      )}</td>
      <td class="reports">${
        item.openReports > 0
          ? html`<span class="badge reported">${msg(str`${item.openReports} open`)}</span>`
          : html`<span class="none" aria-hidden="true">—</span><span class="visually-hidden">${msg('None')}</span>`
      }</td>
      <td class="updated"><time datetime=${item.updatedAt}>${date.format(new Date(item.updatedAt))}</time></td>
    </tr>`;
  }

  private renderEmpty() {
    const f = this.filters;
    const filtered = Boolean(f.q) || this.activeFilterCount() > 0 || f.reported;
    if (!filtered)
      return html`<div class="empty">
        <p>${msg('The question bank is empty.')}</p>
        <a class="button" href="/items/new">${msg('Write the first item')}</a>
      </div>`;
    const onlyView = !f.q && this.activeFilterCount() === (f.status ? 1 : 0);
    const message =
      onlyView && this.view === 'review'
        ? msg('Nothing is waiting for review.')
        : onlyView && this.view === 'reported'
          ? msg('No item has an open report.')
          : msg('No item matches this search and these filters.');
    return html`<div class="empty">
      <p>${message}</p>
      ${
        onlyView
          ? nothing
          : html`<button type="button" class="secondary" @click=${() => {
              this.applyFilters({ ...readFilters(''), reported: f.reported });
            }}>${msg('Clear search and filters')}</button>`
      }
    </div>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--rh-space-2);
      }
      .export {
        font-size: 0.85rem;
      }
      .export select {
        min-height: 44px;
      }
      .button.secondary {
        background: var(--rh-surface);
        color: var(--rh-action);
      }
      h1 {
        margin: 0;
      }
      a.button {
        color: #fff;
      }
      a.button:hover {
        background: var(--rh-action-hover);
      }
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-1);
        border-bottom: 1px solid var(--rh-line);
      }
      button.tab {
        background: transparent;
        color: var(--rh-ink-soft);
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: var(--rh-radius-small) var(--rh-radius-small) 0 0;
        padding: 8px 14px;
        margin-bottom: -1px;
      }
      button.tab:hover {
        background: var(--rh-brand-soft);
        color: var(--rh-ink);
      }
      button.tab[aria-pressed='true'] {
        color: var(--rh-brand);
        border-bottom-color: var(--rh-action);
      }
      .tab-count,
      .count-badge {
        display: inline-block;
        min-width: 1.5em;
        padding: 0 6px;
        border-radius: 999px;
        background: var(--rh-brand);
        color: #fff;
        font-size: 0.8rem;
        line-height: 1.5;
        text-align: center;
      }
      .filters {
        display: grid;
        gap: var(--rh-space-4);
      }
      .search-row {
        display: flex;
        gap: var(--rh-space-3);
        align-items: end;
      }
      .search-row rh-search {
        flex: 1;
        min-width: 0;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        gap: var(--rh-space-3);
        align-items: end;
      }
      .fields label {
        min-width: 0;
      }
      .fields select {
        text-overflow: ellipsis;
      }
      .results {
        scroll-margin-top: var(--rh-space-4);
      }
      .summary {
        margin: 0;
        font-size: 0.9rem;
      }
      .task[aria-busy='true'] {
        opacity: 0.6;
        transition: opacity 0.2s;
      }
      th,
      td {
        padding: var(--rh-space-3) var(--rh-space-2);
      }
      th:first-child,
      td:first-child {
        padding-left: 0;
      }
      th:last-child,
      td:last-child {
        padding-right: 0;
      }
      td {
        font-size: 0.92rem;
      }
      th {
        vertical-align: bottom;
      }
      td.id {
        white-space: nowrap;
        font-family: var(--rh-mono);
        font-size: 0.85rem;
      }
      td.id a {
        display: inline-flex;
        align-items: center;
        min-height: 32px;
        font-weight: 600;
        text-underline-offset: 3px;
      }
      td.stem {
        min-width: 220px;
        font-size: 0.95rem;
      }
      .clamp {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        overflow: hidden;
      }
      td.kind,
      td.topic,
      td.updated {
        color: var(--rh-ink-soft);
      }
      td.topic {
        min-width: 110px;
        max-width: 170px;
        font-size: 0.85rem;
      }
      td.kind,
      td.status,
      td.updated,
      td.langs {
        white-space: nowrap;
      }
      td.reports {
        text-align: center;
      }
      .badge {
        white-space: nowrap;
      }
      .badge.reported {
        background: var(--rh-danger-soft);
        color: var(--rh-danger);
      }
      .lang {
        display: inline-block;
        padding: 0 5px;
        margin-right: 4px;
        border: 1px solid var(--rh-line);
        border-radius: 4px;
        font-size: 0.75rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .none {
        color: var(--rh-ink-soft);
      }
      .empty {
        text-align: center;
        padding: var(--rh-space-5) var(--rh-space-3);
        color: var(--rh-ink-soft);
      }
      .empty p {
        font-size: 1.05rem;
      }
      @media (min-width: 761px) {
        button.toggle {
          display: none;
        }
      }
      @media (max-width: 760px) {
        .card {
          padding: var(--rh-space-4);
        }
        button.toggle {
          padding: 10px 12px;
        }
        .fields:not(.open) {
          display: none;
        }
        .fields {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
        .tabs {
          flex-wrap: nowrap;
          overflow-x: auto;
        }
        .tabs {
          gap: 0;
        }
        button.tab {
          flex: 0 0 auto;
          padding: 8px 7px;
          font-size: 0.9rem;
          white-space: nowrap;
        }
      }
      @media (max-width: 640px) {
        table.cards tr {
          display: flex;
          flex-wrap: wrap;
          align-items: center;
          gap: var(--rh-space-1) var(--rh-space-3);
          padding: var(--rh-space-3) 0;
        }
        table.cards td {
          font-size: 0.85rem;
        }
        td.id {
          order: 1;
        }
        td.id a {
          min-height: 44px;
          font-size: 0.95rem;
        }
        td.status {
          order: 2;
          margin-left: auto;
        }
        td.reports {
          order: 3;
        }
        td.reports:has(.none) {
          display: none !important;
        }
        table.cards td.stem {
          order: 4;
          flex-basis: 100%;
          min-width: 0;
          font-size: 1rem;
        }
        table.cards td.topic {
          order: 5;
          flex-basis: 100%;
          max-width: none;
        }
        td.kind {
          order: 6;
        }
        td.langs {
          order: 7;
        }
        td.updated {
          order: 8;
          margin-left: auto;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-items-page': RhItemsPage;
  }
}
