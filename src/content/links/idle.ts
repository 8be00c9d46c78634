/** Runs `task` when the page is idle (or after `timeout` ms at the latest); returns a cancel function. */
export function whenIdle(task: (deadline: () => number) => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((idle) => task(() => idle.timeRemaining()), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const end = performance.now() + 8;
    task(() => end - performance.now());
  }, 50);
  return () => clearTimeout(handle);
}
