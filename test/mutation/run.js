// `npm run test:mutation`: StrykerJS over the files stryker.config.mjs mutates, arguments passed on to `stryker run`.
const { runStryker } = require('./stryker');

process.exit(runStryker(process.argv.slice(2)));
