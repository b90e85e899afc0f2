// The live dealer list (docs/web.md "The live list"): when the server says the dealer's lists
// changed, fetch this page again and swap the list and the counts in place (no reload, the filter
// form and the focus stay).
//
// A hidden tab holds no stream: a browser opens only 6 HTTP/1.1 connections per host, so six
// list tabs left open in the background would stall every other page of the site. The stream is
// closed when the tab is hidden and opened again, after one refresh, when it is shown.
//
// A session that ended (sign-out in another tab, a server restart) stops the list for good, with a
// visible notice and a link back through sign-in: retrying could never succeed.
const main = document.querySelector('main[data-live]');
if (main) {
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  main.prepend(status);
  let streamUrl = main.dataset.live;
  /** The open stream; undefined while the tab is hidden, after a refusal and after sign-out. */
  let source;
  let signedOut = false;
  /** A refusal other than sign-out (too many lists open) is retried this much later. */
  const REFUSED_RETRY_MS = 10_000;

  // The pages' time format (common.ts `when`): UTC, whatever the browser's zone and locale.
  const utc = (date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  // A page asked for without a session answers 401/403 or redirects to the sign-in page.
  const sessionGone = (response) =>
    response.status === 401 ||
    response.status === 403 ||
    (response.redirected && new URL(response.url).pathname.endsWith('/sign-in'));

  const fetchPage = () =>
    fetch(location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' });

  function listen() {
    if (source || signedOut || document.visibilityState === 'hidden') return;
    const opened = new EventSource(streamUrl);
    source = opened;
    opened.addEventListener('changed', refresh);
    opened.addEventListener('signed-out', showSignedOut);
    opened.addEventListener('error', () => {
      if (opened === source) void checkSession(opened);
    });
  }

  function close() {
    source?.close();
    source = undefined;
  }

  // An error is either a dropped connection, which the browser retries by itself, or a refusal
  // (the stream's answer was not 200), after which it never retries. The stream's status is not
  // visible to a script; the page itself tells whether the session is gone.
  async function checkSession(failed) {
    let response;
    try {
      response = await fetchPage();
    } catch {
      // The server is not reachable (restarting): the browser keeps retrying the stream.
      if (failed.readyState !== EventSource.CLOSED) return;
    }
    if (response && sessionGone(response)) return showSignedOut();
    if (failed.readyState === EventSource.CLOSED && failed === source) {
      source = undefined;
      setTimeout(listen, REFUSED_RETRY_MS);
    }
  }

  function showSignedOut() {
    close();
    if (signedOut) return;
    signedOut = true;
    const notice = document.createElement('div');
    notice.className = 'notice error';
    notice.setAttribute('role', 'alert');
    notice.dataset.signedOut = '';
    const link = document.createElement('a');
    link.href = `/console/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`;
    link.textContent = 'sign in again';
    notice.append('Signed out: ', link, '. This list no longer updates.');
    main.prepend(notice);
  }

  async function refresh() {
    let response;
    try {
      response = await fetchPage();
    } catch {
      return; // offline for a moment: the next change or the next showing of the tab tries again
    }
    if (sessionGone(response)) return showSignedOut();
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const id of ['live', 'list-nav']) {
      const next = fresh.getElementById(id);
      const old = document.getElementById(id);
      if (next && old) old.replaceWith(document.adoptNode(next));
    }
    const nextMain = fresh.querySelector('main[data-live]');
    // The new page names the generation it shows: listen from there, so no change is missed.
    if (nextMain && nextMain.dataset.live !== streamUrl) {
      streamUrl = nextMain.dataset.live;
      if (source) {
        close();
        listen();
      }
    }
    main.dataset.updated = String(Date.now());
    status.textContent = `List updated at ${utc(new Date())}`;
  }

  document.addEventListener('visibilitychange', () => {
    if (signedOut) return;
    if (document.visibilityState === 'hidden') close();
    else if (!source) void refresh().finally(listen);
  });
  listen();
}
