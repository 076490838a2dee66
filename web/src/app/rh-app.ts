import { provide } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { User } from '../../../server/contract/index.js';
import { ApiError, api, call } from '../api/client.js';
import { errorMessage } from '../i18n/error-message.js';
import { preferredLocale, useLocale } from '../i18n/locale.js';
import { SessionChangedEvent, sessionContext } from '../state/session.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { navigate } from './navigate.js';
import '../components/rh-language-switch.js';
import '../features/account/rh-account-page.js';
import '../features/admin/rh-organisations-page.js';
import '../features/admin/rh-users-page.js';
import '../features/auth/rh-login-page.js';
import '../features/cohorts/rh-cohort-page.js';
import '../features/home/rh-home-page.js';
import '../features/items/rh-import-page.js';
import '../features/items/rh-item-page.js';
import '../features/items/rh-items-page.js';
import { useAnswerQueueFor } from '../features/practice/current-queue.js';
import '../features/practice/rh-answer-queue-status.js';
import '../features/practice/rh-practice-page.js';
import '../features/progress/rh-progress-page.js';

type Route = { pattern: RegExp; render: (m: RegExpMatchArray) => TemplateResult; title: () => string };

/** The application shell: session, language, header and navigation, and the page for the current URL. */
@customElement('rh-app')
@localized()
export class RhApp extends LitElement {
  @provide({ context: sessionContext }) @state() user: User | null = null;
  @state() private path = location.pathname;
  @state() private ready = false;
  @state() private bootError = '';

