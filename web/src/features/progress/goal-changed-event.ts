/** Fired after the student chose or changed the certification they prepare for (and its exam date). */
export class GoalChangedEvent extends Event {
  static readonly type = 'rh-goal-changed';
  constructor(readonly certificationId: string) {
    super(GoalChangedEvent.type, { bubbles: true, composed: true });
  }
}
