// `node:http` for the ESM bundles, the module object a CommonJS `require` gets: an ESM
// import of it would make Node build its ESM facade, whose WebSocket getters load undici at
// every cold start. See `builtinAliases` in ../comment-function.ts.
module.exports = process.getBuiltinModule('node:http');
