/** What a 24SevenOffice answer says went wrong when it is not a fault. */
/*
 * What a 24SevenOffice answer says went wrong when it is not a fault. Some
 * operations report their status in the body of a 200 answer:
 * - a save result `{Type, Description}` (AccountService SaveBundleList) whose
 *   Type is not `Ok`, among them `NotAuthenticated` for a dead session;
 * - an `APIException{Type, Message}` on an element of the result, one per
 *   record that failed (CompanyService SaveCompanies, InvoiceService SaveInvoices).
 */
import type { XmlElement } from '../../shared/soap/xml';
import { childText, findChild, findChildren } from '../../shared/soap/xml';

/** The values of the services' `ResponsType` other than `Ok`. */
const FAILED_TYPES = ['DuplicateData', 'DataAlreadySaved', 'NotAuthenticated', 'SystemError', 'Exception', 'NotSaved'];

export interface RecordFailure {
	/** Position of the record in the result, from 1. */
	position: number;
	element: string;
	type: string;
	message: string;
}

export type AnswerProblem =
	| { kind: 'notAuthenticated'; description: string }
	| { kind: 'status'; type: string; description: string }
	| { kind: 'records'; failures: RecordFailure[]; total: number; savedIds: string[] };

/** A `{Type, Description}` save result: only those two children, Type one of the failures. */
function statusProblem(result: XmlElement): AnswerProblem | undefined {
	const type = childText(result, 'Type');
	if (type === undefined || !FAILED_TYPES.includes(type)) return undefined;
	if (!result.children.every((item) => item.name === 'Type' || item.name === 'Description')) return undefined;
	const description = childText(result, 'Description') ?? '';
	return type === 'NotAuthenticated' ? { kind: 'notAuthenticated', description } : { kind: 'status', type, description };
}

function recordProblems(result: XmlElement): AnswerProblem | undefined {
	const failures: RecordFailure[] = [];
	const savedIds: string[] = [];
	result.children.forEach((record, index) => {
		const exception = findChild(record, 'APIException');
		const message = childText(exception, 'Message') ?? '';
		const type = childText(exception, 'Type') ?? '';
		if (exception && (message || type)) failures.push({ position: index + 1, element: record.name, type, message });
		else if (childText(record, 'Id')) savedIds.push(childText(record, 'Id') as string);
	});
	return failures.length ? { kind: 'records', failures, total: result.children.length, savedIds } : undefined;
}

/** The operation's result element, e.g. `<SaveCompaniesResult>`, when there is one. */
export function resultElement(response: XmlElement, operation: string): XmlElement | undefined {
	return findChildren(response, `${operation}Result`)[0];
}

export function answerProblem(result: XmlElement | undefined): AnswerProblem | undefined {
	if (!result) return undefined;
	return statusProblem(result) ?? recordProblems(result);
}
