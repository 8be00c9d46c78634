/** Styles of the confirmation and the hint, inside their closed shadow roots. */
export const DIALOG_STYLE = `
dialog { all: initial; display: block; box-sizing: border-box; max-width: min(32rem, calc(100vw - 2rem));
  padding: 1.25rem 1.5rem; border: 3px solid #b3261e; border-radius: .75rem; background: #fff; color: #1b1b1b;
  font: 16px/1.45 system-ui, sans-serif; box-shadow: 0 .5rem 2rem rgba(0,0,0,.4); position: fixed; inset: 0; margin: auto;
  height: fit-content; }
dialog:not([open]) { display: none; }
dialog::backdrop { background: rgba(0,0,0,.55); }
h2 { font: 700 1.2rem/1.3 system-ui, sans-serif; margin: 0 0 .75rem; }
p { margin: 0 0 .6rem; }
.organization { font-weight: 600; }
.blocked { color: #8c1d18; font-weight: 600; }
label { display: flex; gap: .5rem; align-items: flex-start; margin: .75rem 0; font-size: .95rem; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; justify-content: flex-end; margin-top: 1rem; }
button { font: 600 1rem system-ui, sans-serif; padding: .5rem 1.1rem; border-radius: .4rem; cursor: pointer;
  border: 2px solid #1b1b1b; background: #fff; color: #1b1b1b; }
button.cancel { background: #1b1b1b; color: #fff; }
button:focus-visible, input:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  dialog { background: #1e1e1e; color: #f2f2f2; border-color: #f2b8b5; }
  .blocked { color: #f2b8b5; }
  button { background: #1e1e1e; color: #f2f2f2; border-color: #f2f2f2; }
  button.cancel { background: #f2f2f2; color: #1e1e1e; }
}
@media (forced-colors: active) { dialog, button { border-color: CanvasText; } }
`;

export const HINT_STYLE = `
.hint { all: initial; position: fixed; right: 1rem; bottom: 1rem; max-width: min(24rem, calc(100vw - 2rem));
  box-sizing: border-box; padding: .6rem .9rem; border-radius: .5rem; border-left: 4px solid #b3261e;
  background: #1b1b1b; color: #fff; font: 14px/1.4 system-ui, sans-serif; pointer-events: none;
  box-shadow: 0 .25rem 1rem rgba(0,0,0,.35); }
.hint:empty { display: none; }
`;
