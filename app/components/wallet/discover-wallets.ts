// Finding the browser's Ethereum wallets: EIP-6963 announcements (every installed wallet
// announces itself, so two extensions no longer fight over window.ethereum), and
// window.ethereum (EIP-1193) for wallets too old to announce.

/** An EIP-1193 provider, with the event methods wallets add to it. */
export interface Eip1193Provider {
  request(request: { method: string; params?: unknown[] | Record<string, unknown> }): Promise<unknown>;
  on?(event: string, listener: (...args: unknown[]) => void): void;
  removeListener?(event: string, listener: (...args: unknown[]) => void): void;
}

/** A wallet found in the page. */
export interface DiscoveredWallet {
  /** EIP-6963 uuid, or "injected" for window.ethereum. Stable for the page's life only. */
  id: string;
  /** Name to show, e.g. "MetaMask". */
  name: string;
  /** Data URI of the wallet's icon (EIP-6963 only). */
  icon?: string;
  /** Reverse DNS id, e.g. "io.metamask": stable across visits, so the choice is remembered by it. */
  rdns?: string;
  provider: Eip1193Provider;
}

interface Eip6963AnnounceDetail {
  info: { uuid: string; name: string; icon: string; rdns: string };
  provider: Eip1193Provider;
}

declare global {
  interface WindowEventMap {
    "eip6963:announceProvider": CustomEvent<Eip6963AnnounceDetail>;
  }
}

/**
 * Calls `onChange` with the wallets in the page now and whenever one announces itself
 * later (an extension may inject after the page loads). window.ethereum is offered only
 * while no wallet has announced itself: every wallet that announces also sets it.
 *
 * @returns A function that stops listening.
 */
export function discoverWallets(onChange: (wallets: DiscoveredWallet[]) => void): () => void {
  const announced = new Map<string, DiscoveredWallet>();
  const report = () => {
    if (announced.size > 0) {
      onChange([...announced.values()]);
      return;
    }
    const injected = (window as { ethereum?: Eip1193Provider }).ethereum;
    onChange(injected === undefined ? [] : [{ id: "injected", name: "Browser wallet", provider: injected }]);
  };
  const onAnnounce = (event: CustomEvent<Eip6963AnnounceDetail>) => {
    const { info, provider } = event.detail ?? {};
    if (info === undefined || provider === undefined || typeof provider.request !== "function") return;
    // A wallet announces again at every request; keep one entry per wallet.
    const key = info.rdns || info.uuid;
    announced.set(key, { id: info.uuid, name: info.name, icon: info.icon, rdns: info.rdns, provider });
    report();
  };
  window.addEventListener("eip6963:announceProvider", onAnnounce);
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  report();
  return () => window.removeEventListener("eip6963:announceProvider", onAnnounce);
}
