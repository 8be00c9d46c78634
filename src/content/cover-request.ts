import { requestCover } from './flagged-features';

/**
 * The entry of content-cover.js: registered, before content-flagged.js, for the domains whose
 * notice is a full-page interstitial, so that nothing of such a page shows before the warning.
 */
if (window.top === window) requestCover();
