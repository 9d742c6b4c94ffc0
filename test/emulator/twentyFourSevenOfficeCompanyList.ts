/**
 * CompanyService `GetCompanies`, just enough to call a 24SevenOffice service
 * with the session cookie: the session's own company, with the properties asked
 * for in `returnProperties` (Id and Name). Without a live session it faults
 * "Not authenticated", HTTP 500, as the Authenticate service does.
 */
import type { Reply } from './types';
import type { SoapCall, SoapEndpoint } from './soap';
import { soapReply } from './soap';
import type { TsoSession } from './twentyFourSevenOfficeSessions';
import { element, leaf } from './xml';

const TSO_NS = 'http://24sevenOffice.com/webservices';

type WithSession = (call: SoapCall, run: (session: TsoSession) => Reply) => Reply;

export function companyListEndpoint(withSession: WithSession): SoapEndpoint {
	return {
		path: '/crm/company/v001/companyservice.asmx',
		namespace: TSO_NS,
		operations: ['GetCompanies'],
		handle: (call) =>
			withSession(call, (session) =>
				soapReply(
					call.version,
					element(
						'GetCompaniesResponse',
						[
							element('GetCompaniesResult', [
								element('Company', [leaf('Id', String(session.identity.clientId)), leaf('Name', session.identity.clientName)]),
							]),
						],
						{ xmlns: TSO_NS },
					),
				),
			),
	};
}
