import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { WalletButton } from "./components/wallet/wallet-button";
import { WalletProvider } from "./components/wallet/wallet-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Colophon", template: "%s · Colophon" },
  description:
    "AI artworks with a signed record of model, trainer, prompt and human contributor, and an on-chain token that fixes ownership and royalty splits.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Frame of every page: header with the name and navigation, the page, a footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* The session and the wallet, shared by the header's button and every page (useWallet). */}
        <WalletProvider>
          <header className="site-header">
            <div className="container">
              <Link href="/" className="brand">
                Colophon
              </Link>
              <nav className="site-nav" aria-label="Main">
                <Link href="/verify">Verify</Link>
                <Link href="/create">Create</Link>
                <Link href="/models">Models</Link>
                <Link href="/auctions">Auctions</Link>
                <Link href="/profile">Profile</Link>
                <Link href="/status">Status</Link>
                <WalletButton />
              </nav>
            </div>
          </header>
          <main>
            <div className="container">{children}</div>
          </main>
          <footer className="site-footer">
            <div className="container">
              Every work carries its colophon: who made it, with which model, and how it is shared.{" "}
              <Link href="/auctions/rules">How auctions work</Link> · <Link href="/admin">Contract settings</Link>
            </div>
          </footer>
        </WalletProvider>
      </body>
    </html>
  );
}
