import { call, type ApiKey, type Page } from './api';
import { confirmAction, formValue, h, setStatus } from './dom';
import type { Session } from './session';

/** API keys: list, create (the secret once, with a copy button), revoke with a confirmation. */
export function keysView(root: HTMLElement, session: Session, report: (error: unknown) => void): void {
  const table = h('div', { class: 'table-wrap' });
  const secretBox = h('div', { id: 'new-secret', 'aria-live': 'polite' });

  const load = async (): Promise<void> => {
    const keys = await call<Page<ApiKey>>('GET', 'keys');
    const cell = (label: string, content: Node | string): HTMLTableCellElement => h('td', { 'data-label': label }, content);
    table.replaceChildren(
      h(
        'table',
        { id: 'keys' },
        h('caption', { class: 'skip' }, 'API keys'),
        h(
          'thead',
          {},
          h('tr', {}, ...['Name', 'Prefix', 'Role', 'Created', 'Last used', 'Actions'].map((t) => h('th', { scope: 'col' }, t))),
        ),
        h(
          'tbody',
          {},
          ...keys.data.map((key) =>
            h(
              'tr',
              { 'data-key': key.name },
              cell('Name', key.name),
              cell('Prefix', key.prefix),
              cell('Role', key.role),
              cell('Created', key.created_at.slice(0, 16).replace('T', ' ')),
              cell('Last used', key.last_used_at?.slice(0, 16).replace('T', ' ') ?? 'never'),
              cell(
                'Actions',
                key.id === session.self.id
                  ? 'this key'
                  : h(
                      'button',
                      {
                        type: 'button',
                        class: 'danger',
                        onclick: () =>
                          void confirmAction(`Revoke the key ${key.name}? Clients using it stop working at once.`, 'Revoke')
                            .then(async (yes) => {
                              if (!yes) return;
                              await call('DELETE', `keys/${encodeURIComponent(key.id)}`);
                              setStatus(`Key ${key.name} revoked`);
                              await load();
                            })
                            .catch(report),
                      },
                      `Revoke ${key.name}`,
                    ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const showSecret = (key: ApiKey & { secret: string }): void => {
    const copy = h('button', { type: 'button', class: 'secondary' }, 'Copy');
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(key.secret).then(
        () => setStatus('Secret copied'),
        () => setStatus('Copy failed: select the secret and copy it by hand', true),
      );
    });
    secretBox.replaceChildren(
      h('p', {}, `The secret of ${key.name}: shown this once only.`),
      h('p', { class: 'secret', id: 'secret-value' }, key.secret),
      h(
        'div',
        { class: 'row' },
        copy,
        h('button', { type: 'button', class: 'secondary', onclick: () => secretBox.replaceChildren() }, 'Done'),
      ),
    );
    copy.focus();
  };

  const form = h(
    'form',
    {
      class: 'row',
      'aria-label': 'Create an API key',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const target = event.currentTarget as HTMLFormElement;
        call<ApiKey & { secret: string }>('POST', 'keys', { name: formValue(target, 'name'), role: formValue(target, 'role') })
          .then(async (key) => {
            target.reset();
            showSecret(key);
            await load();
          })
          .catch(report);
      },
    },
    h('label', {}, 'Name', h('input', { name: 'name', required: true, autocomplete: 'off' })),
    h(
      'label',
      {},
      'Role',
      h('select', { name: 'role' }, ...[...session.assignableRoles].reverse().map((role) => h('option', { value: role.name }, role.name))),
    ),
    h('button', { type: 'submit' }, 'Create key'),
  );

  root.replaceChildren(h('h1', {}, 'API keys'), h('section', { 'aria-label': 'Create an API key' }, form), secretBox, table);
  load().catch(report);
}
