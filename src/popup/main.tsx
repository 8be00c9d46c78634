import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Regional Legal Warnings</h1>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
