import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './platform/config';
import { signIn } from './platform/session';
import { loadResources } from './generated/registry';

const root = createRoot(document.getElementById('root')!);

async function start() {
  const config = await loadConfig();
  await signIn(config);
  const resources = await loadResources();
  root.render(<StrictMode><App resources={resources} /></StrictMode>);
}

start().catch((error: Error) => {
  root.render(
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
      <h1>Nearpeer could not start</h1>
      <p role="alert">{error.message}</p>
      <p>Is the platform running? <code>./nearpeer status</code></p>
    </main>,
  );
});
