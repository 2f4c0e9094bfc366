import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A fetch handler served over real HTTP on loopback. */
export interface ServedApp {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/** Serves `fetch` (e.g. a Hono app's) on 127.0.0.1 on a free port, without touching the global Request/Response. */
export function serveApp(fetch: (request: Request) => Response | Promise<Response>): Promise<ServedApp> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
  });
}
