/**
 * A page's script time, read from a Chromium trace: the self time of every script event on the
 * main thread of the renderer that ran the page, promise callbacks included. DevTools'
 * `Performance.getMetrics` (ScriptDuration) leaves those out: a 30 ms task run in a `.then`
 * reads as about 2 ms there, and a widget that renders after an `await` would look nearly free.
 *
 * Read on two clocks. The thread's CPU time is the script's own work. The wall clock adds every
 * moment the thread was off its core while the event ran: on a shared two-core machine that is
 * often most of it (a script of 17 ms of CPU measured 45 ms while the page's worker and V8's
 * compiler threads took the cores), and it varies with whatever else runs.
 */

/** What to trace: the timeline's tasks and V8's execution events, nothing more (tracing costs too). */
export const SCRIPT_TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];

/** Events that are the page's script running, compiling or collecting its garbage. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.run',
  'v8.callFunction',
  'v8.newInstance',
  'v8.callAsConstructor',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'HandlePostMessage',
  'MinorGC',
  'MajorGC',
]);

/** V8's own work inside a script (tiering hot code up, interrupts, collecting the script's garbage). */
const isScript = (name: string) => SCRIPT_EVENTS.has(name) || name.startsWith('V8.');

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall-clock duration, µs. */
  dur?: number;
  /** The thread's CPU time during the event, µs. */
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string } };
}

export interface ScriptTime {
  /** The main thread's CPU time in script. */
  cpuMs: number;
  /** The same events on the wall clock, time off the core included. */
  wallMs: number;
}

/**
 * Script on the main thread of the page at `pageUrl` (its address, or the start of it): each
 * script event's own time, without what it contains (a layout a script forces stays layout; a
 * callback inside a task counts once). Other renderers in the trace (Chromium's own pages, a page
 * torn down) are left out.
 */
export function scriptTime(events: readonly TraceEvent[], pageUrl: string): ScriptTime {
  const parsed = events.find(
    (event) => event.name === 'ParseHTML' && event.args?.beginData?.url?.startsWith(pageUrl) === true,
  );
  const main =
    parsed &&
    events.find((event) => event.name === 'thread_name' && event.pid === parsed.pid && event.tid === parsed.tid);
  if (!main || main.args?.name !== 'CrRendererMain')
    throw new Error(`The trace holds no main thread that parsed ${pageUrl}.`);
  const complete = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  if (complete.some((event) => event.tdur === undefined))
    throw new Error(`The trace of ${pageUrl} holds events without their thread's CPU time.`);
  // Own time per event, [wall, CPU]: its duration less its children's.
  const own = new Map<TraceEvent, [number, number]>();
  const open: TraceEvent[] = [];
  for (const event of complete) {
    while (open.length > 0 && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
    const parent = open.at(-1) && own.get(open.at(-1)!);
    if (parent) {
      parent[0] -= event.dur!;
      parent[1] -= event.tdur!;
    }
    own.set(event, [event.dur!, event.tdur!]);
    open.push(event);
  }
  let wall = 0;
  let cpu = 0;
  for (const [event, [wallUs, cpuUs]] of own) {
    if (!isScript(event.name)) continue;
    wall += Math.max(0, wallUs);
    cpu += Math.max(0, cpuUs);
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000 };
}
