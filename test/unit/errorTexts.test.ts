/** The exact words of every error the SOAP layer raises, written out by hand: what a workflow author reads. */
import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';

import { faultError, httpStatusError, inputError, rateLimitError, serviceError, transportError, unreadableResponseError, type ErrorScope } from '../../nodes/shared/soap/errors';
import { TransportFailure } from '../../nodes/shared/soap/http';
import { SecretMask } from '../../nodes/shared/soap/serverText';

const node: INode = { id: '1', name: 'Example', type: 'example', typeVersion: 1, position: [0, 0], parameters: {} };
const scope = (role?: ErrorScope['role']): ErrorScope => ({ node, itemIndex: 2, service: 'Acme', operation: 'GetThing', role, mask: new SecretMask(['hunter22']) });
const texts = (error: NodeApiError | NodeOperationError) => [error.message, error.description];

describe('SOAP faults', () => {
	const fault = (code: string, reason: string, detailCode?: string, detailMessage?: string) => ({ code, reason, detailCode, detailMessage });

	test.each([
		['soap:Server', "The failure is on Acme's side, not in the request."],
		['s:Receiver', "The failure is on Acme's side, not in the request."],
		['soap:Client', 'Acme found a problem in the request.'],
		['Sender', 'Acme found a problem in the request.'],
		['soap:VersionMismatch', "Acme does not accept this SOAP version: choose the other one in the node's SOAP Version option."],
		['soap:MustUnderstand', 'Acme did not understand a header of the request.'],
		['x:Teapot', 'Fault code: x:Teapot.'],
	])('the fault code %s says who failed', (code, who) => {
		const error = faultError(scope(), fault(code, 'Nope'), 500);
		expect(texts(error)).toEqual([
			'Acme rejected GetThing: Nope',
			`Check the node's fields and its credential. If it keeps happening, contact Acme support with this message. ${who}`,
		]);
		expect(error.httpCode).toBe('500');
		expect(error.context.itemIndex).toBe(2);
	});

	test('the advice fits the kind of step', () => {
		const support = 'If it keeps happening, contact Acme support with this message.';
		expect(faultError(scope('logOn'), fault('', 'No'), 500).description).toBe(`Check the credential: its user, password and URL. ${support}`);
		expect(faultError(scope('checkSession'), fault('', 'No'), 500).description).toBe(`Check the session ID the node uses and its other fields. ${support}`);
		expect(faultError(scope('useSession'), fault('', 'No'), 500).description).toBe(`Check the session ID the node uses and its other fields. ${support}`);
		expect(faultError(scope('other'), fault('', 'No'), 500).description).toBe(`Check the node's fields and its credential. ${support}`);
		expect(faultError(scope(), fault('', 'No'), 500, 'Log on again.').description).toBe('Log on again.');
	});

	test('the service code and a detail that adds something are given; a detail that repeats the reason is not', () => {
		const withDetail = faultError(scope(), fault('', 'Access denied', '354', 'Token expired'), 500, 'Renew.');
		expect(withDetail.description).toBe('Renew. Acme error code: 354. Detail: Token expired');
		const repeated = faultError(scope(), fault('', 'Access denied', undefined, 'Access denied'), 500, 'Renew.');
		expect(repeated.description).toBe('Renew.');
	});

	test("ASP.NET's wrapper phrase is dropped, an empty reason is named, and secrets are masked", () => {
		expect(faultError(scope(), fault('', 'Server was unable to process request. ---> Bad date'), 500).message).toBe('Acme rejected GetThing: Bad date');
		expect(faultError(scope(), fault('', ''), 500).message).toBe('Acme rejected GetThing: a SOAP fault without a reason');
		expect(faultError(scope(), fault('', 'password hunter22 is wrong'), 500).message).toBe('Acme rejected GetThing: password [hidden] is wrong');
	});
});

describe('rate limits', () => {
	const advice = ' before running the workflow again. To stay under the limit, make fewer calls per minute: reuse a session instead of logging on for every item, or add a Wait node.';
	test.each([
		[undefined, 'Wait a minute'],
		['', 'Wait a minute'],
		['1', 'Wait 1 second'],
		[' 30 ', 'Wait 30 seconds'],
		['soon', 'Wait a minute'],
		['Thu, 01 Jan 1970 00:00:00 GMT', 'Wait 0 seconds'],
	])('Retry-After %p', (retryAfter, wait) => {
		const error = rateLimitError(scope(), retryAfter);
		expect(texts(error)).toEqual(['Acme is limiting requests (HTTP 429 Too Many Requests)', `${wait}${advice}`]);
		expect(error.httpCode).toBe('429');
	});

	test('an HTTP date in the future counts the seconds to it', () => {
		const inOneMinute = new Date(Date.now() + 60_500).toUTCString();
		expect(rateLimitError(scope(), inOneMinute).description).toMatch(/^Wait (60|61) seconds before/);
	});
});

