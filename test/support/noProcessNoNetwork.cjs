// Preloaded into the real CLI or server (NODE_OPTIONS=--require …) by the security test:
// every way Node has to start a program or open a network connection is replaced by one
// that writes what was attempted to RFL_FFI_TEST_GUARD_LOG and then fails. The programs named
// in RFL_FFI_TEST_GUARD_ALLOW (comma-separated: git, for `check --diff`) are recorded and run.
const fs = require('node:fs');
const childProcess = require('node:child_process');
const net = require('node:net');
const dgram = require('node:dgram');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');

const log = process.env.RFL_FFI_TEST_GUARD_LOG;
const allowed = new Set((process.env.RFL_FFI_TEST_GUARD_ALLOW || '').split(',').filter(Boolean));

function guard(module, name, what, mayRun) {
  const original = module[name];
  module[name] = function (...args) {
    const first = typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0] ?? null);
    if (mayRun && allowed.has(first)) {
      const rest = Array.isArray(args[1]) ? args[1].join(' ') : '';
      fs.appendFileSync(log, `${what}.${name} ${first} ${rest} (allowed)\n`);
      return original.apply(this, args);
    }
    fs.appendFileSync(log, `${what}.${name} ${first}\n`);
    throw new Error(`rfl-ffi security test: ${what}.${name} is not allowed`);
  };
}

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) guard(childProcess, name, 'child_process', true);
for (const name of ['connect', 'createConnection', 'createServer']) guard(net, name, 'net');
guard(net.Socket.prototype, 'connect', 'net.Socket');
guard(dgram, 'createSocket', 'dgram');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) guard(dns, name, 'dns');
for (const m of [[http, 'http'], [https, 'https']]) for (const name of ['request', 'get', 'createServer']) guard(m[0], name, m[1]);
guard(tls, 'connect', 'tls');
if (typeof globalThis.fetch === 'function') guard(globalThis, 'fetch', 'globalThis');
