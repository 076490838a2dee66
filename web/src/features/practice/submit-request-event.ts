/** Fired when the learner wants to submit: Enter in a typed answer, or the action bar's button and shortcut. */
export class SubmitRequestEvent extends Event {
  static readonly type = 'rh-submit-request';
  constructor() {
    super(SubmitRequestEvent.type, { bubbles: true, composed: true });
  }
}
