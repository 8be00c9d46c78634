import { listenForMessages } from '../platform/messages';
import { classifyPage } from './classify';

listenForMessages({
  'classify-page': (message) => classifyPage(message.url),
});
