// Unit tests run server modules directly; the `server-only` guard is for the Next bundler, which stops such a
// module from reaching the browser. Here it is an empty module.
export {};
