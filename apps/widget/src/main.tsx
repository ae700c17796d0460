import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoSite } from './demo-site/demo-site.tsx';
import { initI18n } from './i18n/index.ts';

initI18n('en');

// `/upload?token=…`: the secure document upload page of the demo issuer site.
const uploadToken =
  window.location.pathname.replace(/\/$/, '') === '/upload'
    ? new URLSearchParams(window.location.search).get('token')
    : null;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <DemoSite url={window.location.origin} uploadToken={uploadToken} />
  </StrictMode>,
);
