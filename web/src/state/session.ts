import { createContext } from '@lit/context';
import type { User } from '../../../server/contract/index.js';

/** The signed-in user, or null; provided by `<rh-app>`. */
export const sessionContext = createContext<User | null>(Symbol('session'));

/** Asks `<rh-app>` to reload the session (after sign-in or a permission error). */
export class SessionChangedEvent extends Event {
  static readonly type = 'rh-session-changed';
  constructor(readonly user: User | null) {
    super(SessionChangedEvent.type, { bubbles: true, composed: true });
  }
}
