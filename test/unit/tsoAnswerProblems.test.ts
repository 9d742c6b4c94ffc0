/** How a 24SevenOffice answer of HTTP 200 says it failed: a save status other than Ok, or an APIException per record. */
import { answerProblem, resultElement } from '../../nodes/TwentyFourSevenOffice/helpers/serviceAnswer';
import { parseXml } from '../../nodes/shared/soap/xml';

const NS = 'http://24sevenOffice.com/webservices';
const result = (inner: string) => parseXml(`<SaveResult xmlns="${NS}">${inner}</SaveResult>`);

describe('a save status', () => {
	test.each(['DuplicateData', 'DataAlreadySaved', 'SystemError', 'Exception', 'NotSaved'])('%s is a failure with its description', (type) => {
		expect(answerProblem(result(`<Type>${type}</Type><Description>Why not</Description>`))).toEqual({ kind: 'status', type, description: 'Why not' });
	});

	test('NotAuthenticated says the session is gone; a missing description is empty', () => {
		expect(answerProblem(result('<Type>NotAuthenticated</Type>'))).toEqual({ kind: 'notAuthenticated', description: '' });
	});

	test('Ok, an unknown type, or a record that merely has a Type is no failure', () => {
		expect(answerProblem(result('<Type>Ok</Type><Description>Saved</Description>'))).toBeUndefined();
		expect(answerProblem(result('<Type>Weird</Type>'))).toBeUndefined();
		expect(answerProblem(result('<Type>Exception</Type><Id>5</Id>'))).toBeUndefined();
		expect(answerProblem(undefined)).toBeUndefined();
	});
});

describe('exceptions per record', () => {
	test('each record with an APIException is a failure at its position; the others are saved', () => {
		const answer = result(
			'<Company><Id>11</Id></Company>' +
				'<Company><Id>0</Id><APIException><Type>Exception</Type><Message>Name is required</Message></APIException></Company>' +
				'<Company><APIException><Message>Only a message</Message></APIException></Company>' +
				'<Company><APIException><Type>OnlyAType</Type></APIException></Company>' +
				'<Company><Id>14</Id><APIException/></Company>' +
				'<Company><Id></Id></Company>',
		);
		expect(answerProblem(answer)).toEqual({
			kind: 'records',
			total: 6,
			savedIds: ['11', '14'],
			failures: [
				{ position: 2, element: 'Company', type: 'Exception', message: 'Name is required' },
				{ position: 3, element: 'Company', type: '', message: 'Only a message' },
				{ position: 4, element: 'Company', type: 'OnlyAType', message: '' },
			],
		});
	});

	test('an answer where every record is saved is no failure', () => {
		expect(answerProblem(result('<Company><Id>11</Id></Company><Company><Id>12</Id><APIException><Type></Type><Message> </Message></APIException></Company>'))).toBeUndefined();
	});
});

test("the result element is the operation's name with Result", () => {
	const response = parseXml(`<SaveCompaniesResponse xmlns="${NS}"><Other/><SaveCompaniesResult><Company/></SaveCompaniesResult></SaveCompaniesResponse>`);
	expect(resultElement(response, 'SaveCompanies')?.name).toBe('SaveCompaniesResult');
	expect(resultElement(response, 'GetCompanies')).toBeUndefined();
});
