// Preloaded into the real CLI or server (NODE_OPTIONS=--require …) to make one race happen
// every time: right after the folder of RFL_FFI_TEST_DELETE is listed, that file is deleted,
// so the program finds it in the listing and then cannot read it.
const fs = require('node:fs');
const path = require('node:path');

const victim = process.env.RFL_FFI_TEST_DELETE;
const readdirSync = fs.readdirSync;
fs.readdirSync = function (dir, ...rest) {
  const entries = readdirSync.call(this, dir, ...rest);
  if (victim && path.resolve(String(dir)) === path.dirname(victim) && fs.existsSync(victim)) fs.unlinkSync(victim);
  return entries;
};
