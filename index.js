// n8n loads the nodes and credentials listed in package.json's "n8n" block;
// this entry point only exists so that the package has a main file.
module.exports = {};
