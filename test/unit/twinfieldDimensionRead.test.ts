/** Reading one Twinfield dimension, with the ProcessXml call replaced by answers written by hand. */
import type { INode } from 'n8n-workflow';

import type { OperationRun } from '../../nodes/shared/n8n/operation';
import { NO_SECRETS } from '../../nodes/shared/soap/serverText';
import { parseXml } from '../../nodes/shared/soap/xml';
import { readDimension } from '../../nodes/Twinfield/helpers/dimensionReads';
import { sendProcessXml } from '../../nodes/Twinfield/transport/processXml';

jest.mock('../../nodes/Twinfield/transport/processXml', () => ({ sendProcessXml: jest.fn() }));
const answered = sendProcessXml as jest.MockedFunction<typeof sendProcessXml>;

const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
const run = { node, context: { helpers: {}, getNodeParameter: (_name: string, _index: number, fallback: unknown) => fallback } } as unknown as OperationRun;
const key = { office: '001', type: 'DEB', code: '1000' };

async function read(answer: string) {
	answered.mockResolvedValueOnce({ root: parseXml(answer), sent: { mask: NO_SECRETS } } as unknown as Awaited<ReturnType<typeof sendProcessXml>>);
	return await readDimension(run, 2, key);
}

test('the document comes bare or alone in <dimensions>', async () => {
	expect((await read('<dimension result="1"><code>1000</code></dimension>')).children[0].text).toBe('1000');
	expect((await read('<dimensions result="1"><dimension><code>1000</code></dimension></dimensions>')).children[0].text).toBe('1000');
	expect(answered.mock.calls[0][2]).toBe('<read><type>dimensions</type><office>001</office><dimtype>DEB</dimtype><code>1000</code></read>');
});

test('a refusal on the document or on its wrapper, or another answer, is an error naming the customer', async () => {
	await expect(read('<dimension result="0" msgtype="error" msg="Dimension 1000 does not exist."><code>1000</code></dimension>')).rejects.toMatchObject({
		message: 'Twinfield could not read customer 1000 in office 001: Dimension 1000 does not exist.',
		description: 'Dimension 1000 does not exist. Check the code and the office; Get Many lists the codes there are.',
		context: { itemIndex: 2 },
	});
	await expect(read('<dimensions result="0"><dimension><code>1000</code></dimension></dimensions>')).rejects.toMatchObject({
		message: 'Twinfield could not read customer 1000 in office 001: it answered <dimensions>',
	});
	await expect(read('<dimensions result="1"><dimension/><dimension/></dimensions>')).rejects.toMatchObject({ message: 'Twinfield could not read customer 1000 in office 001: it answered <dimensions>' });
	await expect(read('<article result="1"><code>1000</code></article>')).rejects.toMatchObject({ message: 'Twinfield could not read customer 1000 in office 001: it answered <article>' });
});
