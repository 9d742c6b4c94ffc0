/** 24SevenOffice TransactionService: GetTransactions over posted entries, by entry date or change date, account, voucher and customer. */
import type { Reply } from './types';
import { type SoapCall, type SoapEndpoint } from './soap';
import type { TsoContext } from './twentyFourSevenOffice';
import { dateParam, nullReference, result, TSO_ACCOUNTING_NS, unreadableDate, withSession, type TsoBooks } from './twentyFourSevenOfficeServices';
import { child, childText, element, leaf, type XmlElement, type XmlOut } from './xml';

export interface TsoTransaction {
	Id: string;
	TransactionNo: number;
	Date: string;
	AccountNo: number;
	Amount: string;
	Comment: string;
	TransactionTypeId?: number;
	VatCode?: number;
	InvoiceNo?: string;
	SystemType?: string;
	Period?: number;
	DueDate?: string;
	RegistrationDate?: string;
	DateChanged?: string;
	/** The customer dimension of the entry; 0 or absent for none. */
	CustomerId?: number;
}

/** One posted sale: receivable, revenue and VAT, all on the same day. */
function sale(first: number, transactionNo: number, date: string, net: number, customerId: number): TsoTransaction[] {
	const vat = net / 4;
	const common = { TransactionNo: transactionNo, Date: `${date}T00:00:00`, TransactionTypeId: 1, InvoiceNo: String(transactionNo), SystemType: 'InvoiceCustomer', Period: Number(date.slice(5, 7)), RegistrationDate: `${date}T09:15:00`, DateChanged: `${date}T09:15:00` };
	const id = (n: number) => `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
	return [
		{ ...common, Id: id(first), AccountNo: 1500, Amount: (net + vat).toFixed(2), Comment: `Invoice ${transactionNo}`, CustomerId: customerId, DueDate: `${date}T00:00:00` },
		{ ...common, Id: id(first + 1), AccountNo: 3000, Amount: (-net).toFixed(2), Comment: `Invoice ${transactionNo}`, VatCode: 3 },
		{ ...common, Id: id(first + 2), AccountNo: 2700, Amount: (-vat).toFixed(2), Comment: `Invoice ${transactionNo}`, VatCode: 3 },
	];
}

/** A client's books before anything is posted: one sale a month from December 2025 to June 2026. */
export function seedTransactions(_clientId: number): TsoTransaction[] {
	const months = ['2025-12-15', '2026-01-10', '2026-02-03', '2026-03-31', '2026-04-01', '2026-05-20', '2026-06-30'];
	return months.flatMap((date, index) => sale(index * 3 + 1, 9001 + index, date, 1000 * (index + 1), index % 2 === 0 ? 2 : 3));
}

export function transactionServiceEndpoint(context: TsoContext, books: TsoBooks): SoapEndpoint {
	return {
		path: '/economy/accounting/v001/transactionservice.asmx',
		namespace: TSO_ACCOUNTING_NS,
		operations: ['GetTransactions'],
		handle: (call) => withSession(context, call, (session) => getTransactions(call, books.transactionsOf(session.identity.clientId))),
	};
}

function numberParam(search: XmlElement, name: string): number | undefined {
	const text = childText(search, TSO_ACCOUNTING_NS, name);
	return text === undefined || text === '' || child(search, TSO_ACCOUNTING_NS, name)?.attrs['xsi:nil'] === 'true' ? undefined : Number(text);
}

function getTransactions(call: SoapCall, transactions: TsoTransaction[]): Reply {
	const search = child(call.body, TSO_ACCOUNTING_NS, 'searchParams');
	if (search === undefined) return nullReference(call);
	const start = dateParam(search, 'DateStart', TSO_ACCOUNTING_NS);
	const end = dateParam(search, 'DateEnd', TSO_ACCOUNTING_NS);
	if (start === null) return unreadableDate(call, search, 'DateStart', TSO_ACCOUNTING_NS);
	if (end === null) return unreadableDate(call, search, 'DateEnd', TSO_ACCOUNTING_NS);
	const byChange = childText(search, TSO_ACCOUNTING_NS, 'DateSearchParameters') === 'DateChangedUTC';
	const accountFrom = numberParam(search, 'AccountNoStart');
	const accountTo = numberParam(search, 'AccountNoEnd');
	const voucherFrom = numberParam(search, 'TransactionNoStart');
	const voucherTo = numberParam(search, 'TransactionNoEnd');
	const customerId = numberParam(search, 'CustomerId');
	const typeId = numberParam(search, 'TransactionTypeId');
	const found = transactions.filter((item) => {
		const time = Date.parse(`${byChange ? (item.DateChanged ?? item.Date) : item.Date}Z`);
		return (
			(start === undefined || time >= start) &&
			(end === undefined || time <= end) &&
			(accountFrom === undefined || item.AccountNo >= accountFrom) &&
			(accountTo === undefined || item.AccountNo <= accountTo) &&
			(voucherFrom === undefined || item.TransactionNo >= voucherFrom) &&
			(voucherTo === undefined || item.TransactionNo <= voucherTo) &&
			(customerId === undefined || item.CustomerId === customerId) &&
			(typeId === undefined || item.TransactionTypeId === typeId)
		);
	});
	return result(call, TSO_ACCOUNTING_NS, [element('GetTransactionsResult', found.map(transactionElement))]);
}

/** A transaction in the WSDL's element order; absent values are left out, as the service does for null. */
function transactionElement(item: TsoTransaction): XmlOut {
	const optional = (name: string, value: string | number | undefined) => (value === undefined ? [] : [leaf(name, String(value))]);
	const dimensions = item.CustomerId ? [element('Dimensions', [element('Dimension', [leaf('Type', 'Customer'), leaf('Value', String(item.CustomerId)), leaf('Percent', '100')])])] : [];
	return element('Transaction', [
		leaf('Id', item.Id),
		leaf('Date', item.Date),
		leaf('AccountNo', String(item.AccountNo)),
		leaf('Currency', 'NOK'),
		leaf('Amount', item.Amount),
		leaf('TransactionNo', String(item.TransactionNo)),
		leaf('TransactionTypeId', String(item.TransactionTypeId ?? 0)),
		leaf('Period', String(item.Period ?? Number(item.Date.slice(5, 7)))),
		leaf('Comment', item.Comment),
		leaf('VatCode', String(item.VatCode ?? 0)),
		...optional('InvoiceNo', item.InvoiceNo),
		leaf('SystemType', item.SystemType ?? 'Miscellaneous'),
		...optional('DueDate', item.DueDate),
		...dimensions,
		...optional('RegistrationDate', item.RegistrationDate),
		...optional('DateChanged', item.DateChanged),
		leaf('Hidden', 'false'),
		leaf('Open', 'false'),
	]);
}
