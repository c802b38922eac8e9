import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw';
import { installFakeSockets } from './fake-socket';

// No real socket server in jsdom: every test gets a fake one (src/test/fake-socket.ts).
installFakeSockets();

// The whole app renders in jsdom, on a shared 2-core machine: give async queries room.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no scrolling; the router restores scroll positions on navigation.
window.scrollTo = () => {};
// Nor layout observers (cmdk measures its list); the browser tests run the real ones in Chromium.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// Every HTTP call a component makes must be answered by a handler the test declared.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
