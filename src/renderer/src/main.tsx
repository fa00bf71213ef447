import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The app-wide styles come first, so every screen's own stylesheet comes after them.
import './styles.css';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
