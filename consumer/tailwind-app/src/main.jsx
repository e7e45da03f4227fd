import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The host page the tests ask for: ?host=light (default), dark-class (shadcn's `.dark`),
// dark-scheme (`color-scheme: dark`), dark-attribute (data-iw-theme="dark"), or system
// (data-iw-theme="system" on a page that follows the system too).
const host = new URLSearchParams(location.search).get('host') ?? 'light';
const html = document.documentElement;
if (host === 'dark-class') html.classList.add('dark');
if (host === 'dark-scheme') html.style.colorScheme = 'dark';
if (host === 'dark-attribute') {
  html.dataset.iwTheme = 'dark';
  // A host that forces the widgets dark draws its own dark page around them.
  document.body.style.background = '#101114';
  document.body.style.color = '#ececf1';
}
if (host === 'system') {
  html.dataset.iwTheme = 'system';
  html.style.colorScheme = 'light dark';
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
