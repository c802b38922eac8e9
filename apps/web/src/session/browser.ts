/** Full-page navigations (sign-in, IdP sign-out) go through here, so tests can observe them. */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
