/**
 * fast-xml-parser set up as an independent reference reading of a SOAP answer:
 * an ordered tree with attributes kept and every character reference decoded.
 * The fuzz tests compare the nodes' own reader with it; the benchmark times it.
 */
import { XMLParser } from 'fast-xml-parser';

export const referenceParser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: true,
	htmlEntities: true,
	ignoreDeclaration: true,
	ignorePiTags: true,
});
