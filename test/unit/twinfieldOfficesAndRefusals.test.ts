/** Twinfield's office list and a refused document as errors, with the cluster call replaced by answers written by hand. */
import type { INode } from 'n8n-workflow';

import type { CallOptions } from '../../nodes/shared/n8n/options';
import type { CallContext } from '../../nodes/shared/soap/call';
import { NO_SECRETS, SecretMask } from '../../nodes/shared/soap/serverText';
import { parseXml } from '../../nodes/shared/soap/xml';
import { xmlEscape } from '../../nodes/shared/soap/xmlText';
import { listOffices } from '../../nodes/Twinfield/helpers/offices';
import { refusalError } from '../../nodes/Twinfield/helpers/refusal';
import type { TwinfieldAccess } from '../../nodes/Twinfield/transport/access';
import { callCluster } from '../../nodes/Twinfield/transport/clusterCall';

jest.mock('../../nodes/Twinfield/transport/clusterCall', () => ({ callCluster: jest.fn() }));
const answered = callCluster as jest.MockedFunction<typeof callCluster>;

const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
const context = { node, itemIndex: 3, helpers: {} } as unknown as CallContext;

function processXmlAnswer(result: string) {
	const response = parseXml(`<ProcessXmlStringResponse xmlns="http://www.twinfield.com/"><ProcessXmlStringResult>${xmlEscape(result)}</ProcessXmlStringResult></ProcessXmlStringResponse>`);
	return { response, mask: NO_SECRETS } as unknown as Awaited<ReturnType<typeof callCluster>>;
}

describe('the office list', () => {
	const list = async (result: string) => {
		answered.mockResolvedValueOnce(processXmlAnswer(result));
		return await listOffices(context, {} as TwinfieldAccess, {} as CallOptions);
	};

	test('one entry per office, with its names', async () => {
		expect(await list('<offices result="1"><office name="Demo 1" shortname="D1"> 001 </office><office>002</office><other/></offices>')).toEqual([
			{ code: '001', name: 'Demo 1', shortName: 'D1' },
			{ code: '002', name: '', shortName: '' },
		]);
		expect(answered.mock.calls[0][2]).toEqual({ path: '/webservices/processxml.asmx', operation: 'ProcessXmlString', fields: { xmlRequest: '<list><type>offices</type></list>' } });
	});

	test('a refusal, another answer or no XML is an error that says so', async () => {
		await expect(list('<offices result="0" msg="No access."/>')).rejects.toMatchObject({
			message: 'Twinfield could not list the companies: No access.',
			description: 'Check that the user may see companies in Twinfield, then run the workflow again.',
			context: { itemIndex: 3 },
		});
		await expect(list('<users/>')).rejects.toMatchObject({ message: 'Twinfield could not list the companies: the answer was <users>' });
		answered.mockResolvedValueOnce({ response: parseXml('<ProcessXmlStringResponse xmlns="http://www.twinfield.com/"/>'), mask: NO_SECRETS } as unknown as Awaited<ReturnType<typeof callCluster>>);
		await expect(listOffices(context, {} as TwinfieldAccess, {} as CallOptions)).rejects.toMatchObject({
			description: 'The answer to the office list is not XML (it ends before its first element is complete). Run the workflow again.',
		});
		await expect(list('<offices>')).rejects.toMatchObject({
			message: 'Twinfield sent an unreadable list of companies',
			description: 'The answer to the office list is not XML (it ends before <offices> is closed). Run the workflow again.',
		});
	});
});

describe('a refused document', () => {
	const refusal = (xml: string, mask = NO_SECRETS) => refusalError(context, parseXml(xml), { mask }, 'Twinfield could not read transaction VRK 9 in office 001', 'Check the number.');

	test('the first error leads; every message follows, with its place', () => {
		const error = refusal('<transaction result="0"><header><number msgtype="warning" msg="Odd number."/></header><lines><line><dim1 msgtype="error" msg="Account 9999 does not exist."/></line></lines></transaction>');
		expect([error.message, error.description]).toEqual([
			'Twinfield could not read transaction VRK 9 in office 001: Account 9999 does not exist. (lines/line/dim1)',
			'warning: Odd number. (header/number) Account 9999 does not exist. (lines/line/dim1) Check the number.',
		]);
		expect(error.context.itemIndex).toBe(3);
	});

	test('a message on the root has no place; with no error, the first message leads; with none, it says so', () => {
		expect(refusal('<transaction result="0" msgtype="warning" msg="Locked."/>').message).toBe('Twinfield could not read transaction VRK 9 in office 001: Locked.');
		const silent = refusal('<transaction result="0"/>');
		expect([silent.message, silent.description]).toEqual(['Twinfield could not read transaction VRK 9 in office 001: Twinfield gave no reason', 'Check the number.']);
	});

	test('what the call sent is masked in the quoted messages', () => {
		expect(refusal('<transaction result="0" msg="Session s3cr3t-id expired."/>', new SecretMask(['s3cr3t-id'])).message).toBe('Twinfield could not read transaction VRK 9 in office 001: Session [hidden] expired.');
	});
});
