/** Fired after a cohort was created or joined, so lists can reload. */
export class CohortsChangedEvent extends Event {
  static readonly type = 'rh-cohorts-changed';
  constructor() {
    super(CohortsChangedEvent.type, { bubbles: true, composed: true });
  }
}
