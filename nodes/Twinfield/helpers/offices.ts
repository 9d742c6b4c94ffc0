/** The companies (offices) a user may use: ProcessXml's `<list><type>offices</type></list>`. */
import type { IDataObject } from 'n8n-workflow';

import type { CallOptions } from '../../shared/n8n/options';
import { answerErrorScope, type CallContext } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import { childText, parseXml, XmlSyntaxError, type XmlElement } from '../../shared/soap/xml';
import type { TwinfieldAccess } from '../transport/access';
import { callCluster } from '../transport/clusterCall';
import { twinfield, TWINFIELD_NAMESPACE } from '../transport/service';

const LIST_OFFICES = '<list><type>offices</type></list>';

export async function listOffices(context: CallContext, access: TwinfieldAccess, options: CallOptions): Promise<IDataObject[]> {
	const call = { path: '/webservices/processxml.asmx', operation: 'ProcessXmlString', fields: { xmlRequest: LIST_OFFICES } };
	const answer = await callCluster(context, access, call, options);
	const scope = answerErrorScope(context, twinfield, 'ProcessXmlString', answer);
	let root: XmlElement;
	try {
		root = parseXml(childText(answer.response, 'ProcessXmlStringResult', TWINFIELD_NAMESPACE) ?? '');
	} catch (error) {
		const detail = error instanceof XmlSyntaxError ? error.message : 'it could not be read';
		throw serviceError(scope, 'Twinfield sent an unreadable list of companies', `The answer to the office list is not XML (${detail}). Run the workflow again.`);
	}
	if (root.attributes.result === '0' || root.name !== 'offices') {
		const message = root.attributes.msg || `the answer was <${root.name}>`;
		throw serviceError(scope, `Twinfield could not list the companies: ${message}`, 'Check that the user may see companies in Twinfield, then run the workflow again.');
	}
	return root.children
		.filter((office) => office.name === 'office')
		.map((office) => ({ code: office.text.trim(), name: office.attributes.name ?? '', shortName: office.attributes.shortname ?? '' }));
}
