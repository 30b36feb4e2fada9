// Signing in and out happens on our own /login page (the webapps take the signed-in user from the session), so
// the webapps' own login form, which they show when their API answers 401 or after "Sign out", cannot sign
// anyone in. An ended session sends the browser to /login?expired instead, and signing in there brings the
// user back to the page they were on; signing out ends on /login?logout.
import { applicationRoot, customisations } from './webapp.js';

const LOGIN = applicationRoot + '/login';
// A page's route is its URL fragment, which never reaches the server: it travels in this parameter instead.
const RESUMED_ROUTE = 'route';

// Back from signing in: the route goes back into the fragment before the webapp reads it.
const resumed = new URLSearchParams(window.location.search).get(RESUMED_ROUTE);
if (resumed !== null) {
  window.history.replaceState(null, '', window.location.pathname + '#' + resumed);
}

let leaving = false;

async function signInAgain() {
  if (leaving) {
    return;
  }
  leaving = true;
  const page = window.location.pathname + '?' + new URLSearchParams({ [RESUMED_ROUTE]: window.location.hash.slice(1) });
  try {
    // Asked for without a session, a page is what Spring Security remembers to resume after the next sign-in.
    await fetch(page, { credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'text/html' } });
  } finally {
    window.location.assign(LOGIN + '?expired');
  }
}

customisations.run(['$rootScope', $rootScope => {
  $rootScope.$on('authentication.login.required', event => {
    event.preventDefault(); // keeps the webapp from switching to its own login form
    signInAgain();
  });
  $rootScope.$on('authentication.logout.success', event => {
    event.preventDefault();
    leaving = true;
    window.location.assign(LOGIN + '?logout');
  });
}]);
