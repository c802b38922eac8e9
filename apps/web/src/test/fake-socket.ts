import type { Socket } from 'socket.io-client';
import { socketFactory } from '../realtime/socket-factory';

type Handler = (...args: never[]) => void;

/** A stand-in for the server end of the session's socket: tests push `ready`, `event`, `resync` through it. */
export class FakeSocket {
  handshakes: object[] = [];
  private handlers = new Map<string, Handler[]>();
  private managerHandlers = new Map<string, Handler[]>();
  readonly io = {
    on: (name: string, handler: Handler) => this.add(this.managerHandlers, name, handler),
    removeAllListeners: () => this.managerHandlers.clear(),
  };

  constructor(private readonly auth: (cb: (data: object) => void) => void) {
    auth((data) => this.handshakes.push(data));
  }

  on(name: string, handler: Handler) {
    this.add(this.handlers, name, handler);
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
  disconnect() {
    return this;
  }

  /** Delivers a server message to the app. */
  serverSends(name: string, data: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) (handler as (value: unknown) => void)(data);
  }

  /** The connection dropped, then came back: the app sends its position again in the handshake. */
  reconnect(): void {
    this.serverSends('disconnect', 'transport close');
    this.auth((data) => this.handshakes.push(data));
  }

  private add(map: Map<string, Handler[]>, name: string, handler: Handler) {
    map.set(name, [...(map.get(name) ?? []), handler]);
    return this;
  }
}

/** Makes the app open fake sockets; returns the list they land in. */
export function installFakeSockets(): FakeSocket[] {
  const sockets: FakeSocket[] = [];
  socketFactory.open = (auth) => {
    const socket = new FakeSocket(auth);
    sockets.push(socket);
    return socket as unknown as Socket;
  };
  return sockets;
}
