import { css } from 'lit';

/** What the answer inputs of `rh-question` draw alike: hints, letter keys, verdicts and numbered rows. */
export const answerInputStyles = css`
  .hint {
    margin: 0;
    font-size: 0.9rem;
    color: var(--rh-ink-soft);
  }
  .small {
    font-size: 0.88rem;
  }
  .key {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    border: 2px solid #9fb4c4;
    background: var(--rh-surface);
    color: var(--rh-brand);
    font-weight: 700;
    font-size: 0.9rem;
  }
  .verdict {
    font-size: 0.85rem;
    font-weight: 700;
    white-space: nowrap;
  }
  .verdict.wide {
    white-space: normal;
    flex-basis: 100%;
  }
  .verdict.ok {
    color: var(--rh-ok);
  }
  .verdict.bad {
    color: var(--rh-danger);
  }
  ol,
  ul {
    margin: 0;
  }
  .steps,
  .prompts,
  .answers {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--rh-space-2);
  }
  .steps li,
  .prompts li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rh-space-2) var(--rh-space-3);
    min-height: 56px;
    padding: var(--rh-space-2) var(--rh-space-2) var(--rh-space-2) var(--rh-space-3);
    background: var(--rh-surface);
    border: 2px solid var(--rh-line);
    border-radius: var(--rh-radius);
  }
  .steps li.right,
  .prompts li.right {
    border-color: var(--rh-ok);
    background: var(--rh-ok-soft);
  }
  .steps li.wrong,
  .prompts li.wrong {
    border-color: var(--rh-danger);
    background: var(--rh-danger-soft);
  }
  .steps .text,
  .prompts .text {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .pos {
    flex: none;
    width: 28px;
    height: 28px;
    display: inline-grid;
    place-items: center;
    border-radius: 50%;
    background: var(--rh-brand);
    color: #fff;
    font-weight: 700;
    font-size: 0.85rem;
  }
`;
