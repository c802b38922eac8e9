import { io, type Socket } from 'socket.io-client';

type Auth = (cb: (data: object) => void) => void;

/**
 * Opens the session's socket on this host (`/socket.io`); the session cookie authenticates it, `auth` says where
 * to resume. Websocket first: no sticky sessions needed (docs/realtime.md). Component tests swap `open`.
 */
export const socketFactory = {
  open(auth: Auth): Socket {
    return io({ path: '/socket.io', transports: ['websocket', 'polling'], withCredentials: true, auth });
  },
};
