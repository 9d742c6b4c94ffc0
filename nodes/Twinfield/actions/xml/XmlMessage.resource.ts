/** XML Message resource: one line per operation. */
export * as processXml from './processXml.operation';