  private readonly routes: Route[] = [
    { pattern: /^\/$/, render: () => html`<rh-home-page></rh-home-page>`, title: () => msg('Home') },
    { pattern: /^\/login$/, render: () => html`<rh-login-page></rh-login-page>`, title: () => msg('Sign in') },
    {
      pattern: /^\/cohorts\/([0-9a-f-]{36})$/,
      render: (m) => html`<rh-cohort-page .cohortId=${m[1] ?? ''}></rh-cohort-page>`,
      title: () => msg('Cohort'),
    },
    { pattern: /^\/admin\/users$/, render: () => html`<rh-users-page></rh-users-page>`, title: () => msg('Users') },
    {
      pattern: /^\/admin\/organisations$/,
      render: () => html`<rh-organisations-page></rh-organisations-page>`,
      title: () => msg('Schools and enterprises'),
    },
    { pattern: /^\/items$/, render: () => html`<rh-items-page></rh-items-page>`, title: () => msg('Question bank') },
    {
      pattern: /^\/items\/import$/,
      render: () => html`<rh-import-page></rh-import-page>`,
      title: () => msg('Import items'),
    },
    {
      pattern: /^\/items\/(new|[a-z][a-z0-9-]*-\d{4})$/,
      render: (m) => html`<rh-item-page .itemId=${m[1] ?? ''}></rh-item-page>`,
      title: () => msg('Item'),
    },
    {
      pattern: /^\/practice$/,
      render: () => html`<rh-practice-page></rh-practice-page>`,
      title: () => msg('Practise'),
    },
    {
      pattern: /^\/progress$/,
      render: () => html`<rh-progress-page></rh-progress-page>`,
      title: () => msg('Progress'),
    },
    { pattern: /^\/account$/, render: () => html`<rh-account-page></rh-account-page>`, title: () => msg('My account') },
  ];

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener('click', this.onLinkClick);
    this.addEventListener(SessionChangedEvent.type, (e) => this.onSessionChanged((e as SessionChangedEvent).user));
    void this.boot();
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private async boot() {
    await useLocale(preferredLocale(), false);
    try {
      this.user = await call(api.api.me.$get());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) this.bootError = errorMessage(e);
      this.user = null;
    }
    this.ready = true;
    this.guard();
  }

  private onPopState = () => {
    this.path = location.pathname;
    this.guard();
    // Move focus to the new page's heading for screen-reader and keyboard users.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus());
  };

  /** Same-origin links navigate inside the app instead of reloading the page. */
  private onLinkClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.origin !== location.origin || anchor.hasAttribute('download')) return;
    e.preventDefault();
    navigate(anchor.pathname + anchor.search);
  };

  private onSessionChanged(user: User | null) {
    this.user = user;
    if (user) {
      const next = new URLSearchParams(location.search).get('next');
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', true);
    } else navigate('/login', true);
  }

  private guard() {
    if (!this.ready) return;
    if (!this.user && this.path !== '/login') {
      const next = this.path === '/' ? '' : `?next=${encodeURIComponent(this.path)}`;
      navigate(`/login${next}`, true);
    } else if (this.user && this.path === '/login') navigate('/', true);
  }

  private async signOut() {
    try {
      await call(api.api.auth.logout.$post());
    } finally {
      this.onSessionChanged(null);
    }
  }

  /** The signed-in user's answers waiting on this device are sent from any page. */
  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('user')) useAnswerQueueFor(this.user?.id ?? null);
  }

  override updated() {
    const route = this.routes.find((r) => r.pattern.test(this.path));
    document.title = `${route ? route.title() : msg('Not found')} · Roundhouse`;
  }

  override render() {
    const route = this.routes.find((r) => r.pattern.test(this.path));
    const match = route ? this.path.match(route.pattern) : null;
    return html`
      <a class="skip" href="#main">${msg('Skip to content')}</a>
      <header>
        <div class="bar">
          <a class="brand" href="/" aria-label=${msg('Roundhouse home')}>
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>Roundhouse</span>
          </a>
          ${this.user ? this.renderNav(this.user) : nothing}
          <div class="tools">
            <rh-language-switch></rh-language-switch>
            ${this.user ? html`<button class="secondary" @click=${this.signOut}>${msg('Sign out')}</button>` : nothing}
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">
        ${this.bootError ? html`<p class="error" role="alert">${this.bootError}</p>` : nothing}
        ${this.user && this.path !== '/practice' ? html`<rh-answer-queue-status></rh-answer-queue-status>` : nothing}
        ${
          !this.ready
            ? html`<p class="muted" role="status">${msg('Loading…')}</p>`
            : route && match && (this.user || this.path === '/login')
              ? route.render(match)
              : this.user
                ? html`<div class="card"><h1>${msg('Page not found')}</h1><p><a href="/">${msg('Go to the home page')}</a></p></div>`
                : nothing
        }
      </main>
    `;
  }

  private renderNav(user: User) {
    const link = (href: string, label: string) =>
      html`<a href=${href} aria-current=${this.path === href ? 'page' : nothing}>${label}</a>`;
    return html`<nav aria-label=${msg('Main')}>
      ${link('/', msg('Home'))}
      ${user.roles.includes('student') ? html`${link('/practice', msg('Practise'))}${link('/progress', msg('Progress'))}` : nothing}
      ${user.roles.some((r) => r !== 'student') ? link('/items', msg('Question bank')) : nothing}
      ${user.roles.includes('admin') ? html`${link('/admin/users', msg('Users'))}${link('/admin/organisations', msg('Organisations'))}` : nothing}
      ${link('/account', msg('Account'))}
    </nav>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: -999px;
        top: 8px;
        background: #fff;
        padding: 8px 12px;
        z-index: 10;
      }
      .skip:focus {
        left: 8px;
      }
      header {
        background: var(--rh-brand);
        color: #fff;
        border-bottom: 4px solid var(--rh-accent);
      }
      .bar {
        max-width: 1100px;
        margin: 0 auto;
        padding: var(--rh-space-2) var(--rh-space-4);
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2) var(--rh-space-5);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        color: #fff;
        text-decoration: none;
        font-weight: 700;
        font-size: 1.15rem;
        min-height: 44px;
      }
      nav {
        display: flex;
        gap: var(--rh-space-1);
        flex-wrap: wrap;
        order: 3;
        width: 100%;
      }
      nav a {
        color: #dce7ef;
        text-decoration: none;
        padding: 8px 12px;
        border-radius: var(--rh-radius-small);
        font-weight: 600;
      }
      nav a:hover {
        background: rgb(255 255 255 / 10%);
        color: #fff;
      }
      nav a[aria-current='page'] {
        background: rgb(255 255 255 / 16%);
        color: #fff;
      }
      .tools {
        margin-left: auto;
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .tools button {
        min-height: 40px;
        padding: 6px 12px;
        background: transparent;
        color: #fff;
        border-color: rgb(255 255 255 / 50%);
      }
      .tools button:hover {
        background: rgb(255 255 255 / 12%);
      }
      main {
        max-width: 1100px;
        margin: 0 auto;
        padding: var(--rh-space-5) var(--rh-space-4) var(--rh-space-6);
      }
      main:focus,
      main:focus-visible {
        outline: none;
      }
      @media (max-width: 400px) {
        nav {
          gap: 0;
        }
        nav a {
          padding: 8px 7px;
          font-size: 0.94rem;
        }
      }
      @media (min-width: 760px) {
        nav {
          order: 0;
          width: auto;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-app': RhApp;
  }
}
