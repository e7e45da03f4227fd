import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// ?dark: shadcn's dark mode, the `dark` class on <html>.
if (new URLSearchParams(location.search).has('dark'))
  document.documentElement.classList.add('dark');

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
