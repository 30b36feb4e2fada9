// Cascade tree: a node's level below is fetched from the server the first time it is opened, so a
// national tree (about 14,000 organisations) is never loaded at once.
document.addEventListener('toggle', async (event) => {
  const node = event.target;
  if (!(node instanceof HTMLDetailsElement) || !node.open || !node.dataset.children || node.dataset.loaded) {
    return;
  }
  node.dataset.loaded = 'true';
  const list = node.querySelector(':scope > ul.tree');
  const response = await fetch(node.dataset.children, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  if (response.redirected && new URL(response.url).pathname.endsWith('/login')) {
    window.location.reload(); // the session ended: this page asks to sign in again, and comes back after
  } else if (response.ok) {
    list.innerHTML = await response.text();
  } else {
    delete node.dataset.loaded;
    list.querySelector('li').textContent = `${list.dataset.error} (${response.status})`;
  }
}, true);

