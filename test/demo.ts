/**
 * `npm run demo`: starts the local emulator, runs example workflows through
 * n8n's workflow engine and prints the session data our nodes hand on.
 */
import { startEmulator, tsoDemo, twinfieldDemo } from './emulator';
import { runWorkflow } from './engine/runWorkflow';
import { chain } from './engine/workflow';

function show(title: string, data: unknown): void {
	console.log(`\n=== ${title} ===`);
	console.log(JSON.stringify(data, null, 2));
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

		const twinfield = await runWorkflow(
			chain([{}], {
				name: 'Twinfield',
				type: 'twinfield',
				parameters: { resource: 'session', operation: 'logOn' },
				credential: 'demo',
			}),
			credentials,
		);
		if (twinfield.error) throw twinfield.error;
		show('Twinfield → Log On', twinfield.json('Twinfield')[0]);

		const tso = await runWorkflow(
			chain(
				[{}],
				{ name: 'Ensure Session', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'ensureSession' }, credential: 'demo' },
				{ name: 'Check Session', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'checkSession' }, credential: 'demo' },
			),
			credentials,
		);
		if (tso.error) throw tso.error;
		show('24SevenOffice → Ensure Session', tso.json('Ensure Session')[0]);
		show('24SevenOffice → Check Session', tso.json('Check Session')[0]);

		const callService = { resource: 'service', operation: 'callService' };
		const services = await runWorkflow(
			chain(
				[{}],
				{
					name: 'Companies',
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
		show('24SevenOffice → Call Service CompanyService GetCompanies (one item per company)', services.json('Companies'));
		show('24SevenOffice → Call Service AccountService SaveBundleList (one voucher per company)', services.json('Post Sale'));
	} finally {
		await emulator.close();
	}
}

main().catch((error: Error & { description?: string }) => {
	console.error(`Demo failed: ${error.message}${error.description ? `\n${error.description}` : ''}`);
	process.exitCode = 1;
});
