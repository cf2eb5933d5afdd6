import net from "node:net";

/**
 * A loopback port nothing listens on: bound by the OS and released at once, so it is free
 * and (unlike port 1) not on fetch's list of forbidden ports.
 */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
