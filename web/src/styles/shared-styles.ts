import { css } from 'lit';

/** Base styles every element adopts: type, buttons, fields, cards, tables, focus rings. */
export const sharedStyles = css`
  /* Set, not inherited: content slotted into <details> inherits from the browser's own <slot>. */
  :host,
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 var(--rh-space-3);
    color: var(--rh-ink);
  }
  h1 {
    font-size: 1.6rem;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 var(--rh-space-3);
  }
  a {
    color: var(--rh-action);
  }
  :focus-visible {
    outline: 3px solid var(--rh-focus);
    outline-offset: 2px;
  }
  .card {
    background: var(--rh-surface);
    border: 1px solid var(--rh-line);
    border-radius: var(--rh-radius);
    box-shadow: var(--rh-shadow);
    padding: var(--rh-space-5);
  }
  .muted {
    color: var(--rh-ink-soft);
  }
  .stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--rh-space-4);
  }
  /* The wrapper taskView puts around loaded content lays it out like a stack. */
  .task {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--rh-space-4);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rh-space-3);
    align-items: end;
  }
  .row > label {
    flex: 1 1 200px;
    min-width: 0;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    border-radius: var(--rh-radius-small);
    border: 1px solid var(--rh-action);
    background: var(--rh-action);
    color: #fff;
    padding: 10px 16px;
    min-height: 44px;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--rh-space-2);
  }
  button:hover {
    background: var(--rh-action-hover);
  }
  button.secondary {
    background: var(--rh-surface);
    color: var(--rh-action);
  }
  button.secondary:hover {
    background: var(--rh-brand-soft);
  }
  button.danger {
    background: var(--rh-surface);
    color: var(--rh-danger);
    border-color: var(--rh-danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  label {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--rh-space-1);
    font-weight: 600;
    font-size: 0.95rem;
  }
  input,
  select {
    font: inherit;
    font-weight: 400;
    padding: 9px 12px;
    min-height: 44px;
    border: 1px solid #8a99a6;
    border-radius: var(--rh-radius-small);
    background: #fff;
    color: var(--rh-ink);
    width: 100%;
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--rh-danger);
  }
  .error {
    background: var(--rh-danger-soft);
    color: var(--rh-danger);
    border-radius: var(--rh-radius-small);
    padding: var(--rh-space-3);
    margin: 0;
  }
  .success {
    background: var(--rh-ok-soft);
    color: var(--rh-ok);
    border-radius: var(--rh-radius-small);
    padding: var(--rh-space-3);
    margin: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: var(--rh-space-2) var(--rh-space-3);
    border-bottom: 1px solid var(--rh-line);
    vertical-align: middle;
  }
  th {
    font-size: 0.85rem;
    color: var(--rh-ink-soft);
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* On phones a table becomes a list of cards: one row per card, cells stacked. */
  @media (max-width: 640px) {
    table.cards thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table.cards tr {
      display: grid;
      gap: var(--rh-space-1);
      padding: var(--rh-space-3) 0;
      border-bottom: 1px solid var(--rh-line);
    }
    table.cards td {
      display: block;
      border: none;
      padding: 0;
    }
  }
  .badge {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 999px;
    background: var(--rh-brand-soft);
    color: var(--rh-brand);
    font-size: 0.8rem;
    font-weight: 600;
  }
  /* Item status badges, the same on every page that shows an item's state. */
  .badge.status-draft {
    background: #eceff2;
    color: #37474f;
  }
  .badge.status-in_review {
    background: #fff1c7;
    color: #6b4400;
  }
  .badge.status-published {
    background: var(--rh-ok-soft);
    color: var(--rh-ok);
  }
  .badge.status-retired {
    background: #f1eded;
    color: #5c4a4a;
  }
  .code {
    font-family: var(--rh-mono);
    font-size: 1.25rem;
    letter-spacing: 0.12em;
    background: var(--rh-brand-soft);
    color: var(--rh-brand);
    padding: 4px 10px;
    border-radius: var(--rh-radius-small);
  }
  dialog {
    border: none;
    border-radius: var(--rh-radius);
    padding: var(--rh-space-5);
    width: min(560px, 94vw);
    box-shadow: 0 10px 40px rgb(0 0 0 / 25%);
  }
  dialog::backdrop {
    background: rgb(20 33 43 / 45%);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/** For elements that lay their children out as one column of cards (pages, panels). */
export const stackHost = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--rh-space-4);
  }
`;
