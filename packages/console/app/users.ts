import { call, query, type Page, type User } from './api';
import { confirmAction, formValue, h, setStatus } from './dom';
import type { Session } from './session';

interface Filters {
  status?: string;
  role?: string;
  organization_id?: string;
  limit: number;
}

/** The users page: server-side filters, cursor paging with a count, create, role, status, delete. */
export function usersView(root: HTMLElement, session: Session, report: (error: unknown) => void): void {
  let filters: Filters = { limit: 20 };
  const cursors: (string | undefined)[] = [undefined];
  const table = h('div', { class: 'table-wrap' });
  const count = h('p', { class: 'count', id: 'user-count', 'aria-live': 'polite' });
  const pager = h('div', { class: 'row' });

  const roleOptions = (selected?: string): HTMLOptionElement[] =>
    session.assignableRoles.map((role) => h('option', { value: role.name, selected: role.name === selected }, role.name));

  const load = async (): Promise<void> => {
    const after = cursors[cursors.length - 1];
    const { limit, ...rest } = filters;
    // The admin list counts only when asked: the console shows how many match.
    const page = await call<Page<User>>('GET', `users${query({ ...rest, limit, after, total: 'true' })}`);
    count.textContent = `${page.total ?? page.data.length} users match · page ${cursors.length}`;
    table.replaceChildren(userTable(page.data));
    pager.replaceChildren(
      h('button', { type: 'button', class: 'secondary', disabled: cursors.length === 1, onclick: () => move(-1) }, 'Previous page'),
      h(
        'button',
        { type: 'button', class: 'secondary', disabled: !page.next, onclick: () => move(1, page.next ?? undefined) },
        'Next page',
      ),
    );
  };
  const refresh = (): void => {
    load().catch(report);
  };
  const move = (step: number, next?: string): void => {
    if (step > 0) cursors.push(next);
    else cursors.pop();
    refresh();
  };

  const change = async (user: User, patch: Partial<User>, done: string): Promise<void> => {
    await call('PATCH', `users/${encodeURIComponent(user.id)}`, patch, { 'If-Match': `"${user.version}"` });
    setStatus(done);
    await load();
  };

  const actions = (user: User): HTMLElement => {
    if (!session.canManageUsers) return h('span', {}, '—');
    const known = session.assignableRoles.some((candidate) => candidate.name === user.role);
    const role = h(
      'select',
      { 'aria-label': `Role of ${user.email ?? user.id}`, disabled: !known },
      ...(known ? roleOptions(user.role) : [h('option', { selected: true }, user.role)]),
    );
    const active = user.status === 'active';
    return h(
      'div',
      { class: 'row' },
      role,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          disabled: !known,
          onclick: () => change(user, { role: role.value }, `Role of ${user.email} is now ${role.value}`).catch(report),
        },
        'Save role',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          disabled: !known,
          onclick: () =>
            change(user, { status: active ? 'inactive' : 'active' }, `${user.email} ${active ? 'deactivated' : 'reactivated'}`).catch(
              report,
            ),
        },
        active ? 'Deactivate' : 'Reactivate',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          disabled: !known,
          onclick: () =>
            void confirmAction(`Delete ${user.email ?? user.id}? This cannot be undone.`, 'Delete')
              .then(async (yes) => {
                if (!yes) return;
                await call('DELETE', `users/${encodeURIComponent(user.id)}`, undefined, { 'If-Match': `"${user.version}"` });
                setStatus(`${user.email} deleted`);
                await load();
              })
              .catch(report),
        },
        'Delete',
      ),
    );
  };

  const userTable = (users: User[]): HTMLElement => {
    const cell = (label: string, content: Node | string): HTMLTableCellElement => h('td', { 'data-label': label }, content);
    return h(
      'table',
      { id: 'users' },
      h('caption', { class: 'skip' }, 'Users'),
      h(
        'thead',
        {},
        h('tr', {}, ...['E-mail', 'Name', 'Role', 'Status', 'Organization', 'Actions'].map((title) => h('th', { scope: 'col' }, title))),
      ),
      h(
        'tbody',
        {},
        ...users.map((user) =>
          h(
            'tr',
            { 'data-user': user.email ?? user.id },
            cell('E-mail', user.email ?? user.login ?? user.id),
            cell('Name', user.name),
            cell('Role', user.role),
            cell('Status', user.status),
            cell('Organization', String(user.organization_id)),
            cell('Actions', actions(user)),
          ),
        ),
      ),
    );
  };

  const filterForm = h(
    'form',
    {
      class: 'row',
      role: 'search',
      'aria-label': 'Filter users',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        filters = {
          status: formValue(form, 'status'),
          role: formValue(form, 'role'),
          organization_id: formValue(form, 'organization_id'),
          limit: Number(formValue(form, 'limit')) || 20,
        };
        cursors.splice(0, cursors.length, undefined);
        refresh();
      },
    },
    h(
      'label',
      {},
      'Status',
      h(
        'select',
        { name: 'status' },
        h('option', { value: '' }, 'any'),
        ...['active', 'inactive', 'pending'].map((s) => h('option', { value: s }, s)),
      ),
    ),
    h(
      'label',
      {},
      'Role',
      h('select', { name: 'role' }, h('option', { value: '' }, 'any'), ...session.roles.map((r) => h('option', { value: r.name }, r.name))),
    ),
    h('label', {}, 'Organization id', h('input', { name: 'organization_id', type: 'number', min: 1, inputmode: 'numeric' })),
    h(
      'label',
      {},
      'Per page',
      h('select', { name: 'limit' }, ...[5, 20, 50, 100].map((n) => h('option', { value: n, selected: n === 20 }, String(n)))),
    ),
    h('button', { type: 'submit' }, 'Search'),
  );

  const createForm = h(
    'form',
    {
      class: 'row',
      'aria-label': 'Create a user',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        const password = formValue(form, 'password');
        const body = {
          email: formValue(form, 'email'),
          first_name: formValue(form, 'first_name'),
          last_name: formValue(form, 'last_name'),
          role: formValue(form, 'role'),
          ...(password === '' ? {} : { password }),
        };
        call<User>('POST', 'users', body)
          .then(async (user) => {
            form.reset();
            setStatus(`Created ${user.email}`);
            await load();
          })
          .catch(report);
      },
    },
    h('label', {}, 'E-mail', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'off' })),
    h('label', {}, 'First name', h('input', { name: 'first_name', autocomplete: 'off' })),
    h('label', {}, 'Last name', h('input', { name: 'last_name', autocomplete: 'off' })),
    h(
      'label',
      {},
      'Role',
      h('select', { name: 'role' }, ...roleOptions(session.assignableRoles[session.assignableRoles.length - 1]?.name)),
    ),
    h('label', {}, 'Password (optional)', h('input', { name: 'password', type: 'password', minlength: 8, autocomplete: 'new-password' })),
    h('button', { type: 'submit' }, 'Create user'),
  );

  root.replaceChildren(
    h('h1', {}, 'Users'),
    filterForm,
    count,
    table,
    pager,
    session.canManageUsers
      ? h('section', { 'aria-labelledby': 'create-user' }, h('h2', { id: 'create-user' }, 'Create a user'), createForm)
      : '',
  );
  if (session.canReadUsers) refresh();
  else count.textContent = 'This key may not read users.';
}
