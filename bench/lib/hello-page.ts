import { bareFastify, listen, type RunningServer } from './servers';

/**
 * The browser baselines: a static page with a heading, a paragraph and a button whose click handler adds a
 * dialog element synchronously. Its LCP is what this browser on this box needs to paint any text at all, and its
 * click-to-feedback is the input-to-paint floor, both measured in the same run as the board.
 */
const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Hello</title></head>
  <body>
    <h1>Hello</h1>
    <p>A static page with no scripts but the button's handler, the baseline of the web scenario.</p>
    <button type="button" id="open">Open</button>
    <script>
      document.getElementById('open').addEventListener('click', () => {
        const existing = document.querySelector('[role="dialog"]');
        if (existing) return existing.remove();
        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.textContent = 'Opened';
        document.body.append(dialog);
      });
    </script>
  </body>
</html>
`;

export async function startHelloPage(): Promise<RunningServer> {
  const app = bareFastify();
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(HTML));
  return listen(app);
}
