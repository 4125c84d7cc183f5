// Validates AsyncAPI documents with the AsyncAPI parser (@asyncapi/parser's self-contained browser bundle), as every
// build does for the documents apidocs writes: node validate-asyncapi.cjs <parser bundle> <document.json> ...
// Fails on any error the parser reports; prints each document's messages.
globalThis.self = globalThis; // the bundle is made for browsers, and finds its global object by this name
const fs = require("fs");
const bundle = require(process.argv[2]);
const Parser = bundle.Parser || bundle;

(async () => {
  let errors = 0;
  for (const file of process.argv.slice(3)) {
    const { document, diagnostics } = await new Parser().parse(fs.readFileSync(file, "utf8"));
    const found = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
    errors += found.length + (document ? 0 : 1);
    for (const diagnostic of found) {
      console.error(`${file}: ${diagnostic.code} ${diagnostic.message} at ${JSON.stringify(diagnostic.path)}`);
    }
    if (document) {
      const messages = document.allMessages().all().map((message) => message.name());
      console.log(`${file}: AsyncAPI ${document.version()}, ${messages.length} messages, ${found.length} errors`);
    }
  }
  process.exit(errors === 0 ? 0 : 1);
})().catch((failure) => {
  console.error(failure);
  process.exit(1);
});
