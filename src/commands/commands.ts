/**
 * Function file for ExecuteFunction ribbon buttons (manifest.xml <FunctionFile>). Every Rakit button opens
 * the task pane today, so this only holds a placeholder command to copy when a pane-less button is added.
 */

/** Placeholder command: does nothing yet. Office waits for `completed()`, so it must always be called. */
function placeholder(event: Office.AddinCommands.Event): void {
  event.completed();
}

function register(name: string, command: (event: Office.AddinCommands.Event) => void): void {
  // Hosts with Office.actions (current Office) look commands up by id; Office 2019 looks for a global function
  // with the manifest's <FunctionName>, so expose both ways.
  if (Office.actions) Office.actions.associate(name, command);
  (globalThis as unknown as Record<string, unknown>)[name] = command;
}

// Registered at load, as Office may invoke a command as soon as the file has run; onReady needs no work here.
// The workbench build loads no office.js, and has no ribbon: nothing to register there.
if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
  register("placeholder", placeholder);
}
