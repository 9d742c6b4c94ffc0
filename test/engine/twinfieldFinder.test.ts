/**
 * Twinfield Finder → Search run by n8n's workflow engine against the emulator:
 * options as fields, one item per row, paging, and the finder's messages.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

const emulator = useEmulator();

const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });

async function search(parameters: INodeParameters, continueOnFail = false) {
	const step = { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'finder', operation: 'search', ...parameters }, credential: 'test', continueOnFail };
	return await runWorkflow(chain([{}], step), store());
}

const searches = () => emulator().requests.filter((request) => request.operation === 'Search');

describe('Twinfield Search', () => {
	it('finds customers with the options as fields, one item per row keyed by the column names', async () => {
		const run = await search({ finderType: 'DIM', pattern: '100*', searchField: 1, office: 'DEMO1', dimensionType: 'DEB', level: 2 });
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toEqual([
			{ Code: '1000', Name: 'Acme B.V.' },
			{ Code: '1001', Name: 'Bakkerij de Gouden Korst' },
			{ Code: '1002', Name: 'Café "De Smid" & Zonen' },
			{ Code: '1003', Name: 'Nordic Trading AS' },
		]);
		const [request] = searches();
		expect(request.service).toBe('twinfield-cluster');
		expect(request.headers.soapaction).toBe('"http://www.twinfield.com/Search"');
		expect(request.body).toMatch(
			/<Search xmlns="http:\/\/www\.twinfield\.com\/">\s*<type>DIM<\/type>\s*<pattern>100\*<\/pattern>\s*<field>1<\/field>\s*<firstRow>1<\/firstRow>\s*<maxRows>50<\/maxRows>\s*<options>\s*<ArrayOfString>\s*<string>office<\/string>\s*<string>DEMO1<\/string>\s*<\/ArrayOfString>\s*<ArrayOfString>\s*<string>dimtype<\/string>\s*<string>DEB<\/string>\s*<\/ArrayOfString>\s*<ArrayOfString>\s*<string>level<\/string>\s*<string>2<\/string>\s*<\/ArrayOfString>\s*<\/options>\s*<\/Search>/,
		);
	});

	it('turns the pages for Return All', async () => {
		const run = await search({ finderType: 'DIM', office: 'DEMO1', dimensionType: 'DEB', returnAll: true, options: { pageSize: 5 } });
		expect(run.error).toBeUndefined();
		const codes = run.json('Twinfield').map((row) => row.Code);
		expect(codes).toHaveLength(16);
		expect(new Set(codes).size).toBe(16);
		expect(searches().map((request) => [request.values?.firstRow, request.values?.maxRows])).toEqual([
			['1', '5'],
			['6', '5'],
			['11', '5'],
			['16', '5'],
		]);
	});

	it('stops at the Limit, asking only for the rows it needs', async () => {
		const run = await search({ finderType: 'DIM', office: 'DEMO1', dimensionType: 'DEB', limit: 7, options: { pageSize: 5 } });
		expect(run.json('Twinfield')).toHaveLength(7);
		expect(searches().map((request) => [request.values?.firstRow, request.values?.maxRows])).toEqual([
			['1', '5'],
			['6', '2'],
		]);
	});

	it('includes hidden dimensions, with the status column, and filters by modification date', async () => {
		const hidden = await search({ finderType: 'DIM', office: 'DEMO1', dimensionType: 'DEB', pattern: 'Oude*', searchField: 2, includeHidden: true });
		expect(hidden.json('Twinfield')).toEqual([{ Code: '1004', Name: 'Oude Klant B.V.', Status: 'hidden' }]);
		const recent = await search({ finderType: 'DIM', office: 'DEMO1', modifiedSince: '2026-01-10T00:00:00', returnAll: true });
		expect(recent.json('Twinfield')).toEqual([{ Code: '1000', Name: 'Acme B.V.' }]);
		expect(searches()[1].body).toMatch(/<string>modifiedsince<\/string>\s*<string>20260110000000<\/string>/);
	});

	it('lists offices', async () => {
		const run = await search({ finderType: 'OFF', returnAll: true });
		expect(run.json('Twinfield')).toEqual([
			{ Code: 'DEMO1', Name: 'Demo company 1' },
			{ Code: 'DEMO2', Name: 'Demo company 2' },
		]);
		expect(searches()[0].body).toMatch(/<options>\s*<\/options>/);
	});

	it("turns the finder's error messages into a clear error", async () => {
		const run = await search({ finderType: 'DIM', office: 'DEMO9' });
		expect(run.error?.message).toBe("Twinfield's finder refused the search: You have no access to office DEMO9.");
		expect(run.error?.description).toBe(
			"- You have no access to office DEMO9. (NoAccessToOffice: DEMO9) The user has no access to that office. Check the Office field, or the user's rights in Twinfield.",
		);
		expect(run.error?.context?.itemIndex).toBe(0);
	});

	it('says which option is missing', async () => {
		const run = await search({ finderType: 'DIM', dimensionType: 'DEB' });
		expect(run.error?.message).toBe("Twinfield's finder refused the search: Option office is mandatory when no company is selected.");
		expect(run.error?.description).toContain('Fill in the field it names');
	});

	it('refuses an option the type does not take, and with Continue On Fail outputs it as an error item', async () => {
		const run = await search({ finderType: 'OFF', otherOptions: { option: [{ name: 'dimtype', value: 'DEB' }] } }, true);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')[0].error).toBe("Twinfield's finder refused the search: Option dimtype is not allowed for finder type OFF.");
	});

	it('shows a warning of the finder and still outputs the rows', async () => {
		const run = await search({ finderType: 'DIM', office: 'DEMO1', returnAll: true, options: { pageSize: 500 } });
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toHaveLength(29);
		const task = run.run.data.resultData.runData.Twinfield[0];
		expect(JSON.stringify(task.hints)).toContain("Twinfield's finder says: Warning: maxRows is limited to 100; 100 rows are returned. (ParameterOutOfRange)");
	});
});

describe('Twinfield Search and Process XML with OAuth 2', () => {
	function oauthRun(parameters: INodeParameters) {
		const tokens = emulator().twinfieldOAuth.issueTokens();
		const workflow = chain([{}], { name: 'Twinfield', type: 'twinfield', parameters: { authentication: 'oAuth2', ...parameters } });
		const node = workflow.nodes[1];
		node.typeVersion = 1.1;
		node.credentials = { twinfieldOAuth2Api: { id: 'oauth', name: 'oauth' } };
		const credential = {
			oauthTokenData: tokens as unknown as IDataObject,
			companyCode: 'DEMO1',
			accessTokenUrl: `${emulator().twinfieldLoginUrl}/auth/authentication/connect/token`,
		};
		return runWorkflow(workflow, { twinfieldOAuth2Api: { oauth: credential } });
	}

	it('searches with the token and the company of the credential, in the OAuth header', async () => {
		const run = await oauthRun({ resource: 'finder', operation: 'search', dimensionType: 'CRD', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toEqual([
			{ Code: '2000', Name: 'Papier & Co' },
			{ Code: '2001', Name: 'Energie Noord' },
		]);
		const [request] = searches();
		expect(request.body).toMatch(
			/<Header xmlns="http:\/\/www\.twinfield\.com\/">\s*<AccessToken>[^<]+<\/AccessToken>\s*<CompanyCode>DEMO1<\/CompanyCode>\s*<CompanyId xsi:nil="true" \/>\s*<\/Header>/,
		);
		expect(emulator().requests.filter((item) => item.operation === 'Logon')).toHaveLength(0);
	});

	it('reads a customer of the company chosen in the node', async () => {
		const run = await oauthRun({
			resource: 'xml',
			operation: 'processXml',
			company: 'DEMO2',
			message: '<read><type>dimensions</type><office>DEMO2</office><dimtype>DEB</dimtype><code>1000</code></read>',
		});
		expect(run.error).toBeUndefined();
		expect((run.json('Twinfield')[0].dimension as IDataObject).name).toBe('Zuid Holding');
		expect(emulator().requests.find((item) => item.operation === 'ProcessXmlString')?.body).toContain('<CompanyCode>DEMO2</CompanyCode>');
	});
});
