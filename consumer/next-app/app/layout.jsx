import 'invite-widgets/styles.css';
import './globals.css';
import { Providers } from './providers';

export const metadata = { title: 'Acme' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
