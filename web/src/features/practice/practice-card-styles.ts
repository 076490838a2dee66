import { css } from 'lit';

/** What the cards of the practice page share: secondary button links, and less padding on phones. */
export const practiceCardStyles = css`
  a.button.secondary {
    background: var(--rh-surface);
    color: var(--rh-action);
  }
  @media (max-width: 480px) {
    .card {
      padding: var(--rh-space-4);
    }
  }
`;
