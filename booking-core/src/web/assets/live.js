// The live dealer list: when the server says the dealer's lists changed, fetch this page again and
// swap the list and the counts in place (no reload, the filter form and the focus stay).
const main = document.querySelector('main[data-live]');
if (main) {
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  main.prepend(status);
  let streamUrl = main.dataset.live;
  let source;
  const listen = () => {
    source = new EventSource(streamUrl);
    source.addEventListener('changed', refresh);
    source.addEventListener('signed-out', () => source.close());
  };
  async function refresh() {
    const response = await fetch(location.href, {
      headers: { accept: 'text/html' },
      credentials: 'same-origin',
    });
    if (!response.ok || response.redirected) return;
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
      source.close();
      listen();
    }
    main.dataset.updated = String(Date.now());
    status.textContent = `List updated at ${new Date().toLocaleTimeString()}`;
  }
  listen();
}
