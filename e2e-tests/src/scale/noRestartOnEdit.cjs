/*
 * Loaded into the backend process by the scale benchmark (`--require`,
 * first), so that the backend it measures stays one process for the whole
 * run. In development, `backstage-cli package start` restarts the backend
 * whenever a source file the backend loaded changes: the backend tells it
 * each file it loads with a `watch` message over IPC. In a working tree
 * that others edit while a long run goes on, such a restart ends the
 * backend mid-phase. This module drops those messages, and only those:
 * the CLI then watches nothing but the package's package.json.
 */
'use strict';

const send = process.send;
if (typeof send === 'function') {
  process.send = function sendExceptWatch(message, ...rest) {
    if (message && typeof message === 'object' && message.type === 'watch') {
      // As a sent message would, call back a callback if one was given.
      const callback = rest.find(arg => typeof arg === 'function');
      if (callback) process.nextTick(callback, null);
      return true;
    }
    return send.call(this, message, ...rest);
  };
}
