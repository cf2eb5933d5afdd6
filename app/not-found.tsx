import Link from "next/link";

/** Shown for any path that has no page. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lead">There is no page at this address.</p>
      <div className="actions">
        <Link href="/" className="button primary">
          Home
        </Link>
        <Link href="/status" className="button">
          System status
        </Link>
      </div>
    </>
  );
}
