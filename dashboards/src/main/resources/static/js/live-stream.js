// Follows the server's event stream. EventSource reconnects by itself after a network error; when
// the server refuses the stream outright (readyState CLOSED) we open a new one after a pause.

export function follow(url, { onEvent, onLost }, retryMs = 3000) {
  let source;
  let stopped = false;
  const open = () => {
    if (stopped) {
      return;
    }
    source = new EventSource(url);
    source.addEventListener('error', () => {
      const closed = source.readyState === EventSource.CLOSED;
      onLost(closed);
      if (closed) {
        setTimeout(open, retryMs);
      }
    });
    for (const [name, handler] of Object.entries(onEvent)) {
      source.addEventListener(name, (event) => handler(JSON.parse(event.data)));
    }
  };
  open();
  return () => {
    stopped = true;
    source.close();
  };
}
