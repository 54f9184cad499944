import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element once; safe to import again elsewhere.
import '@cst/widgets/cst-widgets.js';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
