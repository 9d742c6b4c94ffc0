/** Reading 24SevenOffice Save answers of a list: one outcome per record sent, and the error of a refused one. */
import type { INode } from 'n8n-workflow';

import { namedField, readSaveAnswer, recordRefusedError, unpairedAnswerError } from '../../nodes/TwentyFourSevenOffice/helpers/saveAnswer';
import { parseXml } from '../../nodes/shared/soap/xml';

const NS = 'http://24sevenOffice.com/webservices';
const node: INode = { id: '1', name: '24SevenOffice', type: 'twentyFourSevenOffice', typeVersion: 1, position: [0, 0], parameters: {} };
const scope = { node, itemIndex: 4, service: '24SevenOffice', operation: 'SaveCompanies' };
const names = { label: 'customer', fields: { Name: 'Name', OrganizationNumber: 'Organization Number', Id: 'Customer' } };

function response(records: string): ReturnType<typeof parseXml> {
	return parseXml(`<SaveCompaniesResponse xmlns="${NS}"><SaveCompaniesResult>${records}</SaveCompaniesResult></SaveCompaniesResponse>`);
}

describe('readSaveAnswer', () => {
	it('gives each record its outcome in the order sent: saved with its Id, or refused with Type and Message', () => {
		const answer = response(
			'<Company><Id>10</Id><Name>A</Name></Company>' +
				'<Company><APIException><Type>ValidationException</Type><Message> Name is required </Message><StackTrace/></APIException><Id>-2147483648</Id></Company>' +
				'<Company><Id>11</Id><APIException><Type/><Message/></APIException></Company>',
		);
		const outcomes = readSaveAnswer(answer, 'SaveCompanies', 'Company', 3);
		expect(outcomes).toHaveLength(3);
		expect(outcomes?.map((outcome) => ('saved' in outcome ? `saved ${outcome.saved.children.find((c) => c.name === 'Id')?.text}` : outcome.refused))).toEqual([
			'saved 10',
			{ type: 'ValidationException', message: 'Name is required' },
			// An empty APIException is no refusal.
			'saved 11',
		]);
	});

	it('refuses to pair an answer with fewer or more records than sent, another record name, or no result', () => {
		const two = response('<Company><Id>1</Id></Company><Company><Id>2</Id></Company>');
		expect(readSaveAnswer(two, 'SaveCompanies', 'Company', 3)).toBeUndefined();
		expect(readSaveAnswer(two, 'SaveCompanies', 'Company', 1)).toBeUndefined();
		expect(readSaveAnswer(two, 'SaveCompanies', 'Product', 2)).toBeUndefined();
		expect(readSaveAnswer(parseXml(`<SaveCompaniesResponse xmlns="${NS}"/>`), 'SaveCompanies', 'Company', 0)).toBeUndefined();
		expect(readSaveAnswer(two, 'SaveCompanies', 'Company', 2)).toHaveLength(2);
	});
});

describe('the error of a refused record', () => {
	it('names the field by whole word, the longest one that fits', () => {
		expect(namedField('Name is required', ['Name', 'OrganizationNumber'])).toBe('Name');
		expect(namedField('OrganizationNumber is too long', ['Name', 'OrganizationNumber', 'Number'])).toBe('OrganizationNumber');
		expect(namedField('CompanyName is wrong', ['Name'])).toBeUndefined();
		expect(namedField('Company with Id 99 does not exist', ['Id', 'Name'])).toBe('Id');
		expect(namedField('Something else broke', ['Id', 'Name'])).toBeUndefined();
	});

	it('says what 24SevenOffice said, which node field and value, and what to do, with the item index', () => {
		const error = recordRefusedError(scope, { type: 'ValidationException', message: 'OrganizationNumber is too long' }, { Name: 'Acme', OrganizationNumber: '1234567890123456789012' }, names);
		expect(error.message).toBe('24SevenOffice refused the customer in SaveCompanies: OrganizationNumber is too long');
		expect(error.description).toBe(
			'The message concerns OrganizationNumber (from the node\'s "Organization Number" field), which was sent as "1234567890123456789012". This customer was not saved; the other items are not affected. Correct the value as the message says, then run this item again. (24SevenOffice error type: ValidationException)',
		);
		expect(error.context.itemIndex).toBe(4);
	});

	it('says when the field came from More Fields, was sent empty or not at all, and works without a field', () => {
		expect(recordRefusedError(scope, { type: 'X', message: 'Url is not valid' }, { Url: 'nope' }, names).description).toContain('concerns Url (from More Fields (JSON)), which was sent as "nope"');
		expect(recordRefusedError(scope, { type: 'X', message: 'Addresses are incomplete' }, { Addresses: { Post: {} } }, names).description).toContain('concerns Addresses (from More Fields (JSON)), which was sent.');
		expect(recordRefusedError(scope, { type: 'X', message: 'Name is required' }, { Name: '' }, names).description).toContain('which was sent empty');
		expect(recordRefusedError(scope, { type: 'X', message: 'Name is required' }, {}, names).description).toContain('which was not sent');
		const bare = recordRefusedError(scope, { type: 'SystemError', message: '' }, {}, names);
		expect(bare.message).toBe('24SevenOffice refused the customer in SaveCompanies: SystemError');
		expect(bare.description).toBe('This customer was not saved; the other items are not affected. Correct the value as the message says, then run this item again. (24SevenOffice error type: SystemError)');
	});

	it('never repeats the value of a password field', () => {
		const error = recordRefusedError(scope, { type: 'X', message: 'Password must be 8 characters' }, { Password: 'hunter2' }, names);
		expect(error.description).toContain('concerns Password (from More Fields (JSON)), which was sent (its value is not repeated here).');
		expect(JSON.stringify(error)).not.toContain('hunter2');
	});

	it('an answer that cannot be paired says that nothing can be told and what to check', () => {
		const error = unpairedAnswerError(scope, 50);
		expect(error.message).toBe('24SevenOffice answered SaveCompanies with a result that does not match the 50 records sent');
		expect(error.description).toContain('before you run these items again');
	});
});
