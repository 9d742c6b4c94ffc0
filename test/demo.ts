/**
 * `npm run demo`: starts the local emulator, runs example workflows through
 * n8n's workflow engine and prints the JSON they end in: Twinfield Process XML
 * and Search, 24SevenOffice Call Service. Nobody types SOAP: the nodes build it.
 */
import type { IDataObject } from 'n8n-workflow';

import { startEmulator, tsoDemo, twinfieldDemo } from './emulator';
import { runWorkflow } from './engine/runWorkflow';
import { chain } from './engine/workflow';

function show(title: string, items: IDataObject[]): void {
	console.log(`\n=== ${title} (${items.length} item${items.length === 1 ? '' : 's'}) ===`);
	for (const item of items) {
		const line = JSON.stringify(item);
		// Short items one a line; a long one (a whole record) spread out to be read.
		console.log(line.length > 160 ? JSON.stringify(item, null, 2) : line);
	}
}

async function main(): Promise<void> {
	const emulator = await startEmulator();
	try {
		console.log(`Emulator: Twinfield ${emulator.twinfieldLoginUrl}, 24SevenOffice ${emulator.twentyFourSevenOfficeUrl}`);
		const credentials = {
			twinfieldApi: {
				demo: {
					user: twinfieldDemo.user,
					password: twinfieldDemo.password,
					organisation: twinfieldDemo.organisation,
					loginUrl: emulator.twinfieldLoginUrl,
				},
			},
			twentyFourSevenOfficeApi: {
				demo: { ...tsoDemo, apiUrl: emulator.twentyFourSevenOfficeUrl },
			},
		};

		// Twinfield: the offices (a Twinfield XML message), a customer read in each, and a Finder search per office.
		const twinfield = await runWorkflow(
			chain(
				[{}],
				{
					name: 'List Offices',
					type: 'twinfield',
					parameters: { resource: 'xml', operation: 'processXml', message: '<list><type>offices</type></list>' },
					credential: 'demo',
				},
				{
					name: 'Read Customer 1000',
					type: 'twinfield',
					parameters: {
						resource: 'xml',
						operation: 'processXml',
						message: '=<read><type>dimensions</type><office>{{ $json.code }}</office><dimtype>DEB</dimtype><code>1000</code></read>',
					},
					credential: 'demo',
				},
				{
					name: 'Search Customers',
					type: 'twinfield',
					parameters: { resource: 'finder', operation: 'search', finderType: 'DIM', pattern: '*', office: '={{ $json.dimension.office._ }}', dimensionType: 'DEB', limit: 3 },
					credential: 'demo',
				},
			),
			credentials,
		);
		if (twinfield.error) throw twinfield.error;
		show('Twinfield → Process XML <list><type>offices</type></list>', twinfield.json('List Offices'));
		show('Twinfield → Process XML: read customer 1000 of each office', twinfield.json('Read Customer 1000'));
		show('Twinfield → Search (Finder DIM, customers, 3 per office)', twinfield.json('Search Customers'));

		// 24SevenOffice: the companies, then a sale posted for each; the session stays with the credential.
		const callService = { resource: 'service', operation: 'callService' };
		const services = await runWorkflow(
			chain(
				[{}],
				{
					name: 'Get Companies',
					type: 'twentyFourSevenOffice',
					parameters: { ...callService, service: 'CompanyService', serviceOperation: 'GetCompanies', parameters: '{"searchParams": {"ChangedAfter": "2026-01-01"}, "returnProperties": ["Id", "Name"]}', splitResult: true },
					credential: 'demo',
				},
				{
					name: 'Post Sale',
					type: 'twentyFourSevenOffice',
					parameters: {
						...callService,
						service: 'AccountService',
						serviceOperation: 'SaveBundleList',
						parameters:
							"={{ JSON.stringify({ BundleList: { Bundles: [ { YearId: 2026, Name: 'Sales ' + $json.Name, Vouchers: [ { TransactionNo: 5000 + $json.Id, Sort: 1, Entries: [ { CustomerId: $json.Id, AccountNo: 1500, Date: '2026-11-20', Amount: 100 }, { AccountNo: 3000, Date: '2026-11-20', Amount: -100 } ] } ] } ], SaveOption: 0 } }) }}",
					},
					credential: 'demo',
				},
			),
			credentials,
		);
		if (services.error) throw services.error;
		show('24SevenOffice → Call Service CompanyService GetCompanies (one item per company)', services.json('Get Companies'));
		show('24SevenOffice → Call Service AccountService SaveBundleList (one voucher per company)', services.json('Post Sale'));
	} finally {
		await emulator.close();
	}
}

main().catch((error: Error & { description?: string }) => {
	console.error(`Demo failed: ${error.message}${error.description ? `\n${error.description}` : ''}`);
	process.exitCode = 1;
});
