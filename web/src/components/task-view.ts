import { type Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import './rh-status.js';

/**
 * Renders a task's states the same way everywhere: a loading line the first time, the previous result
 * (marked busy) while reloading so lists do not flicker, and a retryable error.
 */
export function taskView<T>(task: Task<readonly unknown[], T>, complete: (value: T) => TemplateResult): TemplateResult {
  if (task.status === TaskStatus.ERROR)
    return html`<rh-status kind="error" .error=${task.error} @rh-retry=${() => task.run()}></rh-status>`;
  if (task.value === undefined) return html`<rh-status kind="loading"></rh-status>`;
  return html`<div class="task" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>${complete(task.value)}</div>`;
}
