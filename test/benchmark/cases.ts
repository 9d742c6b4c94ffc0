/** The two operations measured: 24SevenOffice HasSession (the check every run makes) and Twinfield Logon. */
import { childText, findChild } from '../../nodes/shared/soap/xml';
import { authenticateUrl, sessionCookie, TSO_NAMESPACE, twentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/transport/service';
import { twinfield, TWINFIELD_NAMESPACE } from '../../nodes/Twinfield/transport/service';
import { tsoDemo, twinfieldDemo } from '../emulator/seed';
import { chain } from '../engine/workflow';
import type { OperationCase } from './contenders';

const SOAP_HEADERS = 'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"';

export function hasSessionCase(apiUrl: string, sessionId: string): OperationCase {
	return {
		title: '24SevenOffice HasSession (live session)',
		countKey: '24sevenoffice HasSession',
		service: twentyFourSevenOffice,
		url: authenticateUrl(apiUrl),
		operation: 'HasSession',
		cookie: sessionCookie(sessionId),
		rawAnswer: '<HasSessionResult>true</HasSessionResult>',
		layerAnswer: ({ response }) => childText(response, 'HasSessionResult', TSO_NAMESPACE) === 'true',
		naiveEnvelope: () =>
			`<?xml version="1.0" encoding="utf-8"?><soap:Envelope ${SOAP_HEADERS}><soap:Body><HasSession xmlns="${TSO_NAMESPACE}" /></soap:Body></soap:Envelope>`,
		naiveAnswer: (doc) => String(doc['soap:Envelope']?.['soap:Body']?.HasSessionResponse?.HasSessionResult) === 'true',
		soapAnswer: (result) => result?.HasSessionResult === true,
		workflow: chain([{}], {
			name: '24SevenOffice',
			type: 'twentyFourSevenOffice',
			parameters: { resource: 'session', operation: 'checkSession', sessionId },
			credential: 'demo',
		}),
		credentials: { twentyFourSevenOfficeApi: { demo: { ...tsoDemo, apiUrl } } },
		workflowAnswer: (run) => run.json('24SevenOffice')[0]?.authenticated === true,
	};
}

export function logonCase(loginUrl: string): OperationCase {
	const { user, password, organisation } = twinfieldDemo;
	return {
		title: 'Twinfield Logon',
		countKey: 'twinfield-login Logon',
		service: twinfield,
		url: `${loginUrl}/webservices/session.asmx`,
		operation: 'Logon',
		fields: { user, password, organisation },
		rawAnswer: '<LogonResult>Ok</LogonResult>',
		layerAnswer: ({ response, header }) =>
			childText(response, 'LogonResult', TWINFIELD_NAMESPACE) === 'Ok' &&
			Boolean(childText(findChild(header, 'Header', TWINFIELD_NAMESPACE), 'SessionID', TWINFIELD_NAMESPACE)),
		naiveEnvelope: () =>
			`<?xml version="1.0" encoding="utf-8"?><soap:Envelope ${SOAP_HEADERS}><soap:Body><Logon xmlns="${TWINFIELD_NAMESPACE}"><user>${user}</user><password>${password}</password><organisation>${organisation}</organisation></Logon></soap:Body></soap:Envelope>`,
		naiveAnswer: (doc) => {
			const envelope = doc['soap:Envelope'];
			return envelope?.['soap:Body']?.LogonResponse?.LogonResult === 'Ok' && Boolean(envelope?.['soap:Header']?.Header?.SessionID);
		},
		soapAnswer: (result, header) => result?.LogonResult === 'Ok' && Boolean(header?.Header?.SessionID ?? header?.SessionID),
		workflow: chain([{}], {
			name: 'Twinfield',
			type: 'twinfield',
			parameters: { resource: 'session', operation: 'logOn' },
			credential: 'demo',
		}),
		credentials: { twinfieldApi: { demo: { user, password, organisation, loginUrl } } },
		workflowAnswer: (run) => Boolean(run.json('Twinfield')[0]?.sessionId),
	};
}
