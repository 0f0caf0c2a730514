/** A tiny element builder: `h('button', { type: 'button', onclick }, 'Save')`. Text is always text, never HTML. */
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export function setStatus(text: string, error = false): void {
  const status = document.getElementById('status');
  if (status === null) return;
  status.textContent = text;
  status.className = error ? 'status error' : 'status';
}

/** A modal confirmation (the native dialog: focus trapped, Escape cancels). */
export function confirmAction(question: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { 'aria-labelledby': 'confirm-text' });
    const close = (answer: boolean): void => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    dialog.append(
      h('p', { id: 'confirm-text' }, question),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', class: 'danger', onclick: () => close(true) }, confirmLabel),
        h('button', { type: 'button', class: 'secondary', onclick: () => close(false), autofocus: true }, 'Cancel'),
      ),
    );
    dialog.addEventListener('cancel', () => resolve(false));
    document.body.append(dialog);
    dialog.showModal();
  });
}

export function formValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}
