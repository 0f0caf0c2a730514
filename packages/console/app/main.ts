import { ApiError, setKey } from './api';
import { h, setStatus } from './dom';
import { keysView } from './keys';
import { openSession, type Session } from './session';
import { usersView } from './users';

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const signOutButton = document.getElementById('sign-out') as HTMLButtonElement;

function report(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    signOut('The key was refused (revoked or unknown): sign in again.');
    return;
  }
  setStatus(error instanceof Error ? error.message : String(error), true);
}

function signOut(message = 'Signed out.'): void {
  setKey(null);
  nav.hidden = true;
  nav.replaceChildren();
  signOutButton.hidden = true;
  signInView();
  setStatus(message);
}

function show(session: Session, section: 'users' | 'keys'): void {
  for (const button of nav.querySelectorAll('button')) {
    if (button.dataset['section'] === section) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
  setStatus('');
  if (section === 'users') usersView(main, session, report);
  else keysView(main, session, report);
  main.focus();
}

function signedIn(session: Session): void {
  const sections: ['users' | 'keys', string][] = [['users', 'Users']];
  if (session.canManageKeys) sections.push(['keys', 'API keys']);
  nav.replaceChildren(
    ...sections.map(([id, label]) => h('button', { type: 'button', 'data-section': id, onclick: () => show(session, id) }, label)),
  );
  nav.hidden = false;
  signOutButton.hidden = false;
  show(session, 'users');
  setStatus(`Signed in with the key ${session.self.name} (${session.self.role})`);
}

function signInView(): void {
  const input = h('input', { id: 'api-key', name: 'key', type: 'password', required: true, autocomplete: 'off', spellcheck: 'false' });
  const form = h(
    'form',
    {
      class: 'sign-in',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const secret = input.value.trim();
        input.value = '';
        setKey(secret);
        openSession()
          .then(signedIn)
          .catch((error: unknown) => {
            setKey(null);
            const text = error instanceof Error ? error.message : String(error);
            setStatus(error instanceof ApiError && error.status === 401 ? 'This key is not valid.' : text, true);
            input.focus();
          });
      },
    },
    h('h1', {}, 'Sign in'),
    h('p', {}, 'Use an admin API key of your tenant. It stays in this tab\u2019s memory only and is forgotten on sign out or reload.'),
    h('label', { for: 'api-key' }, 'API key', input),
    h('p', {}, h('button', { type: 'submit' }, 'Sign in')),
  );
  main.replaceChildren(form);
  input.focus();
}

signOutButton.addEventListener('click', () => signOut());
signInView();
