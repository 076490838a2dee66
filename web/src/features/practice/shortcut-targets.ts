/** Keys that mean "I am typing", which shortcuts must leave alone. */
export function isTyping(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Elements that act on Enter themselves. */
export const isControl = (target: EventTarget | undefined) =>
  target instanceof HTMLButtonElement ||
  target instanceof HTMLAnchorElement ||
  (target instanceof HTMLElement && target.tagName === 'SUMMARY');