describe('HTTP errors without a fault', () => {
	const page = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>x</body></html>`;

	test.each([
		[301, 'http://x/', 'Acme redirected GetThing elsewhere (HTTP 301)', "SOAP calls cannot follow redirects. Put the address it redirects to in the credential: https://acme.test/svc (often the same address with https:// instead of http://)."],
		[401, '', 'Acme denied access to GetThing (HTTP 401)', "Check the credential: user name, password and the service URL, and that this account may use Acme's web services."],
		[403, '', 'Acme denied access to GetThing (HTTP 403)', "Check the credential: user name, password and the service URL, and that this account may use Acme's web services."],
		[404, '', 'Acme has no web service at this address (HTTP 404)', "Check the URL in the credential: it should be the service's base address, without a path."],
		[500, '', 'Acme could not handle GetThing (HTTP 500)', "The service or a gateway in front of it failed. Try again in a few minutes; turn on the node's Retry On Fail setting if it happens often."],
		[418, '', 'Acme refused GetThing (HTTP 418)', "Check the URL in the credential and the node's fields."],
	])('HTTP %i', (status, body, message, description) => {
		const error = httpStatusError(scope(), status, body, status === 301 ? 'https://acme.test/svc' : undefined);
		expect(texts(error)).toEqual([message, description]);
		expect(error.httpCode).toBe(String(status));
	});

	test('a redirect without a Location names no address', () => {
		expect(httpStatusError(scope(), 302, '').description).toBe(
			'SOAP calls cannot follow redirects. Put the address it redirects to in the credential (often the same address with https:// instead of http://).',
		);
	});

	test('a log-on refused with another status asks only about the URL', () => {
		expect(httpStatusError(scope('logOn'), 400, '').description).toBe('Check the URL in the credential.');
	});

	test("the page's title is quoted as one sentence", () => {
		expect(httpStatusError(scope(), 404, page('Not found')).description).toMatch(/without a path\. The page it sent says: "Not found"\.$/);
		expect(httpStatusError(scope(), 404, page('Not found.')).description).toMatch(/without a path\. The page it sent says: "Not found\."$/);
		expect(httpStatusError(scope(), 404, page('Gone?')).description).toMatch(/The page it sent says: "Gone\?"$/);
		expect(httpStatusError(scope(), 404, page('Oh. No')).description).toMatch(/The page it sent says: "Oh\. No"\.$/);
		expect(httpStatusError(scope(), 404, page('')).description).toMatch(/without a path\.$/);
		expect(httpStatusError(scope(), 404, 'Not found').description).toMatch(/without a path\.$/);
		// Only the first 64 KiB are searched for the title.
		const early = `<html><head><title>Early</title></head><body>${'x'.repeat(70_000)}</body></html>`;
		const late = `<html><head>${' '.repeat(64 * 1024)}<title>Late</title></head></html>`;
		expect(httpStatusError(scope(), 404, early).description).toMatch(/The page it sent says: "Early"\.$/);
		expect(httpStatusError(scope(), 404, late).description).toMatch(/without a path\.$/);
	});
});

describe('answers that cannot be read', () => {
	const checkUrl = 'Check that the URL in the credential points at the real Acme web service.';
	test.each([
		['empty', '', 'Acme sent an empty answer to GetThing', 'The connection worked but no SOAP response came back. This is usually a passing failure of the service or a proxy: run the workflow again.'],
		['html', '', 'Acme sent a web page instead of a SOAP response to GetThing', 'The URL probably points at a website or a login page, not at the web service. Check the URL in the credential.'],
		['html', 'Sign in', 'Acme sent a web page instead of a SOAP response to GetThing', 'The URL probably points at a website or a login page, not at the web service. Check the URL in the credential. The page says: "Sign in".'],
		['truncated', '', 'Acme sent an incomplete answer to GetThing', 'The answer stopped before it was complete. The connection may have been cut off on the way: run the workflow again.'],
		['truncated', 'the tag <a> is not closed', 'Acme sent an incomplete answer to GetThing', 'The answer stopped before it was complete: the tag <a> is not closed. The connection may have been cut off on the way: run the workflow again.'],
		['dtd', '', 'Acme sent something SOAP does not allow in its answer to GetThing', 'The answer contains a document type declaration (DTD). SOAP forbids them, and the node refuses to read them so that no entities can expand or load files. The URL in the credential may not point at the real Acme service: check it. Running the workflow again will not help.'],
		['refusedName', 'uses the name "__proto__"', 'Acme sent an answer this node refuses to read, to GetThing', `The answer uses the name "__proto__". No answer of the real service looks like this. ${checkUrl}`],
		['tooDeep', '', 'Acme sent an answer this node refuses to read, to GetThing', `No answer of the real service looks like this. ${checkUrl}`],
		['notUtf8', '', 'Acme sent an answer to GetThing that is not valid UTF-8 text', `SOAP answers of Acme are UTF-8; this one has bytes that are not. ${checkUrl}`],
		['malformed', '', 'Acme sent a broken answer to GetThing', `The answer is not well-formed XML. ${checkUrl}`],
		['malformed', 'two roots', 'Acme sent a broken answer to GetThing', `The answer is not well-formed XML: two roots. ${checkUrl}`],
		['notSoap', '', 'Acme sent something other than a SOAP response to GetThing', 'Check the URL in the credential: it should point at the service itself.'],
		['notSoap', '{"a":1}', 'Acme sent something other than a SOAP response to GetThing', 'Check the URL in the credential: it should point at the service itself. The answer began with: {"a":1}'],
		['unexpected', 'No result came back.', 'Acme sent an unexpected answer to GetThing', 'No result came back. Check that the URL in the credential points at Acme.'],
	] as const)('%s (%p)', (kind, detail, message, description) => {
		expect(texts(unreadableResponseError(scope(), kind, detail))).toEqual([message, description]);
	});
});

describe('transport failures', () => {
	const url = 'https://api.acme.test:8443/svc.asmx';
	test.each([
		[new TransportFailure('timeout', 'ETIMEDOUT'), 1500, 'Acme did not answer GetThing within 2 seconds', 'The whole answer must arrive within the Timeout option of the node. The service may be slow or unreachable: run the workflow again, or raise the Timeout option.'],
		[new TransportFailure('timeout', undefined), 1000, 'Acme did not answer GetThing within 1 second', expect.any(String)],
		[new TransportFailure('timeout', undefined), 250.4, 'Acme did not answer GetThing within 250 milliseconds', expect.any(String)],
		[new TransportFailure('timeout', undefined), 1, 'Acme did not answer GetThing within 1 millisecond', expect.any(String)],
		[new TransportFailure('refused', 'ECONNREFUSED'), 1, 'Could not connect to Acme at api.acme.test:8443', 'Nothing answered at that address. Check the URL in the credential.'],
		[new TransportFailure('notFound', 'ENOTFOUND'), 1, 'The Acme server api.acme.test:8443 could not be found', 'Check the URL in the credential for typing errors.'],
		[new TransportFailure('reset', 'ECONNRESET'), 1, 'The connection to Acme closed before the answer was complete', 'The service or a proxy cut the connection. Run the workflow again.'],
		[new TransportFailure('other', 'EPROTO'), 1, 'The request to Acme failed before an answer arrived', 'Check the URL in the credential and the network. (system error EPROTO)'],
		[new TransportFailure('other', undefined), 1, 'The request to Acme failed before an answer arrived', 'Check the URL in the credential and the network.'],
	])('%p', (failure, timeoutMs, message, description) => {
		expect(texts(transportError(scope(), failure, url, timeoutMs))).toEqual([message, description]);
	});

	test('an address that cannot be read is named in words', () => {
		expect(transportError(scope(), new TransportFailure('refused', 'ECONNREFUSED'), 'not a url', 1).message).toBe('Could not connect to Acme at the configured server');
	});

	test.each([
		[10 * 1024 * 1024, '10 MB'],
		[2 * 1024 * 1024, '2 MB'],
		[1.5 * 1024 * 1024, '1.5 MB'],
		[0.25 * 1024 * 1024, '0.3 MB'],
		[12.4 * 1024 * 1024, '12 MB'],
		[undefined, '0 MB'],
	])('an answer over a limit of %p bytes names it as %s', (limit, words) => {
		const error = transportError(scope(), new TransportFailure('tooLarge', undefined, limit), url, 1);
		expect(texts(error)).toEqual([
			`Acme sent an answer to GetThing larger than the limit of ${words}`,
			`The node stopped reading at ${words} and did not use the answer. If Acme really sends answers this large, raise the node's Max Answer Size option; otherwise check that the URL in the credential points at Acme.`,
		]);
	});
});

describe('errors the services and inputs raise', () => {
	test('a service error keeps its words, masked, with its extra facts', () => {
		const error = serviceError(scope(), 'Refused for hunter22', 'Because.', { result: 'Blocked hunter22', count: 2 });
		expect(texts(error)).toEqual(['Refused for [hidden]', 'Because.']);
		expect(error.errorResponse).toMatchObject({ service: 'Acme', operation: 'GetThing', result: 'Blocked [hidden]', count: 2 });
	});

	test('an input error is a NodeOperationError on one line, bounded', () => {
		const error = inputError(node, 4, 'Bad\nvalue', 'x'.repeat(2500));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Bad value');
		expect(error.description).toHaveLength(2000);
		expect(error.description?.endsWith('…')).toBe(true);
		expect(error.context.itemIndex).toBe(4);
	});
});
