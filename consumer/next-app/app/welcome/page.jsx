/** Where an accepted invite leads (a static page). */
export default function WelcomePage() {
  return (
    <main>
      <h1>Welcome to Acme</h1>
    </main>
  );
}
