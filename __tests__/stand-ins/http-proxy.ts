/**
 * A forward HTTP proxy on 127.0.0.1, as a runner behind a corporate proxy has (http_proxy / https_proxy): it
 * tunnels CONNECT requests and forwards absolute-form requests, always to one upstream (a stand-in), whatever host
 * the client named, so that a test can give the action a host name that only the proxy knows how to reach.
 */
import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface ProxyStandIn {
  url: string;
  /** What the client asked the proxy for: `CONNECT host:port` or `METHOD absolute-url`. */
  seen: string[];
  close(): Promise<void>;
}

export async function startHttpProxy(upstream: string): Promise<ProxyStandIn> {
  const target = new URL(upstream);
  const port = Number(target.port);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const path = new URL(req.url ?? '/').pathname + (new URL(req.url ?? '/').search ?? '');
    const forward = httpRequest(
      { host: target.hostname, port, method: req.method, path, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.on('connect', (req, client, head) => {
    seen.push(`CONNECT ${req.url}`);
    const socket = connect(port, target.hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      socket.write(head);
      socket.pipe(client);
      client.pipe(socket);
    });
    const drop = () => (socket.destroy(), client.destroy());
    socket.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
