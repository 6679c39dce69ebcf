console.log("polytest CLI: not yet");
