import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@cst/widgets/cst-widgets.js';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
