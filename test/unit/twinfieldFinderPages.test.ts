/** Twinfield's finder page by page, with the cluster call replaced by answers written by hand. */
import type { INode } from 'n8n-workflow';

import type { CallOptions } from '../../nodes/shared/n8n/options';
import type { CallContext } from '../../nodes/shared/soap/call';
import { NO_SECRETS } from '../../nodes/shared/soap/serverText';
import { parseXml } from '../../nodes/shared/soap/xml';
import type { TwinfieldAccess } from '../../nodes/Twinfield/transport/access';
import { callCluster } from '../../nodes/Twinfield/transport/clusterCall';
import { finderPage, finderRows } from '../../nodes/Twinfield/transport/finderPages';

jest.mock('../../nodes/Twinfield/transport/clusterCall', () => ({ callCluster: jest.fn() }));
const answered = callCluster as jest.MockedFunction<typeof callCluster>;

const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
const context = { node, itemIndex: 0, helpers: {} } as unknown as CallContext;
const access = {} as TwinfieldAccess;
const options = {} as CallOptions;
const request = { type: 'DIM', pattern: '*', field: 0, options: [] };

function message(type: string, text: string, code: string): string {
	return `<MessageOfErrorCodes><Type>${type}</Type><Text>${text}</Text><Code>${code}</Code><Parameters/></MessageOfErrorCodes>`;
}

function answer(messages: string, total: number, rows: string[]) {
	const items = rows.map((code) => `<ArrayOfString><string>${code}</string><string>Name ${code}</string></ArrayOfString>`).join('');
	const xml = `<SearchResponse xmlns="http://www.twinfield.com/"><SearchResult>${messages}</SearchResult><data><TotalRows>${total}</TotalRows><Columns><string>Code</string><string>Name</string></Columns><Items>${items}</Items></data></SearchResponse>`;
	return { response: parseXml(xml), mask: NO_SECRETS } as unknown as Awaited<ReturnType<typeof callCluster>>;
}

beforeEach(() => answered.mockReset());

test('warnings and information do not stop a page', async () => {
	answered.mockResolvedValueOnce(answer(message('Warning', 'maxRows is limited to 100.', 'ParameterOutOfRange') + message('Informational', 'Note.', 'X'), 1, ['1000']));
	const page = await finderPage(context, access, request, 1, 500, options);
	expect(page.rows).toEqual([{ Code: '1000', Name: 'Name 1000' }]);
	expect(page.messages.map((item) => item.type)).toEqual(['Warning', 'Informational']);
	// A search changes nothing: Twinfield's fair-use 429 is waited out and the page asked again.
	expect(answered.mock.calls[0][2]).toMatchObject({ path: '/webservices/finder.asmx', operation: 'Search', fairUseRetries: true });
});

test("errors become one error naming each, with the finder's advice", async () => {
	answered.mockResolvedValueOnce(answer(message('Warning', 'Ignored.', 'W') + message('Error', 'You have no access to office X.', 'NoAccessToOffice') + message('Error', 'Odd.', 'Unheard'), 0, []));
	await expect(finderPage(context, access, request, 1, 10, options)).rejects.toMatchObject({
		message: "Twinfield's finder refused the search: You have no access to office X.",
		description: "You have no access to office X. The user has no access to that office. Check the Office field, or the user's rights in Twinfield. Odd. Check the search fields and options of the node.",
	});
});

test('rows are fetched page after page until the limit or the total', async () => {
	answered.mockResolvedValueOnce(answer('', 5, ['1', '2'])).mockResolvedValueOnce(answer('', 5, ['3', '4'])).mockResolvedValueOnce(answer('', 5, ['5']));
	const rows = await finderRows(context, access, request, Infinity, options);
	expect(rows.map((row) => row.Code)).toEqual(['1', '2', '3', '4', '5']);
	const firstRows = answered.mock.calls.map(([, , call]) => (call.fields as { firstRow: number }).firstRow);
	expect(firstRows).toEqual([1, 3, 5]);
});

test('a limit stops early and asks for no more rows than it needs', async () => {
	answered.mockResolvedValueOnce(answer('', 500, ['1', '2', '3']));
	const rows = await finderRows(context, access, request, 2, options);
	expect(rows.map((row) => row.Code)).toEqual(['1', '2']);
	expect(answered).toHaveBeenCalledTimes(1);
	expect((answered.mock.calls[0][2].fields as { maxRows: number }).maxRows).toBe(2);
});

test('an empty page ends the search even when the total says more', async () => {
	answered.mockResolvedValueOnce(answer('', 9, ['1'])).mockResolvedValueOnce(answer('', 9, []));
	expect((await finderRows(context, access, request, Infinity, options)).map((row) => row.Code)).toEqual(['1']);
	expect(answered).toHaveBeenCalledTimes(2);
});
