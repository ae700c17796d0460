import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoSite } from './demo-site/demo-site.tsx';
import { initI18n } from './i18n/index.ts';

initI18n('en');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <DemoSite url={window.location.origin} />
  </StrictMode>,
);
