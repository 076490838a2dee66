import { css } from 'lit';

/** What the cards of the progress page share: small print, and less padding on phones. */
export const progressCardStyles = css`
  .small {
    font-size: 0.9rem;
  }
  @media (max-width: 480px) {
    .card {
      padding: var(--rh-space-4);
    }
  }
`;
