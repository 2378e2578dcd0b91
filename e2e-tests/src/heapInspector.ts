/*
 * The live heap of a running Node process, measured the way a leak shows:
 * the bytes still in use after a full garbage collection. The process's
 * inspector is opened with SIGUSR1 (Node's documented signal for that) and
 * spoken to over its WebSocket; nothing in the backend changes for it.
 */

const INSPECTOR = 'http://127.0.0.1:9229';

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

async function debuggerUrl(pid: number): Promise<string> {
  process.kill(pid, 'SIGUSR1');
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const targets = await (await fetch(`${INSPECTOR}/json/list`)).json();
      if (targets[0]?.webSocketDebuggerUrl) {
        return targets[0].webSocketDebuggerUrl;
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The inspector of process ${pid} did not open`);
}

/**
 * Collects garbage in process `pid` and returns the heap still in use, in
 * MiB. Expects no other inspector on the default port.
 */
export async function heapAfterGarbageCollection(pid: number): Promise<number> {
  const socket = new WebSocket(await debuggerUrl(pid));
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 1;
  const call = (method: string) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data));
        if (message.id !== id) return;
        socket.removeEventListener('message', onMessage);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    // Twice: the first collection may leave what finalizers free.
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    socket.close();
  }
}
