/**
 * Twinfield VAT Code → Get Many, Article → Get Many / Get and their pickers, run by n8n's engine against the
 * emulator: expected records written by hand from the seeded VAT codes and articles.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { searchArticles, searchInvoiceTypes, searchVatCodes } from '../../nodes/Twinfield/methods/invoicingSearch';
import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator } from './harness';
import { loadOptionsContext, runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();

const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const office = (value: string) => ({ __rl: true, mode: 'id', value });

function step(parameters: INodeParameters, continueOnFail = false): Step {
	return { name: 'Twinfield', type: 'twinfield', parameters, credential: 'test', continueOnFail };
}

async function run(parameters: INodeParameters, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runWorkflow(chain(items, step(parameters, continueOnFail)), store());
}

const count = (operation: string) => emulator().requests.filter((request) => request.operation === operation).length;

const VH = {
	office: 'DEMO1',
	code: 'VH',
	name: 'BTW hoog',
	shortName: '',
	type: 'sales',
	status: 'active',
	percentage: 21,
	percentages: [
		{ startDate: '2001-01-01', percentage: 19, status: 'active', accounts: [{ generalLedgerAccount: '1500', groupCountry: 'NL', group: 'NL1A', percentage: 100, lineType: 'vat' }] },
		{ startDate: '2012-10-01', percentage: 21, status: 'active', accounts: [{ generalLedgerAccount: '1500', groupCountry: 'NL', group: 'NL1A', percentage: 100, lineType: 'vat' }] },
	],
	created: '2020-01-01T12:00:00Z',
	modified: '2025-01-01T12:00:00Z',
};

describe('Twinfield VAT Code → Get Many', () => {
	it('lists the office’s VAT codes, each read in full, with the rate that applies today', async () => {
		const result = await run({ resource: 'vatCode', operation: 'getMany', office: office('DEMO1'), returnAll: true });
		expect(result.error).toBeUndefined();
		const records = result.json('Twinfield');
		expect(records.map((record) => [record.code, record.type, record.percentage])).toEqual([
			['IH', 'purchase', 21],
			['VH', 'sales', 21],
			['VL', 'sales', 9],
			['VN', 'sales', 0],
		]);
		expect(records[1]).toEqual(VH);
		// One finder page for the codes, one read per code: 5 fair-use credits.
		expect([count('Search'), count('ProcessXmlString')]).toEqual([1, 4]);
		expect(emulator().twinfieldCreditsSpent()).toBe(5);
		const read = emulator().requests.find((request) => request.operation === 'ProcessXmlString');
		expect(read?.values?.xmlRequest).toBe('<read><type>vat</type><office>DEMO1</office><code>IH</code></read>');
	});

	it('stops at the Limit and reads only what it puts out; the pattern filters by code or name', async () => {
		const limited = await run({ resource: 'vatCode', operation: 'getMany', office: office('DEMO1'), returnAll: false, limit: 2 });
		expect(limited.json('Twinfield').map((record) => record.code)).toEqual(['IH', 'VH']);
		expect(count('ProcessXmlString')).toBe(2);
		const search = emulator().requests.find((request) => request.operation === 'Search');
		expect(search?.values?.maxRows).toBe('2');

		const filtered = await run({ resource: 'vatCode', operation: 'getMany', office: office('DEMO1'), pattern: ' *laag* ', returnAll: true });
		expect(filtered.json('Twinfield').map((record) => record.code)).toEqual(['VL']);
		const blank = await run({ resource: 'vatCode', operation: 'getMany', office: office('DEMO1'), pattern: '  ', returnAll: false, limit: 1 });
		expect(blank.json('Twinfield')).toHaveLength(1);
		await run({ resource: 'vatCode', operation: 'getMany', office: office('DEMO1'), pattern: '={{ null }}', returnAll: false, limit: 1 });
		const patterns = emulator().requests.filter((request) => request.operation === 'Search').map((request) => request.values?.pattern);
		expect(patterns.slice(-3)).toEqual(['*laag*', '*', '*']);
	});

	it('names the office the user may not use, per item under Continue On Fail', async () => {
		const items = [{ office: 'NOPE' }, { office: 'DEMO2' }];
		const result = await run({ resource: 'vatCode', operation: 'getMany', office: { __rl: true, mode: 'id', value: '={{ $json.office }}' }, returnAll: true }, items, true);
		expect(result.error).toBeUndefined();
		const [failed, ok] = result.output('Twinfield');
		expect(failed.json.error).toBe("Twinfield's finder refused the search: You have no access to office NOPE.");
		expect(failed.pairedItem).toEqual({ item: 0 });
		expect(ok.json).toMatchObject({ office: 'DEMO2', code: 'VH', percentage: 21 });
		expect(ok.pairedItem).toEqual({ item: 1 });
	});

	it('refuses an empty office before sending anything', async () => {
		const result = await run({ resource: 'vatCode', operation: 'getMany', office: office('={{ $json.office }}'), returnAll: true }, [{ office: ' ' }]);
		expect(result.error?.message).toBe('No office given');
		expect(result.error?.description).toBe('Enter the code of the Twinfield office (administration), e.g. 001.');
		expect(count('Search') + count('ProcessXmlString')).toBe(0);
	});
});

describe('Twinfield Article', () => {
	const CONSULT = {
		office: 'DEMO1',
		code: 'CONSULT',
		name: 'Consultancy',
		shortName: '',
		type: 'normal',
		status: 'active',
		unitNameSingular: 'hour',
		unitNamePlural: 'hours',
		vatCode: 'VH',
		allowChangeVatCode: true,
		performanceType: '',
		allowDiscountOrPremium: true,
		allowChangeUnitsPrice: true,
		allowDecimalQuantity: true,
		subArticles: [{ subCode: '0', name: 'Consultancy', shortName: '', unitsPriceExcl: 95, unitsPriceInc: null, units: 1, generalLedgerAccount: '8000', status: 'active' }],
	};

	it('Get Many puts out one item per article in the same shape as Get', async () => {
		const many = await run({ resource: 'article', operation: 'getMany', office: office('DEMO1'), returnAll: true });
		expect(many.error).toBeUndefined();
		const records = many.json('Twinfield');
		expect(records.map((record) => record.code)).toEqual(['BOOK', 'CONSULT', 'HOURS']);
		expect(records[1]).toEqual(CONSULT);
		expect((records[2].subArticles as IDataObject[]).map((line) => [line.subCode, line.unitsPriceExcl])).toEqual([
			['STD', 60],
			['WKD', 90],
		]);
		expect([count('Search'), count('ProcessXmlString')]).toEqual([1, 3]);

		const one = await run({ resource: 'article', operation: 'get', office: office('DEMO1'), article: { __rl: true, mode: 'id', value: 'CONSULT' } });
		expect(one.json('Twinfield')).toEqual([CONSULT]);
	});

	it('Get of an unknown article says so in Twinfield’s words', async () => {
		const result = await run({ resource: 'article', operation: 'get', office: office('DEMO1'), article: { __rl: true, mode: 'id', value: 'NOPE' } });
		expect(result.error?.message).toBe('Twinfield refused the read of article NOPE in office DEMO1: Article NOPE does not exist in administration DEMO1.');
		expect(result.error?.description).toBe('Article NOPE does not exist in administration DEMO1. Check the office and the code or number, and run the workflow again.');
		expect(result.error?.context?.itemIndex).toBe(0);
	});
});

describe('the VAT code and article pickers', () => {
	function context(parameters: INodeParameters) {
		const workflow = chain([{}], step({ resource: 'salesInvoice', operation: 'get', ...parameters }));
		return loadOptionsContext(workflow, 'Twinfield', store());
	}

	it('list the codes of the chosen office with their names, filtered by what is typed', async () => {
		expect(await searchVatCodes.call(context({ office: office('DEMO1') }))).toEqual({
			results: [
				{ name: 'BTW hoog inkoop (IH)', value: 'IH' },
				{ name: 'BTW hoog (VH)', value: 'VH' },
				{ name: 'BTW laag (VL)', value: 'VL' },
				{ name: 'BTW nul (VN)', value: 'VN' },
			],
			paginationToken: undefined,
		});
		expect(await searchArticles.call(context({ office: office('DEMO1') }), 'hour')).toEqual({
			results: [{ name: 'Hours worked (HOURS)', value: 'HOURS' }],
			paginationToken: undefined,
		});
		expect(await searchInvoiceTypes.call(context({ office: office('DEMO1') }))).toEqual({ results: [{ name: 'Factuur (FACTUUR)', value: 'FACTUUR' }], paginationToken: undefined });
		const search = emulator().requests.filter((request) => request.operation === 'Search');
		expect(search.map((request) => [request.values?.type, request.values?.pattern])).toEqual([
			['VAT', '*'],
			['ART', '*hour*'],
			['INV', '*'],
		]);
	});

	it('start a page where the pagination token says', async () => {
		expect(await searchVatCodes.call(context({ office: office('DEMO1') }), undefined, '3')).toEqual({
			results: [
				{ name: 'BTW laag (VL)', value: 'VL' },
				{ name: 'BTW nul (VN)', value: 'VN' },
			],
			paginationToken: undefined,
		});
		const search = emulator().requests.find((request) => request.operation === 'Search');
		expect([search?.values?.firstRow, search?.values?.maxRows]).toEqual(['3', '50']);
	});

	it('list nothing until an office is chosen', async () => {
		expect(await searchVatCodes.call(context({ office: office('') }))).toEqual({ results: [] });
		expect(count('Search')).toBe(0);
	});
});
