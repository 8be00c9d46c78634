import { render } from 'preact';

function OptionsPage() {
  return (
    <main>
      <h1>Regional Legal Warnings</h1>
      <p>Settings for the warnings this extension shows.</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<OptionsPage />, app);
