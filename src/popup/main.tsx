import { render } from 'preact';
import { Popup } from './app';
import { browserServices, subjectOf } from './services';

const app = document.getElementById('app');
if (app) render(<Popup services={browserServices()} subject={subjectOf(location.search)} />, app);
