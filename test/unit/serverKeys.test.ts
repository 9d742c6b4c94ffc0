// Codes and names a server sends, used as keys of the pack's tables: only a table's own entries may answer.
import { parseXml } from '../../nodes/shared/soap/xml';
import { adviceFor } from '../../nodes/Twinfield/helpers/finder';
import { explainLogonResult, explainNextAction } from '../../nodes/Twinfield/helpers/logonResults';
import { answerItems } from '../../nodes/Twinfield/helpers/processXmlAnswer';
import { twinfield } from '../../nodes/Twinfield/transport/service';
import { explainResult } from '../../nodes/Twinfield/transport/sessionService';
import { saveAdvice } from '../../nodes/TwentyFourSevenOffice/transport/serviceCall';

const OBJECT_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe.each(OBJECT_NAMES)('the code %j', (code) => {
	it("gets the finder's plain advice for an unknown code", () => {
		expect(adviceFor(code)).toBe('Check the search fields and options of the node.');
	});

	it("gets 24SevenOffice's plain advice for an unknown save result", () => {
		expect(saveAdvice(code)).toBe(
			"24SevenOffice could not process the request. Check the parameters against the operation's documentation; if they are right, contact 24SevenOffice support with this message.",
		);
	});

	it("gets Twinfield's unknown log-on result and next action messages", () => {
		expect(explainLogonResult(code)).toEqual([
			`Twinfield refused the log-on (${code})`,
			'Twinfield gave a result this node does not know. Check the credential and try again.',
		]);
		expect(explainNextAction(code)).toEqual([
			`Twinfield wants another step before this session can be used (${code})`,
			'Complete the log-on in the Twinfield website, or turn on the Allow Unfinished Log-On option.',
		]);
	});

	it("gets no Twinfield fault advice outside a log-on", () => {
		expect(twinfield.adviceForFault?.({ code: 'soap:Client', reason: 'Nope.', detailCode: code }, 'useSession', 'ProcessXmlString')).toBeUndefined();
	});

	it('gets the unknown-result explanation of a session step', () => {
		const table = { Invalid: ['known', 'advice'] as [string, string] };
		expect(explainResult(table, code, (result) => [`unknown ${result}`, 'plain'])).toEqual([`unknown ${code}`, 'plain']);
	});
});

describe('column names a server sends', () => {
	it('keeps browse columns labelled like object members as plain own fields', () => {
		const root = parseXml(
			'<browse result="1"><th><td label="__proto__">a.b</td><td label="constructor">c.d</td></th>' +
				'<tr><td field="a.b">2026/01</td><td field="c.d">x</td></tr></browse>',
		);
		const [row] = answerItems(root);
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(Object.keys(row)).toEqual(['__proto__', 'constructor']);
		expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('2026/01');
		expect(Object.getOwnPropertyDescriptor(row, 'constructor')?.value).toBe('x');
	});
});
