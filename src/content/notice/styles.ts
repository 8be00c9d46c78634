/**
 * The notice's own styles, inside its shadow root: page CSS cannot reach them and they cannot
 * leak out. Sizes are in px/em, not rem, so a page's root font size cannot shrink the notice;
 * browser zoom still scales px.
 */
export const NOTICE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.notice {
  --bg: #fff6dc; --fg: #241a00; --muted: #4d3d12; --edge: #a15c00; --accent: #7a3e00;
  --button-bg: #ffffff; --button-fg: #241a00; --primary-bg: #7a3e00; --primary-fg: #ffffff;
  --focus: #0b57d0;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); text-align: start;
  overflow-wrap: anywhere; letter-spacing: normal; word-spacing: normal; text-transform: none;
}
@media (prefers-color-scheme: dark) {
  .notice {
    --bg: #2a2110; --fg: #fdf1d6; --muted: #e3d2a8; --edge: #f0a53a; --accent: #ffc266;
    --button-bg: #3a2e17; --button-fg: #fdf1d6; --primary-bg: #ffc266; --primary-fg: #241a00;
    --focus: #8ab4f8;
  }
}
p, ul, h2, h3 { margin: 0; }
ul { padding-inline-start: 1.25em; }
a { color: var(--accent); text-decoration: underline; }
.banner { border-bottom: 3px solid var(--edge); padding: 10px 16px; }
.banner:popover-open {
  position: fixed; inset: 0 0 auto 0; width: 100%; max-height: 100vh; overflow: auto;
  margin: 0; border: 0; border-bottom: 3px solid var(--edge);
}
.layout { display: flex; gap: 12px; align-items: flex-start; max-width: 72em; margin: 0 auto; }
.icon { flex: none; width: 1.5em; height: 1.5em; margin-top: 0.1em; color: var(--edge); }
.body { flex: 1 1 auto; min-width: 0; display: grid; gap: 4px; }
.headline { font-weight: 700; font-size: 1.05em; }
.moved-here { font-style: italic; }
.facts, .law { color: var(--muted); font-size: 0.9em; }
.controls { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin-top: 4px; }
.dismiss { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; flex-basis: 100%; }
.dismiss[hidden] { display: none; }
.facts-block { display: grid; gap: 2px; }
.narrow-facts { display: none; }
@media (max-width: 640px) {
  .banner .wide-facts { display: none; }
  .banner .narrow-facts { display: grid; }
  .banner { padding: 8px 12px; }
  .banner .layout { gap: 8px; }
}
button {
  font: inherit; font-size: 0.9em; color: var(--button-fg); background: var(--button-bg);
  border: 1px solid var(--edge); border-radius: 6px; padding: 4px 10px; min-height: 32px; cursor: pointer;
}
button.primary { background: var(--primary-bg); color: var(--primary-fg); border-color: var(--primary-bg); font-weight: 600; }
button.link { background: none; border: 0; padding: 4px 0; text-decoration: underline; color: var(--accent); }
:focus { outline: none; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.details { display: grid; gap: 8px; margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--edge); font-size: 0.9em; }
.details[hidden] { display: none; }
.details h3 { font-size: 1em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.interstitial {
  width: min(40em, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  border: 3px solid var(--edge); border-radius: 10px; padding: 20px; margin: auto;
}
.interstitial::backdrop { background: #3b2f1a; }
@media (prefers-color-scheme: dark) { .interstitial::backdrop { background: #0d0a04; } }
.interstitial .headline { font-size: 1.3em; }
.interstitial .choices { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 12px; }
.interstitial .choices button { font-size: 1em; padding: 8px 16px; min-height: 44px; }
/* No animation at all: nothing moves, so prefers-reduced-motion has nothing left to reduce. */
@media (forced-colors: active) {
  .notice, button { border: 1px solid CanvasText; }
}
`;
